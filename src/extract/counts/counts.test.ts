import { describe, expect, it } from 'vitest'
import { Count } from '../../schema.js'
import { extractCounts } from './index.js'

type Expected = Omit<Count, 'object'> & { object?: string }

// Synthetic sentences in the shape of real work summaries: each row pins every count found.
const POSITIVES: [string, Expected[]][] = [
  ['活动期间共发放各类科普资料31000余份,实现各类咨询19600余人次。', [{ text: '31000余份', offset: 13, value: 31000, unit: '份', qualifier: 'over', object: '科普资料' }, { text: '19600余人次', offset: 27, value: 19600, unit: '人次', qualifier: 'over', object: '咨询' }]],
  ['全年培训农民1.2万人次,举办报告会32场。', [{ text: '1.2万人次', offset: 6, value: 12000, unit: '人次', qualifier: 'exact', object: '农民' }, { text: '32场', offset: 18, value: 32, unit: '场', qualifier: 'exact', object: '报告会' }]],
  ['组织开展文艺演出三十余场,参与群众百余名。', [{ text: '三十余场', offset: 8, value: 30, unit: '场', qualifier: 'over', object: '文艺演出' }, { text: '百余名', offset: 17, value: 100, unit: '名', qualifier: 'over', object: '群众' }]],
  ['现场吸引近千人观看。', [{ text: '近千人', offset: 4, value: 1000, unit: '人', qualifier: 'under' }]],
  ['筹集资金约5000元,争取项目资金3.5万元。', [{ text: '约5000元', offset: 4, value: 5000, unit: '元', qualifier: 'about', object: '资金' }, { text: '3.5万元', offset: 17, value: 35000, unit: '元', qualifier: 'exact', object: '项目资金' }]],
  ['全村85%的农户已接入自来水。', [{ text: '85%', offset: 2, value: 85, unit: '%', qualifier: 'exact' }]],
  ['出动冲锋舟2艘,救出被困群众14人。', [{ text: '2艘', offset: 5, value: 2, unit: '艘', qualifier: 'exact', object: '冲锋舟' }, { text: '14人', offset: 14, value: 14, unit: '人', qualifier: 'exact', object: '被困群众' }]],
  ['举办安全生产培训班一期;表彰先进个人十名。', [{ text: '一期', offset: 9, value: 1, unit: '期', qualifier: 'exact', object: '安全生产培训班' }, { text: '十名', offset: 18, value: 10, unit: '名', qualifier: 'exact', object: '先进个人' }]],
  ['全村共有農戶１２６戶,約３.８萬元。', [{ text: '１２６戶', offset: 6, value: 126, unit: '戶', qualifier: 'exact', object: '農戶' }, { text: '約３.８萬元', offset: 11, value: 38000, unit: '元', qualifier: 'about' }]],
  ['每个小组安排3至5人负责。', [{ text: '3至5人', offset: 6, value: 3, valueMax: 5, unit: '人', qualifier: 'exact' }]],
  ['计划投入3万元-5万元用于设备更新。', [{ text: '3万元-5万元', offset: 4, value: 30000, valueMax: 50000, unit: '元', qualifier: 'exact' }]],
  ['为每个班级购置图书5至6册。', [{ text: '5至6册', offset: 9, value: 5, valueMax: 6, unit: '册', qualifier: 'exact', object: '图书' }]],
  ['新建文化广场2处,硬化道路12.5公里。', [{ text: '2处', offset: 6, value: 2, unit: '处', qualifier: 'exact', object: '文化广场' }, { text: '12.5公里', offset: 13, value: 12.5, unit: '公里', qualifier: 'exact', object: '硬化道路' }]],
  ['慰问困难党员二十多名,发放慰问金两万元。', [{ text: '二十多名', offset: 6, value: 20, unit: '名', qualifier: 'over', object: '困难党员' }, { text: '两万元', offset: 16, value: 20000, unit: '元', qualifier: 'exact', object: '慰问金' }]],
  ['全镇共有党员412,930名。', [{ text: '412,930名', offset: 6, value: 412930, unit: '名', qualifier: 'exact', object: '党员' }]],
  ['演练共计参与人员68人。', [{ text: '68人', offset: 8, value: 68, unit: '人', qualifier: 'exact', object: '参与人员' }]],
  ['参加培训人员300人左右。', [{ text: '300人左右', offset: 6, value: 300, unit: '人', qualifier: 'about', object: '培训人员' }]],
  ['接待来访群众100人次以上。', [{ text: '100人次以上', offset: 6, value: 100, unit: '人次', qualifier: 'over', object: '群众' }]],
  ['参会人数不足50人。', [{ text: '不足50人', offset: 4, value: 50, unit: '人', qualifier: 'under', object: '参会人数' }]],
  ['逾200家企业参展。', [{ text: '逾200家', offset: 0, value: 200, unit: '家', qualifier: 'over', object: '企业' }]],
  ['全乡完成国内生产总值1.32亿元。', [{ text: '1.32亿元', offset: 10, value: 132000000, unit: '元', qualifier: 'exact', object: '国内生产总值' }]],
  ['召开了三次校长会,研究部署相关工作。', [{ text: '三次', offset: 3, value: 3, unit: '次', qualifier: 'exact', object: '校长会' }]],
  ['开展志愿服务活动十余次。', [{ text: '十余次', offset: 8, value: 10, unit: '次', qualifier: 'over', object: '志愿服务活动' }]],
  ['印发宣传单近万份。', [{ text: '近万份', offset: 5, value: 10000, unit: '份', qualifier: 'under', object: '宣传单' }]],
  ['百分之八十五的群众表示满意。', [{ text: '百分之八十五', offset: 0, value: 85, unit: '%', qualifier: 'exact' }]],
  ['出动车辆15辆,人员120余人次。', [{ text: '15辆', offset: 4, value: 15, unit: '辆', qualifier: 'exact', object: '车辆' }, { text: '120余人次', offset: 10, value: 120, unit: '人次', qualifier: 'over', object: '人员' }]],
  ['整治乱堆乱放问题46处。', [{ text: '46处', offset: 8, value: 46, unit: '处', qualifier: 'exact', object: '问题' }]],
  ['建成标准化厂房3.2万平方米。', [{ text: '3.2万平方米', offset: 7, value: 32000, unit: '平方米', qualifier: 'exact', object: '标准化厂房' }]],
  ['全县共有中小学校一千零三十所。', [{ text: '一千零三十所', offset: 8, value: 1030, unit: '所', qualifier: 'exact', object: '中小学校' }]],
  ['共走访农户三百余户。', [{ text: '三百余户', offset: 5, value: 300, unit: '户', qualifier: 'over', object: '农户' }]],
  ['发放宣传资料1万多份。', [{ text: '1万多份', offset: 6, value: 10000, unit: '份', qualifier: 'over', object: '宣传资料' }]],
  ['受益群众上万人。', [{ text: '上万人', offset: 4, value: 10000, unit: '人', qualifier: 'about', object: '群众' }]],
  ['引导农民种植蔬菜数百亩。', [{ text: '数百亩', offset: 8, value: 100, unit: '亩', qualifier: 'about', object: '蔬菜' }]],
  ['完成造林2000亩,植树5万余株。', [{ text: '2000亩', offset: 4, value: 2000, unit: '亩', qualifier: 'exact', object: '造林' }, { text: '5万余株', offset: 12, value: 50000, unit: '株', qualifier: 'over', object: '植树' }]],
  ['参加活动的学生达1500名。', [{ text: '1500名', offset: 8, value: 1500, unit: '名', qualifier: 'exact', object: '学生' }]],
  ['建立志愿服务队伍8支,志愿者260人。', [{ text: '8支', offset: 8, value: 8, unit: '支', qualifier: 'exact', object: '志愿服务队伍' }, { text: '260人', offset: 14, value: 260, unit: '人', qualifier: 'exact', object: '志愿者' }]],
  ['全年共接待游客5.6万人次,实现旅游收入2800万元。', [{ text: '5.6万人次', offset: 7, value: 56000, unit: '人次', qualifier: 'exact', object: '游客' }, { text: '2800万元', offset: 20, value: 28000000, unit: '元', qualifier: 'exact', object: '旅游收入' }]],
  ['组织消防演练4场次。', [{ text: '4场次', offset: 6, value: 4, unit: '场次', qualifier: 'exact', object: '消防演练' }]],
  ['张贴标语200余条,悬挂横幅30条。', [{ text: '200余条', offset: 4, value: 200, unit: '条', qualifier: 'over', object: '标语' }, { text: '30条', offset: 14, value: 30, unit: '条', qualifier: 'exact', object: '横幅' }]],
  ['向贫困户发放化肥10吨。', [{ text: '10吨', offset: 8, value: 10, unit: '吨', qualifier: 'exact', object: '化肥' }]],
  ['累计发放宣传册1000份。', [{ text: '1000份', offset: 7, value: 1000, unit: '份', qualifier: 'exact', object: '宣传册' }]],
  ['全校1200名师生参加了疏散演练。', [{ text: '1200名', offset: 2, value: 1200, unit: '名', qualifier: 'exact', object: '师生' }]],
  ['有15名同学在竞赛中获奖。', [{ text: '15名', offset: 1, value: 15, unit: '名', qualifier: 'exact', object: '同学' }]],
  ['共3个班120人参加。', [{ text: '3个', offset: 1, value: 3, unit: '个', qualifier: 'exact', object: '班' }, { text: '120人', offset: 4, value: 120, unit: '人', qualifier: 'exact' }]],
  ['捐款共计5万元。', [{ text: '5万元', offset: 4, value: 50000, unit: '元', qualifier: 'exact', object: '捐款' }]],
  ['全年接待游客约3万人次左右。', [{ text: '约3万人次左右', offset: 6, value: 30000, unit: '人次', qualifier: 'about', object: '游客' }]],
  ['下设宣传组、保障组等5个工作小组。', [{ text: '5个', offset: 10, value: 5, unit: '个', qualifier: 'exact', object: '工作小组' }]],
  ['本年度我校发展新团员23人。', [{ text: '23人', offset: 10, value: 23, unit: '人', qualifier: 'exact', object: '新团员' }]],
  ['固定资产投资完成2.4亿元。', [{ text: '2.4亿元', offset: 8, value: 240000000, unit: '元', qualifier: 'exact', object: '固定资产投资' }]],
  ['农民人均纯收入达8600元。', [{ text: '8600元', offset: 8, value: 8600, unit: '元', qualifier: 'exact', object: '农民人均纯收入' }]],
  ['展出图片(展板)40余块(幅)。', [{ text: '40余块', offset: 8, value: 40, unit: '块', qualifier: 'over', object: '图片(展板)' }]],
  ['现场发放宣传折页2000余份,解答群众咨询300余人次。', [{ text: '2000余份', offset: 8, value: 2000, unit: '份', qualifier: 'over', object: '宣传折页' }, { text: '300余人次', offset: 21, value: 300, unit: '人次', qualifier: 'over', object: '群众咨询' }]],
  ['全乡种植烤烟3500亩。', [{ text: '3500亩', offset: 6, value: 3500, unit: '亩', qualifier: 'exact', object: '烤烟' }]],
  // Without 安全知识 in the lean word list, jieba tags 知识 a verb here, so the object is the head noun alone.
  ['举办安全知识讲座4期,受教育学生2300人次。', [{ text: '4期', offset: 8, value: 4, unit: '期', qualifier: 'exact', object: '讲座' }, { text: '2300人次', offset: 16, value: 2300, unit: '人次', qualifier: 'exact', object: '学生' }]],
  ['开展拉网式隐患排查12次,排查隐患37处,整改到位35处。', [{ text: '12次', offset: 9, value: 12, unit: '次', qualifier: 'exact' }, { text: '37处', offset: 17, value: 37, unit: '处', qualifier: 'exact', object: '隐患' }, { text: '35处', offset: 25, value: 35, unit: '处', qualifier: 'exact' }]],
  ['共有80余家单位参加,展出科技成果150项。', [{ text: '80余家', offset: 2, value: 80, unit: '家', qualifier: 'over', object: '单位' }, { text: '150项', offset: 17, value: 150, unit: '项', qualifier: 'exact', object: '科技成果' }]],
  ['邀请专家教授12位现场授课。', [{ text: '12位', offset: 6, value: 12, unit: '位', qualifier: 'exact', object: '专家教授' }]],
  ['组织老党员、老干部等二十余人座谈。', [{ text: '二十余人', offset: 10, value: 20, unit: '人', qualifier: 'over' }]],
  ['慰问困难家庭86户,送去慰问金2.6万元。', [{ text: '86户', offset: 6, value: 86, unit: '户', qualifier: 'exact', object: '困难家庭' }, { text: '2.6万元', offset: 15, value: 26000, unit: '元', qualifier: 'exact', object: '慰问金' }]],
  ['全年累计救助困难群众540人次,发放救助金36.8万元。', [{ text: '540人次', offset: 10, value: 540, unit: '人次', qualifier: 'exact', object: '困难群众' }, { text: '36.8万元', offset: 21, value: 368000, unit: '元', qualifier: 'exact', object: '救助金' }]],
  ['新增就业岗位300个。', [{ text: '300个', offset: 6, value: 300, unit: '个', qualifier: 'exact', object: '岗位' }]],
  ['完成农村公路建设18公里。', [{ text: '18公里', offset: 8, value: 18, unit: '公里', qualifier: 'exact' }]],
  ['全村有低保户12户、五保户3户。', [{ text: '12户', offset: 6, value: 12, unit: '户', qualifier: 'exact', object: '低保户' }, { text: '3户', offset: 13, value: 3, unit: '户', qualifier: 'exact', object: '五保户' }]],
  ['投入资金120万元,新建村级卫生室5所。', [{ text: '120万元', offset: 4, value: 1200000, unit: '元', qualifier: 'exact', object: '资金' }, { text: '5所', offset: 17, value: 5, unit: '所', qualifier: 'exact', object: '村级卫生室' }]],
  ['共有六十多名青年志愿者参与。', [{ text: '六十多名', offset: 2, value: 60, unit: '名', qualifier: 'over', object: '青年志愿者' }]],
  ['共组织培训九场次。', [{ text: '九场次', offset: 5, value: 9, unit: '场次', qualifier: 'exact' }]],
  ['全年开展夜间巡逻260余次。', [{ text: '260余次', offset: 8, value: 260, unit: '次', qualifier: 'over' }]],
  ['对全镇23所学校进行了安全检查。', [{ text: '23所', offset: 3, value: 23, unit: '所', qualifier: 'exact', object: '学校' }]],
  ['建成农家书屋15个,配送图书3000余册。', [{ text: '15个', offset: 6, value: 15, unit: '个', qualifier: 'exact', object: '农家书屋' }, { text: '3000余册', offset: 14, value: 3000, unit: '册', qualifier: 'over', object: '图书' }]],
  ['全县近5000名干部职工参与捐款。', [{ text: '近5000名', offset: 2, value: 5000, unit: '名', qualifier: 'under', object: '干部职工' }]],
  ['活动历时两天,吸引群众约两千人次。', [{ text: '两天', offset: 4, value: 2, unit: '天', qualifier: 'exact', object: '活动历时' }, { text: '约两千人次', offset: 11, value: 2000, unit: '人次', qualifier: 'about', object: '群众' }]],
  ['收集意见建议46条。', [{ text: '46条', offset: 6, value: 46, unit: '条', qualifier: 'exact', object: '意见建议' }]],
  ['全年发放补贴资金1,250,000元。', [{ text: '1,250,000元', offset: 8, value: 1250000, unit: '元', qualifier: 'exact', object: '补贴资金' }]],
  ['改造危房超过300户。', [{ text: '超过300户', offset: 4, value: 300, unit: '户', qualifier: 'over', object: '危房' }]],
  ['选派优秀教师至少20名支教。', [{ text: '至少20名', offset: 6, value: 20, unit: '名', qualifier: 'over', object: '优秀教师' }]],
  ['培训时长不少于40课时。', [{ text: '不少于40课时', offset: 4, value: 40, unit: '课时', qualifier: 'over', object: '时长' }]],
  ['提供就业岗位上千个。', [{ text: '上千个', offset: 6, value: 1000, unit: '个', qualifier: 'about', object: '岗位' }]],
  ['新建蔬菜大棚30至50座。', [{ text: '30至50座', offset: 6, value: 30, valueMax: 50, unit: '座', qualifier: 'exact', object: '蔬菜大棚' }]],
  ['争取上级资金1.5亿元至2亿元。', [{ text: '1.5亿元至2亿元', offset: 6, value: 150000000, valueMax: 200000000, unit: '元', qualifier: 'exact', object: '上级资金' }]],
  ['全年接待群众来访数十批次。', [{ text: '数十批次', offset: 8, value: 10, unit: '批次', qualifier: 'about' }]],
  ['发放宣传资料５０００余份。', [{ text: '５０００余份', offset: 6, value: 5000, unit: '份', qualifier: 'over', object: '宣传资料' }]],
  ['全年辦理業務三千餘件。', [{ text: '三千餘件', offset: 6, value: 3000, unit: '件', qualifier: 'over', object: '業務' }]],
  ['完成植树造林3.5万株左右。', [{ text: '3.5万株左右', offset: 6, value: 35000, unit: '株', qualifier: 'about', object: '植树造林' }]],
  ['帮扶贫困学生二百三十名。', [{ text: '二百三十名', offset: 6, value: 230, unit: '名', qualifier: 'exact', object: '贫困学生' }]],
  ['共计发放物资价值8.5万元。', [{ text: '8.5万元', offset: 8, value: 85000, unit: '元', qualifier: 'exact', object: '物资价值' }]],
  ['组建巡逻队伍6支,巡逻人员48名。', [{ text: '6支', offset: 6, value: 6, unit: '支', qualifier: 'exact', object: '队伍' }, { text: '48名', offset: 13, value: 48, unit: '名', qualifier: 'exact', object: '巡逻人员' }]],
  ['开展送医下乡义诊活动8场,服务群众1600余人次。', [{ text: '8场', offset: 10, value: 8, unit: '场', qualifier: 'exact', object: '义诊活动' }, { text: '1600余人次', offset: 17, value: 1600, unit: '人次', qualifier: 'over', object: '服务群众' }]],
  ['全乡共出动干部群众2600余人次,清理生活垃圾900吨。', [{ text: '2600余人次', offset: 9, value: 2600, unit: '人次', qualifier: 'over', object: '干部群众' }, { text: '900吨', offset: 23, value: 900, unit: '吨', qualifier: 'exact', object: '生活垃圾' }]],
  ['全年发生安全事故3起,查处违法案件12宗。', [{ text: '3起', offset: 8, value: 3, unit: '起', qualifier: 'exact', object: '安全事故' }, { text: '12宗', offset: 17, value: 12, unit: '宗', qualifier: 'exact', object: '违法案件' }]],
]

// Numbers that are ordinals, dates, codes, times, slogans, frequencies, changes or page furniture.
const NEGATIVES: string[] = [
  '第十届科技活动周于5月15日举行。',
  '第一季度完成全年任务。',
  '根据〔2020〕15号文件精神,认真部署。',
  '转发安委20215号文件。',
  '咨询电话:0731-88886666。',
  '人工客服工作时间:9:00-18:30。',
  '1.1安全工作概述',
  '1.1.1安全工作目标',
  '依据GB/T29639-2020编制预案。',
  '赠送科普书籍20xx余册。',
  '开通农技110服务热线。',
  '2020年工作总结',
  '演练于14时00分至16时30分进行。',
  '学校安全关系到千家万户。',
  '扎实开展两学一做学习教育。',
  '编制十三五规划。',
  '落实三会一课制度。',
  '开展了一系列活动。',
  '发放一次性补助。',
  '推进五个一百工程。',
  '落实十八届三中全会精神。',
  '召开第二次会议。',
  '1、加强领导,落实责任',
  '(1)3月5日,走访困难家庭。',
  '已阅读5页,还剩13页未读',
  '老人平均年龄在80岁以上。',
  '初二学生参加了比赛。',
  '对标“户5条”开展工作。',
  '重阳节敬老活动总结范文4篇',
  '学校开展科技活动总结(优质17篇)',
  '此处隐藏15229个字',
  '工作3年来成绩显著。',
  '周三下午召开会议。',
  '一年来,我校团委认真履行职责。',
  '班主任工作总结范文1本学期,我校德育工作扎实推进。',
  '志愿者与辖区独居老人结成帮扶对子。',
]

describe('extractCounts: counts in sentences', () => {
  it.each(POSITIVES)('%s', (sentence, expected) => {
    const found = extractCounts(sentence)
    expect(found).toEqual(expected)
    for (const c of found) {
      expect(Count.parse(c)).toEqual(c)
      expect(sentence.slice(c.offset, c.offset + c.text.length)).toBe(c.text)
    }
  })
})

describe('extractCounts: not counts', () => {
  it.each(NEGATIVES)('%s', (sentence) => {
    expect(extractCounts(sentence)).toEqual([])
  })
})

describe('extractCounts: in running text', () => {
  it('keeps stock figures and their growth rates and shares (trainset convention)', () => {
    const text = '上半年,全镇完成财政收入2360万元,同比增长8.2%,占年计划的51%;新增市场主体46家。'
    expect(extractCounts(text).map((c) => [c.text, c.value, c.unit])).toEqual([
      ['2360万元', 23_600_000, '元'],
      ['8.2%', 8.2, '%'],
      ['51%', 51, '%'],
      ['46家', 46, '家'],
    ])
  })

  it('reports offsets in the caller text when full-width digits and traditional characters are folded', () => {
    const text = '本次活動共接待群眾１２００餘人次。'
    const [count] = extractCounts(text)
    expect(count).toMatchObject({ text: '１２００餘人次', offset: 9, value: 1200, unit: '人次', qualifier: 'over' })
  })

  it('finds every count of a multi-line paragraph in order', () => {
    const text = '一、基本情况\n活动期间,共举办讲座6场,发放资料800余份。\n二、下一步打算\n计划新建活动室2间。'
    const found = extractCounts(text)
    expect(found.map((c) => c.text)).toEqual(['6场', '800余份', '2间'])
    expect(found.map((c) => c.offset)).toEqual([text.indexOf('6场'), text.indexOf('800余份'), text.indexOf('2间')])
  })

  it('returns nothing for empty or number-free text', () => {
    expect(extractCounts('')).toEqual([])
    expect(extractCounts('认真组织,精心安排,取得圆满成功。')).toEqual([])
  })
})

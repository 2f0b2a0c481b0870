import { describe, expect, it } from 'vitest'
import { Activity } from '../../schema.js'
import { countDeclaredTotals, extractActivities, extractHighlights } from './index.js'
import { findCountedSeries } from './series.js'
import { linesToBlocks } from './test-utils.js'

function acts(lines: string[]): string[] {
  const { text, blocks } = linesToBlocks(lines)
  return extractActivities(text, blocks).map((a) => a.text)
}

describe('extractActivities', () => {
  it('takes a heading naming the results (取得的成效, 主要成绩) for a section name, not a deed', () => {
    expect(acts(['社区2023年科普工作总结', '一、开展科普宣传月活动', '全年发放资料3000份。', '二、取得的成效', '群众满意度明显提高。'])).toEqual(['开展科普宣传月活动'])
  })

  it('reads a section on the needy it helps (困难职工帮扶) as deeds, one on the work\'s own difficulties (存在的困难) not', () => {
    expect(acts(['镇总工会2022年工作总结', '一、困难职工帮扶', '全年入户走访困难职工26户次,春节前集中发放慰问金3.1万元。', '二、存在的困难', '部分企业工会组织不健全,召开会员大会不及时。']))
      .toEqual(['入户走访困难职工', '集中发放慰问金'])
  })

  it('reads the sections when the lead-in names a problem the work fixes (补短板), and not when it announces problems', () => {
    const body = ['一、粮食生产稳中有增', '春耕期间组织农技人员分片包村,开展田间技术指导46场次,发放种植技术明白纸5800余份。']
    expect(acts(['2025年某某镇农业农村办公室工作总结', '2025年,围绕三项重点,坚持抓项目、强服务、补短板,扎实推进各项工作。', ...body])).toEqual(
      expect.arrayContaining(['组织农技人员分片包村', '开展田间技术指导', '发放种植技术明白纸']),
    )
    expect(acts(['2025年某某镇农业农村办公室工作总结', '工作中还存在以下几点不足:', ...body])).toEqual([])
  })
  it('splits a numbered run inside one paragraph and keeps each head clause', () => {
    const { text, blocks } = linesToBlocks([
      '2021年全民健身月工作总结',
      '健身月期间开展的主要活动有:1、召开全镇体育工作协调会议;2、镇长发表关于全民健身的广播讲话;3、开展送器材进村活动;4、举办老年门球邀请赛;5、开展“健康步道”徒步行活动。',
    ])
    const list = extractActivities(text, blocks)
    expect(list.map((a) => a.text)).toEqual([
      '召开全镇体育工作协调会议', '镇长发表关于全民健身的广播讲话', '开展送器材进村活动', '举办老年门球邀请赛', '开展“健康步道”徒步行活动',
    ])
    expect(list.map((a) => a.marker)).toEqual(['1、', '2、', '3、', '4、', '5、'])
    expect(list.map((a) => a.index)).toEqual([1, 2, 3, 4, 5])
    for (const a of list) {
      expect(text.slice(a.offset, a.offset + a.text.length)).toBe(a.text)
      expect(a.dates).toEqual([])
      expect(a.counts).toEqual([])
      expect(() => Activity.parse(a)).not.toThrow()
    }
  })

  it('reads a two-digit run to its end (fifteen items)', () => {
    const items = Array.from({ length: 15 }, (_, i) => `${i + 1}、开展第${i + 1}场社区讲座`).join(';')
    expect(acts(['标题', `主要活动有:${items}。`])).toHaveLength(15)
  })

  it('takes (一)(二) items under a measures section and cuts at the first full stop', () => {
    expect(acts([
      '2022年河道保洁工作计划', '一、目标任务', '全年河道保洁率达到百分之百。', '二、主要措施',
      '(一) 摸清河段。对全乡河段逐段登记,建立台账。', '(二) 落实保洁员。每村聘请保洁员两名,签订责任书。',
    ])).toEqual(['摸清河段', '落实保洁员'])
  })

  it('keeps leaf top-level headings that name a measure but not generic section names', () => {
    expect(acts([
      '社区团支部年度工作总结', '一、基本情况', '本年度支部共有团员四十人。', '二、坚持思想引领,加强团员教育',
      '团员思想稳定,学习热情高。', '三、存在的问题', '部分团员参加活动不积极。', '四、下一步打算', '继续抓好团员发展。',
    ])).toEqual(['坚持思想引领,加强团员教育'])
  })

  it('drops category headings that have sub-items and keeps the sub-items', () => {
    expect(acts([
      '读书月活动总结', '二、活动丰富,扎实开展', '1、举办读书月启动仪式。4月1日上午在学校操场举行。', '2、开展好书推荐活动。各班推荐图书二十本。',
    ])).toEqual(['举办读书月启动仪式', '开展好书推荐活动'])
  })

  it('nests a dotted run glued to its heading (活动丰富1.举行…)', () => {
    expect(acts([
      '标题',
      '在这次活动中学校主要做了以下工作:1、活动丰富,内容充实1.举行“读书节”开幕式。学校于4月2日举行开幕式。2.办好读书手抄报展览。各班选送作品。',
    ])).toEqual(['举行“读书节”开幕式', '办好读书手抄报展览'])
  })

  it('reads 一是…二是… items', () => {
    expect(acts([
      '标题', '乡党委政府狠抓项目建设。一是开发东山景区,打造生态旅游品牌。目前已完成规划。二是服务县道拓宽改造工程。三是开',
    ])).toEqual(['开发东山景区,打造生态旅游品牌', '服务县道拓宽改造工程'])
  })

  it('does not read 统一是 or 唯一是 as markers', () => {
    expect(acts(['标题', '思想统一是前提,行动统一是关键。'])).toEqual([])
  })

  it('ignores the problems list, whether announced by a heading or a lead sentence', () => {
    expect(acts([
      '标题', '二、活动中存在的不足:', '本次比赛存在着一些问题:', '1、参赛选手没在规定的时间内到场。', '2、观众太少,没气氛。',
    ])).toEqual([])
    expect(acts(['标题', '工作中还存在以下问题:1、宣传不到位;2、经费不足。'])).toEqual([])
  })

  it('ignores background, time and staffing sections and their items', () => {
    expect(acts([
      '演练总结', '(一)演练目的与依据', '检验预案的实用性。', '(二)演练时间与地点', '10月18日在厂区进行。', '三、组织机构:', '1、后勤保障组:', '负责物资调配。',
    ])).toEqual([])
  })

  it('keeps circled items under an activity-project heading', () => {
    expect(acts([
      '科技节活动方案', '四、活动项目要求及参加人员:', '①、纸飞机制作及放飞比赛。', '②、鸡蛋撞地球挑战。', '③、水火箭发射',
    ])).toEqual(['纸飞机制作及放飞比赛', '鸡蛋撞地球挑战', '水火箭发射'])
  })

  it('ignores a platform disclaimer list', () => {
    expect(acts([
      '标题', '1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。', '2. 2、如文档侵犯您的权益,请联系客服反馈。',
    ])).toEqual([])
  })

  it('does not take decimals, years or ranks for markers', () => {
    expect(acts(['标题', '全乡完成生产总值1.32亿元,同比增长5.3%。在比赛中获得第1、2名。'])).toEqual([])
  })

  it('does not take a lone inline 1、 for a list', () => {
    // The deed is still read from the prose, but as no list item.
    const { text, blocks } = linesToBlocks(['标题', '做了大量工作:1、学雷锋月里走访困难家庭二十户。'])
    expect(extractActivities(text, blocks).map((a) => [a.name, a.marker])).toEqual([['走访困难家庭', null]])
  })

  it('keeps a series whose announced count matches the number listed', () => {
    const { text, blocks } = linesToBlocks(['标题', '镇党委大力实施产业发展、易地搬迁、危房改造、兜底保障“四个一批扶贫工程”,扎实推动工作落实。'])
    const list = extractActivities(text, blocks)
    expect(list.map((a) => a.text)).toEqual(['产业发展', '易地搬迁', '危房改造', '兜底保障'])
    expect(list.map((a) => a.marker)).toEqual([null, null, null, null])
  })

  it('ignores a 、-series whose count does not match, and drops the verb from a matching one', () => {
    expect(acts(['标题', '开展了宣传、培训、检查三个方面的工作,组织了演练。'])).toEqual(['宣传', '培训', '检查'])
    expect(acts(['标题', '抓好宣传、培训、检查、演练“三个环节”。'])).toEqual([])
  })

  it('reads (1) items and decimal outline numbers 1.1 as headings', () => {
    expect(acts([
      '标题', '1、学雷锋精神,建文明社区', '(1)慰问社区孤寡老人二十户。', '(2)组织居民清理楼道杂物。',
    ])).toEqual(['慰问社区孤寡老人二十户', '组织居民清理楼道杂物'])
    expect(acts(['学校安全工作总结', '1.1安全工作概述', '1.1.1安全工作目标与原则', '坚持预防为主。', '1.1.2安全工作组织架构', '成立领导小组。'])).toEqual([])
  })

  it('caps a heading glued to its paragraph at a comma', () => {
    const [first] = acts(['标题', '主要做法:1、加强领导,深入宣传成立了以校长为组长、副校长为副组长、各处室主任为组员的读书月活动领导小组,各年级组密切配合,圆满完成了各项任务。2、营造氛围。'])
    expect(first!.length).toBeLessThanOrEqual(40)
    expect(first!.startsWith('加强领导,深入宣传')).toBe(true)
  })
})

describe('extractHighlights', () => {
  it('returns the items a highlights sentence introduces, and they are not activities', () => {
    const { text, blocks } = linesToBlocks([
      '科普周工作总结', '二、取得的成效', '今年科普周较以往相比,呈现出了三个方面的亮点。', '1、主题突出。围绕创新驱动开展活动。',
      '2、形式新颖。首次采用线上展览。', '3、覆盖面广。全镇十二个村全部参与。',
    ])
    expect(extractHighlights(text, blocks).map((h) => h.text)).toEqual(['主题突出', '形式新颖', '覆盖面广'])
    expect(extractActivities(text, blocks)).toEqual([])
  })

  it('does not treat a narrative 成效 as a highlights lead', () => {
    const { text, blocks } = linesToBlocks(['标题', '经过共同努力,取得了良好成效。', '一、高度重视,精心组织,狠抓任务落实', '区委高度重视本次活动。'])
    expect(extractHighlights(text, blocks)).toEqual([])
    expect(extractActivities(text, blocks).map((a) => a.text)).toEqual(['高度重视,精心组织,狠抓任务落实'])
  })
})

describe('slogan heads', () => {
  it('keeps a plan\'s heads, its measures, whatever the prose under them says', () => {
    expect(acts(['2024年精准扶贫工作计划', '一、摸准底数', '逐户核实家庭收入,建立帮扶档案。', '二、科学分类', '分析致贫原因,制定帮扶措施。']))
      .toEqual(['摸准底数', '建立帮扶档案', '科学分类', '制定帮扶措施'])
  })

  it('leaves out a slogan head whose body reports its own deeds, keeps one with none', () => {
    const page = '一、加强领导,周密部署。街道成立了创卫工作领导小组,召开了全体居民代表大会。二、领导重视,常抓不懈。全体干部高度重视此项工作。'
    expect(acts(['创卫工作总结', page])).toEqual(['成立了创卫工作领导小组', '召开了全体居民代表大会', '领导重视,常抓不懈'])
  })

  it('leaves out a headline head ("安全管理常抓不懈", "做好疫情防控") over deeds of its own, keeps a head that names a deed', () => {
    const page = [
      '物业服务中心年度工作总结',
      '一、安全管理常抓不懈',
      '全年组织消防演练3次,更换消防器材120具。',
      '二、做好疫情防控',
      '中心设立了临时隔离点,开展全员核酸检测四轮。',
      '三、制作发放业主手册',
      '手册共印2000册,送到每户业主手中。',
    ]
    expect(acts(page)).toEqual(['组织消防演练', '设立了临时隔离点', '开展全员核酸检测四轮', '制作发放业主手册'])
  })
})

describe('a page cut off at its end', () => {
  it('keeps a deed the page ends on when the cut fell after a whole word', () => {
    const names = acts([
      '2023年养老院安全工作总结',
      '每月开展消防安全自查,新安装烟感报警器40个,组织全员消防演练',
    ])
    expect(names).toContain('组织全员消防演练')
  })
})

describe('statements and counted groups are not activities', () => {
  it('skips a head or a clause whose predicate is 是', () => {
    expect(acts(['标题', '一、思想建设是党建工作的根本', '二、召开党员大会'])).toEqual(['召开党员大会'])
    expect(acts(['标题', '队伍建设是一切工作的保证,支部组织开展了党课学习。'])).toEqual(['组织开展了党课学习'])
  })

  it('skips a progress headline ("重点工程顺利推进"), keeps a deed head with the same verb', () => {
    expect(acts(['标题', '一、重点工程顺利推进', '二、推进老旧小区改造'])).toEqual(['推进老旧小区改造'])
  })

  it('does not read a list as the groups it formed ("…等部门组成4个检查组")', () => {
    const { text } = linesToBlocks(['标题', '镇安委会组织安监、派出所、市场监管、供电等部门组成4个检查组,开展拉网式检查。'])
    expect(findCountedSeries(text)).toEqual([])
    // The same list closed by its own count is a series.
    expect(findCountedSeries('实施产业发展、易地搬迁、危房改造三大工程').map((a) => a.text)).toEqual(['产业发展', '易地搬迁', '危房改造'])
  })
})

describe('countDeclaredTotals', () => {
  it('finds announced totals with their counted noun', () => {
    const text = '开展了14项切合实际、形式多样的科普活动。今年呈现出了四个方面的亮点。'
    expect(countDeclaredTotals(text)).toEqual([
      { declared: 14, offset: 0, text: '开展了14项切合实际、形式多样的科普活动', what: '活动' },
      { declared: 4, offset: text.indexOf('呈现'), text: '呈现出了四个方面的亮点', what: '亮点' },
    ])
  })

  it('reads quoted programme counts and ignores plain quantities', () => {
    expect(countDeclaredTotals('大力实施“八个一批扶贫工程”').map((t) => [t.declared, t.what])).toEqual([[8, '工程']])
    expect(countDeclaredTotals('发放宣传资料3000份,参加群众500人。')).toEqual([])
  })
})

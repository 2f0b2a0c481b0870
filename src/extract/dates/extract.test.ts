import { describe, expect, it } from 'vitest'
import { DateMention } from '../../../src/schema.js'
import { extractDates } from './index.js'

type Expect = Partial<DateMention> & { text: string }
type Case = [sentence: string, expected: Expect]

/** Runs one table: each sentence yields exactly the expected mention, at the offset of its text. */
function table(name: string, year: number | null, cases: Case[]): void {
  describe(`${name} (document year ${year ?? 'unknown'})`, () => {
    it.each(cases)('%s', (sentence, expected) => {
      const found = extractDates(sentence, { year })
      expect(found.map((m) => m.text)).toEqual([expected.text])
      const mention = found[0]!
      expect(DateMention.parse(mention)).toEqual(mention)
      expect(mention.offset).toBe(sentence.indexOf(expected.text))
      expect(mention).toMatchObject(expected)
      if (expected.start === undefined) expect(mention.start).toBeUndefined()
    })
  })
}

table('chineseDate parser', 2020, [
  ['活动于2020年5月15日在广场启动。', { text: '2020年5月15日', start: '2020-05-15', end: '2020-05-15', grain: 'day', kind: 'date' }],
  ['会议定于二〇二〇年五月十五日召开。', { text: '二〇二〇年五月十五日', start: '2020-05-15', grain: 'day' }],
  ['二o一九年十二月三十一日前完成验收。', { text: '二o一九年十二月三十一日前', start: '2019-12-31', grain: 'day' }],
  ['5月15日,县科协组织专家下乡。', { text: '5月15日', start: '2020-05-15', end: '2020-05-15', grain: 'day', yearImplied: true }],
  ['学校于6月3号召开安全会。', { text: '6月3号', start: '2020-06-03', grain: 'day', yearImplied: true }],
  ['于2022年12 月20 日通过验收。', { text: '2022年12 月20 日', start: '2022-12-20', grain: 'day' }],
  ['２０２１年３月８日举办表彰大会。', { text: '２０２１年３月８日', start: '2021-03-08', grain: 'day' }],
  ['今年2月份经支部大会讨论通过。', { text: '今年2月份', start: '2020-02', end: '2020-02', grain: 'month', yearImplied: true }],
  ['去年11月成立了志愿服务队。', { text: '去年11月', start: '2019-11', grain: 'month', yearImplied: true }],
  ['我校把六月定为安全教育月。', { text: '六月', start: '2020-06', grain: 'month', yearImplied: true }],
  ['工程预计8月竣工。', { text: '8月', start: '2020-08', end: '2020-08', grain: 'month' }],
  ['2019年10月,全镇开展人居环境整治。', { text: '2019年10月', start: '2019-10', grain: 'month', kind: 'date' }],
  ['活动在11月份集中开展。', { text: '11月份', start: '2020-11', grain: 'month' }],
  ['相关部门于11月初举行宣传活动。', { text: '11月初', start: '2020-11', grain: 'month', fuzzy: true }],
  ['项目在3月底全部完工。', { text: '3月底', start: '2020-03', grain: 'month', fuzzy: true }],
  ['5月上旬完成摸底调查。', { text: '5月上旬', start: '2020-05', end: '2020-05', grain: 'month', kind: 'period', fuzzy: true, days: { start: '2020-05-01', end: '2020-05-10' } }],
  ['九月中旬开展开学安全检查。', { text: '九月中旬', start: '2020-09', end: '2020-09', grain: 'month', fuzzy: true, days: { start: '2020-09-11', end: '2020-09-20' } }],
  ['十二月下旬召开总结大会。', { text: '十二月下旬', start: '2020-12', end: '2020-12', grain: 'month', fuzzy: true, days: { start: '2020-12-21', end: '2020-12-31' } }],
])

table('numericDate parser', 2020, [
  ['报名截止日期2020.5.15,逾期不候。', { text: '2020.5.15', start: '2020-05-15', grain: 'day' }],
  ['发文日期:2020-05-15。', { text: '2020-05-15', start: '2020-05-15', grain: 'day' }],
  ['检查时间为2020/5/15全天。', { text: '2020/5/15', start: '2020-05-15', grain: 'day' }],
  ['于2019.12.3完成整改。', { text: '2019.12.3', start: '2019-12-03', grain: 'day' }],
  ['验收日期 2021-1-9 已确认。', { text: '2021-1-9', start: '2021-01-09', grain: 'day' }],
])

table('year parser', 2020, [
  ['2019年,全镇共接待游客十万人次。', { text: '2019年', start: '2019', end: '2019', grain: 'year' }],
  ['围绕2021年度目标任务,狠抓落实。', { text: '2021年度', start: '2021', grain: 'year', kind: 'period' }],
  ['根据我镇2017-2020年脱贫滚动计划,逐户落实。', { text: '2017-2020年', start: '2017', end: '2020', grain: 'multi-year', kind: 'range' }],
  ['在2017年至2020年间累计投入资金。', { text: '2017年至2020年', start: '2017', end: '2020', grain: 'multi-year' }],
  ['这是2017-2018学年的工作计划。', { text: '2017-2018学年', start: '2017-09', end: '2018-07', grain: 'month', fuzzy: true }],
  ['早在二o一五年就建成了活动室。', { text: '二o一五年', start: '2015', grain: 'year' }],
])

table('period parser', 2020, [
  ['上半年,全镇完成财政收入三千万元。', { text: '上半年', start: '2020-01', end: '2020-06', grain: 'half-year', kind: 'period', yearImplied: true }],
  ['下半年将重点抓好项目建设。', { text: '下半年', start: '2020-07', end: '2020-12', grain: 'half-year' }],
  ['2019年上半年,共举办培训六期。', { text: '2019年上半年', start: '2019-01', end: '2019-06', grain: 'half-year' }],
  ['第一季度,社区开展走访活动。', { text: '第一季度', start: '2020-01', end: '2020-03', grain: 'quarter', kind: 'period' }],
  ['今年第1季度,社区牢牢围绕中心工作。', { text: '今年第1季度', start: '2020-01', end: '2020-03', grain: 'quarter' }],
  ['二季度完成了道路硬化。', { text: '二季度', start: '2020-04', end: '2020-06', grain: 'quarter' }],
  ['第四季度将迎接上级考核。', { text: '第四季度', start: '2020-10', end: '2020-12', grain: 'quarter' }],
  ['前三季度,全县生产总值稳步增长。', { text: '前三季度', start: '2020-01', end: '2020-09', grain: 'quarter' }],
  ['全年共组织演练四次。', { text: '全年', start: '2020', end: '2020', grain: 'year', kind: 'period' }],
  ['本年度共发展党员三名。', { text: '本年度', start: '2020', grain: 'year' }],
  ['去年全镇完成植树造林两千亩。', { text: '去年', start: '2019', end: '2019', grain: 'year', yearImplied: true }],
  ['明年将继续加大投入力度。', { text: '明年', start: '2021', grain: 'year' }],
  ['近三年,学校未发生安全责任事故。', { text: '近三年', start: '2018', end: '2020', grain: 'multi-year', kind: 'period' }],
  ['年初,镇党委制定了工作要点。', { text: '年初', start: '2020', grain: 'year', fuzzy: true }],
  ['计划年底前全部完工。', { text: '年底', start: '2020', grain: 'year', fuzzy: true }],
  ['2019年底,全村已全部脱贫。', { text: '2019年底', start: '2019', grain: 'year', fuzzy: true }],
  ['本月共受理群众来信五件。', { text: '本月', unresolved: true, grain: 'month' }],
  ['月底前上报统计表。', { text: '月底', unresolved: true, fuzzy: true }],
])

table('monthRange parser', 2015, [
  ['预计1-6月份,完成地区生产总值八亿元。', { text: '1-6月份', start: '2015-01', end: '2015-06', grain: 'month', kind: 'range' }],
  ['3至5月开展春季防火宣传。', { text: '3至5月', start: '2015-03', end: '2015-05', grain: 'month', kind: 'range' }],
  ['5月15-21日举办科技活动周。', { text: '5月15-21日', start: '2015-05-15', end: '2015-05-21', grain: 'day', kind: 'range' }],
  ['2014年7~9月共接诉五十件。', { text: '2014年7~9月', start: '2014-07', end: '2014-09' }],
])

table('holiday parser', 2020, [
  ['国庆期间,全镇开展安全大检查。', { text: '国庆期间', start: '2020-10-01', end: '2020-10-07', grain: 'day', kind: 'range' }],
  ['春节前后走访慰问困难群众。', { text: '春节前后', start: '2020-01-25', end: '2020-01-25', grain: 'day' }],
  ['中秋节当天,社区举办联欢会。', { text: '中秋节当天', start: '2020-10-01', grain: 'day' }],
  ['在重阳节来临之际,团员看望老人。', { text: '重阳节来临之际', start: '2020-10-25' }],
  ['端午节前夕,开展包粽子活动。', { text: '端午节前夕', start: '2020-06-25' }],
  ['清明节期间组织祭扫烈士墓。', { text: '清明节期间', start: '2020-04-04' }],
  ['五一期间加强景区安全巡查。', { text: '五一期间', start: '2020-05-01', end: '2020-05-05', kind: 'range' }],
  ['学校于元旦举行文艺汇演。', { text: '元旦', start: '2020-01-01', grain: 'day' }],
  ['2019年国庆期间共接待游客三万人次。', { text: '2019年国庆期间', start: '2019-10-01', end: '2019-10-07' }],
])

table('placeholder parser', 2020, [
  ['XX县20xx年科技活动周正式启动。', { text: '20xx年', kind: 'placeholder', unresolved: true, grain: 'year' }],
  ['印发了《20XX年安全工作要点》。', { text: '20XX年', kind: 'placeholder', unresolved: true }],
  ['20xx年10月2日,我们来到敬老院。', { text: '20xx年10月2日', kind: 'date', unresolved: true, grain: 'day' }],
  ['活动定于X月X日举行。', { text: 'X月X日', kind: 'placeholder', unresolved: true }],
  ['请于x月xx日前报送材料。', { text: 'x月xx日', kind: 'placeholder', unresolved: true }],
  ['XX年是我校发展的关键一年。', { text: 'XX年', kind: 'placeholder', unresolved: true }],
  ['时间:20__年__月1日~__月5日。', { text: '20__年__月1日~__月5日', kind: 'range', unresolved: true }],
  ['时间:X月X日至X月X日。', { text: 'X月X日至X月X日', kind: 'placeholder', unresolved: true }],
])

table('range refiner', 2020, [
  ['5月15日至21日期间,县科技局举办活动。', { text: '5月15日至21日', start: '2020-05-15', end: '2020-05-21', grain: 'day', kind: 'range', yearImplied: true }],
  ['5月15日-21日,各单位密切配合。', { text: '5月15日-21日', start: '2020-05-15', end: '2020-05-21', kind: 'range' }],
  ['5月15日—5月21日开展宣传。', { text: '5月15日—5月21日', start: '2020-05-15', end: '2020-05-21' }],
  ['活动周于5月14日—21日在全市举行。', { text: '5月14日—21日', start: '2020-05-14', end: '2020-05-21' }],
  ['学校于5月23日- 5月29日开展活动周。', { text: '5月23日- 5月29日', start: '2020-05-23', end: '2020-05-29' }],
  ['3月至6月开展专项整治。', { text: '3月至6月', start: '2020-03', end: '2020-06', grain: 'month', kind: 'range' }],
  ['5月15日到6月1日进行集中培训。', { text: '5月15日到6月1日', start: '2020-05-15', end: '2020-06-01', kind: 'range' }],
  ['从6月1日至6月30日,开展安全生产月活动。', { text: '6月1日至6月30日', start: '2020-06-01', end: '2020-06-30' }],
  ['演练于2023年10月18日14时00分至16时30分在厂区进行。', { text: '2023年10月18日14时00分至16时30分', start: '2023-10-18T14:00', end: '2023-10-18T16:30', grain: 'time', kind: 'range' }],
  ['2019年12月28日至2020年1月3日开展冬训。', { text: '2019年12月28日至2020年1月3日', start: '2019-12-28', end: '2020-01-03' }],
  ['11月9日~15日为消防宣传周。', { text: '11月9日~15日', start: '2020-11-09', end: '2020-11-15' }],
])

table('partOfDay refiner and time', 2020, [
  ['5月15日上午,在滨河广场举行启动仪式。', { text: '5月15日上午', start: '2020-05-15', end: '2020-05-15', grain: 'day' }],
  ['3月12日下午,社区组织志愿者清扫街道。', { text: '3月12日下午', start: '2020-03-12', grain: 'day' }],
  ['11月1日上午,市消防支队举行启动仪式。', { text: '11月1日上午', start: '2020-11-01' }],
  ['6月5日晚上,学校举行文艺晚会。', { text: '6月5日晚上', start: '2020-06-05' }],
  ['5月15日上午9时至11时召开座谈会。', { text: '5月15日上午9时至11时', start: '2020-05-15T09:00', end: '2020-05-15T11:00', grain: 'time' }],
  ['会议于下午3时30分开始。', { text: '下午3时30分', grain: 'time', unresolved: true }],
  ['签到时间为14时00分。', { text: '14时00分', grain: 'time', unresolved: true }],
  ['客服工作时间:9:00-18:30。', { text: '9:00-18:30', grain: 'time', unresolved: true }],
])

table('cues refiner', 2020, [
  ['截至3月底,已完成投资两亿元。', { text: '截至3月底', kind: 'asof', start: '2020-03-31', end: '2020-03-31', grain: 'day' }],
  ['截止到2019年10月,共发放补贴五十万元。', { text: '截止到2019年10月', kind: 'asof', start: '2019-10-31' }],
  ['截至6月20日,全镇已排查隐患九处。', { text: '截至6月20日', kind: 'asof', start: '2020-06-20' }],
  ['每年的11月9日组织消防演练。', { text: '每年的11月9日', kind: 'recurring', unresolved: true }],
  ['每年3月5日开展学雷锋活动。', { text: '每年3月5日', kind: 'recurring', unresolved: true }],
  ['今年以来,乡党委政府统筹推进各项工作。', { text: '今年以来', start: '2020', openEnd: true, kind: 'period', grain: 'year' }],
  ['5月以来,全县持续开展排查。', { text: '5月以来', start: '2020-05', openEnd: true, grain: 'month' }],
  ['2019年以来累计培训农民三千人次。', { text: '2019年以来', start: '2019', openEnd: true }],
])

table('no document year', null, [
  ['5月21日上午在镇小举办启动式。', { text: '5月21日上午', unresolved: true, grain: 'day' }],
  ['各县纷纷行动,5月17日,市级部门联合开展活动。', { text: '5月17日', unresolved: true }],
  ['今年2月份经团支部全体团员讨论。', { text: '今年2月份', unresolved: true, grain: 'month' }],
  ['我校把这六月再定为安全教育月。', { text: '六月', unresolved: true }],
  ['活动周于5月14日—21日在全市举行。', { text: '5月14日—21日', unresolved: true, kind: 'range' }],
  ['上半年完成了各项目标。', { text: '上半年', unresolved: true, grain: 'half-year' }],
  ['去年共接待来访群众百余人。', { text: '去年', unresolved: true }],
  ['国庆期间组织安全巡查。', { text: '国庆期间', unresolved: true }],
  ['2021年3月8日举办了表彰会。', { text: '2021年3月8日', start: '2021-03-08', end: '2021-03-08' }],
  ['2016年11月份是第6个消防宣传月。', { text: '2016年11月份', start: '2016-11', end: '2016-11' }],
  ['2015年上半年重点工作完成情况良好。', { text: '2015年上半年', start: '2015-01', end: '2015-06' }],
])

describe('not dates', () => {
  const negatives = [
    '共开展安全检查3次,累计5天。',
    '整个演练历时一个半小时。',
    '为了办好第十届科技活动周,县里高度重视。',
    '全县完成投资1.32亿元。',
    '咨询电话:0551-62345678。',
    '根据县政发〔2020〕15号文件精神开展工作。',
    '2020科技活动周工作总结',
    '提出了三点建议。',
    '共有20余家成员单位参加。',
    '全校师生两千多人参加了活动。',
    '经过三个月的努力,工程顺利完工。',
    '上传时间:2025-05-05 15:35:57',
    '重阳节敬老活动总结',
    '每月组织一次安全检查。',
    '比例达到98.5%,同比增长12.3%。',
    '占年计划的52%。',
  ]
  it.each(negatives)('%s', (sentence) => {
    expect(extractDates(sentence, { year: 2020 })).toEqual([])
  })
})

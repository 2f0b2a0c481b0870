import { describe, expect, it } from 'vitest'
import { documentYearFromText, extractDates, periodOf } from './index.js'

describe('documentYearFromText', () => {
  it.each([
    ['2020科技活动周工作总结', '', 2020],
    ['XX中学团委工作总结(2017-2018学年第二学期)', '', 2018],
    ['XX中学团委工作总结(2017-2018学年第一学期)', '', 2017],
    ['科技局二o一八年“科技活动周”工作总结', '', 2018],
    ['镇2016年半年工作总结', '', 2016],
    ['20xx年科技活动周总结', '', null],
    ['消防安全宣传月活动总结', '市里举办2016年消防宣传月活动。2016年11月1日启动。2015年曾举办一次。', 2016],
    ['团委年度工作总结', '最新2020年团委年度工作总结范文\n今年2月份开展了团员评议。', null],
    ['科技活动周活动总结', '上传时间:2025-05-05 15:35:57\nXX市20xx年科技活动周于5月14日举行。', null],
    [null, '根据县政发〔2020〕15号文件,2019年全面完成任务。', 2019],
    [null, '', null],
    // The dash lost in extraction: consecutive years still make a school year, at the head of an untitled page.
    ['XX中学团委工作总结20172018学年第二学期', '', 2018],
    [null, 'XX中学团委工作总结20172018学年第二学期一年来,我校团委认真完成各项任务。', 2018],
    // Two years that do not follow each other are no school year.
    ['20152018学年工作总结', '', null],
    // Taiwan's Minguo years: before 年度 or a month, or after the era's name; a bare 112年 may count years.
    ['溪口社區發展協會112年度社區營造成果報告', '', 2023],
    [null, '本會於111年12月成立。112年5月辦理志工訓練。112年度共餐服務2,300人次。中華民國113年1月', 2023],
    ['中華民國一百一十二年工作報告', '', 2023],
    ['百年老店112年历史回顾', '', null],
  ] as const)('%s', (title, text, year) => {
    expect(documentYearFromText(title, text)).toBe(year)
  })
})

describe('periodOf', () => {
  it('takes the first activity range of the text', () => {
    const dates = extractDates('2020年是关键一年。5月15日至21日期间举办活动周,5月15日上午启动。', { year: 2020 })
    expect(periodOf(dates, '2020科技活动周工作总结')).toEqual({ start: '2020-05-15', end: '2020-05-21', text: '5月15日至21日' })
  })
  it('falls back to a half-year named in the text', () => {
    const dates = extractDates('今年上半年,全镇完成财政收入三千万元。', { year: 2016 })
    expect(periodOf(dates, '镇2016年半年工作总结')).toEqual({ start: '2016-01', end: '2016-06', text: '今年上半年' })
  })
  it("falls back to the title's half-year, then its year", () => {
    expect(periodOf([], '2021年上半年某乡政府工作总结')).toEqual({ start: '2021-01', end: '2021-06', text: '2021年上半年' })
    expect(periodOf([], '2020科技活动周工作总结')).toEqual({ start: '2020', end: '2020', text: '2020' })
  })
  it('is null with nothing to go on', () => {
    expect(periodOf(extractDates('5月21日上午举办启动式。', { year: null }), '科技活动周工作总结')).toBeNull()
  })
})

describe('end to end on a seed-like page', () => {
  const title = '2021科普宣传周工作总结'
  const text = [
    '为切实办好第八届科普宣传周,按照市里的统一部署,4月12日至18日期间,县科技局、县科协联合举办了“XX县20xx年科普宣传周”活动。',
    '4月12日上午,在人民广场举行的启动仪式拉开了宣传周的序幕,副县长王建国同志主持仪式。',
    '4月12日-18日,各部门共发放宣传资料12000余份,接待群众咨询3000余人次。',
    '截至4月底,全县共举办科普讲座15场。下半年将继续开展科普进校园活动。',
  ].join('\n')
  const year = documentYearFromText(title, text)
  const dates = extractDates(text, { year })

  it('finds every date with its span and nothing else', () => {
    expect(year).toBe(2021)
    expect(dates.map((d) => [d.text, d.start, d.end])).toEqual([
      ['4月12日至18日', '2021-04-12', '2021-04-18'],
      ['20xx年', undefined, undefined],
      ['4月12日上午', '2021-04-12', '2021-04-12'],
      ['4月12日-18日', '2021-04-12', '2021-04-18'],
      ['截至4月底', '2021-04-30', '2021-04-30'],
      ['下半年', '2021-07', '2021-12'],
    ])
    for (const d of dates) expect(text.slice(d.offset, d.offset + d.text.length)).toBe(d.text)
  })

  it('reports the activity week as the period', () => {
    expect(periodOf(dates, title)).toEqual({ start: '2021-04-12', end: '2021-04-18', text: '4月12日至18日' })
  })
})

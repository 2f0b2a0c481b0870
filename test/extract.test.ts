/** extract() and sift() end to end: the seed-like page's WorkSummary, schema-validated. */
import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { extract, extractAll, sift, type Count, type WorkSummary } from '../src/index.js'
import { SiftResult, WorkSummary as WorkSummarySchema } from '../src/schema.js'

const page = readFileSync(new URL('../fixtures/seed-like.txt', import.meta.url), 'utf8')

describe('sift() on the seed-like page', () => {
  const result = sift(page)
  const s = result.summary

  it('validates against the zod schemas', () => {
    expect(() => SiftResult.parse(result)).not.toThrow()
    expectTypeOf(s).toEqualTypeOf<WorkSummary>()
    expectTypeOf(s.counts).toEqualTypeOf<Count[]>()
  })

  it('reads title, genre, year and the period the summary covers', () => {
    expect(s.title).toBe('2019年节能宣传周工作总结')
    expect(s.genre).toBe('activity-summary')
    expect(s.year).toBe(2019)
    expect(s.period).toMatchObject({ start: '2019-06-10', end: '2019-06-16' })
  })

  it('lists the 15 activities of the numbered run inside one paragraph, in order', () => {
    const run = s.activities.filter((a) => a.marker?.endsWith('、'))
    expect(run.map((a) => a.index)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    expect(run[0]!.text).toBe('召开全县节能宣传周工作协调会')
    expect(run[14]!.text).toBe('举办节能成果图片展')
    // Each activity carries its own counts.
    expect(run[12]!.counts.map((c) => c.value)).toEqual([3500])
  })

  it('warns that the text says 14 activities and lists 15', () => {
    const w = s.warnings.find((x) => x.code === 'declared-total-mismatch')
    expect(w?.message).toMatch(/14.*15/)
    expect(s.text.slice(w!.offset, w!.offset + w!.text.length)).toBe(w!.text)
  })

  it('extracts every count of the closing paragraph with value, unit, qualifier and object', () => {
    const pick = (text: string) => s.counts.find((c) => c.text === text)
    expect(pick('26000余份')).toMatchObject({ value: 26000, unit: '份', qualifier: 'over', object: '宣传资料' })
    expect(pick('8300余人次')).toMatchObject({ value: 8300, unit: '人次', qualifier: 'over' })
    expect(pick('21场')).toMatchObject({ value: 21, unit: '场', qualifier: 'exact' })
    expect(pick('96块')).toMatchObject({ value: 96, unit: '块', object: '宣传展板' })
    expect(pick('5期')).toMatchObject({ value: 5, unit: '期' })
  })

  it('finds organizers, people with roles and the theme', () => {
    // Issue 11: the units that lead the work (XX县委、县政府高度重视…) are organizers too.
    expect(s.organizers.map((o) => o.text)).toEqual(['县发改局', '县委宣传部', '县机关事务管理局', 'XX县委', '县政府'])
    expect(s.people.map((p) => [p.name, p.role])).toEqual([['王建平', '副县长'], ['陈志远', '县发改局局长']])
    expect(s.theme?.text).toBe('绿色发展——节能先行')
    expect(s.sections.map((x) => x.heading)).toEqual(['一、宣传周的组织情况', '二、取得的成效'])
  })

  it('gives offsets that point at each item in the summary text', () => {
    for (const item of [...s.dates, ...s.counts, ...s.activities, ...s.organizers, ...s.people]) {
      expect(s.text.slice(item.offset, item.offset + item.text.length)).toBe(item.text)
    }
  })
})

describe('extract() on any string', () => {
  it('works on a single sentence, with referenceDate standing in for the year', () => {
    const s = extract('5月15日至21日,县科技局共发放科普资料3.5万份,培训农民近千人。', { referenceDate: '2020-03-01' })
    expect(() => WorkSummarySchema.parse(s)).not.toThrow()
    expect(s.year).toBe(2020)
    expect(s.dates[0]).toMatchObject({ start: '2020-05-15', end: '2020-05-21', yearImplied: true })
    expect(s.counts.map((c) => [c.value, c.unit, c.qualifier])).toEqual([[35000, '份', 'exact'], [1000, '人', 'under']])
  })

  it('leaves placeholder years unresolved and says so', () => {
    const s = extract('XX县20xx年科技活动周总结\n5月15日上午,在县广场举行启动仪式。')
    expect(s.year).toBeNull()
    expect(s.dates.find((d) => d.text.startsWith('5月15日'))?.start).toBeUndefined()
    expect(s.warnings.some((w) => w.code === 'placeholder-year')).toBe(true)
  })

  it('gives one summary per document of a compilation page, the main one first', () => {
    const docs = extractAll(sift(readFileSync(new URL('../fixtures/jqrsd-1.txt', import.meta.url), 'utf8')).clean)
    expect(docs.length).toBeGreaterThanOrEqual(2)
    expect(docs[0]!.text.length).toBeGreaterThan(0)
  })

  it('rejects a bad referenceDate', () => {
    expect(() => extract('今年以来', { referenceDate: 'not a date' })).toThrowError(/referenceDate/)
  })
})

describe("a plan's prose", () => {
  it('gives the measures that set a target, not the intentions around them', () => {
    const plan = [
      '某某县农业农村局2024年工作计划',
      '2024年,我局将以粮食安全和农民增收为主线,努力办好今年的农民丰收节。',
      '(一)稳定粮食生产。全年新建高标准农田2.3万亩,同时加强农技推广队伍建设。',
      '(二)促进农民增收。开展高素质农民培训1500人次,新建村级电商服务站60个。',
    ].join('\n')
    const names = sift(plan).documents[0]!.activities.map((a) => a.name)
    expect(names.some((n) => n.startsWith('新建高标准农田'))).toBe(true)
    expect(names.some((n) => n.startsWith('开展高素质农民培训'))).toBe(true)
    expect(names.some((n) => n.includes('办好今年的农民丰收节'))).toBe(false)
  })
})

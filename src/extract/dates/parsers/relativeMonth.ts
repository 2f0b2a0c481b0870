/**
 * Months counted from the reference month: 本月 · 这个月 · 上月 · 上个月 · 下个月 · 上上个月, with a
 * day (本月9日, 下月九号) or a part (上月底, 下月初, 本月中旬), and 3个月前 · 两个月后. Without a full
 * reference they carry no start. 当月 and a bare 月底 point at a month named earlier: unresolved.
 * Also 本月第2周 (the week of the month's second Monday) and quarters: 本季度 · 上个季度 · 上季度末.
 */
import type { Parser } from 'chrono-node'
import { readChineseInteger } from '../../../text/numerals.js'
import { addDays, addMonths, daysInMonth, weekdayOf, type Day } from '../calendar.js'
import { setFlag } from '../meta.js'
import { readSmall } from '../numerals.js'
import { DAY } from '../patterns.js'
import { components, documentYear, makeResult, relativeResult, type RelativeSpan } from './shared.js'

const MONTH_OFFSET: Readonly<Record<string, number>> = {
  本: 0, 这个: 0, 这: 0, 本个: 0, 今个: 0, 上: -1, 上个: -1, 上一个: -1, 下: 1, 下个: 1, 下一个: 1, 上上个: -2, 下下个: 2,
}
const PREFIX = `(${Object.keys(MONTH_OFFSET).sort((a, b) => b.length - a.length).join('|')})`
const PATTERN = new RegExp(
  `(?<![\\d一二三四五六七八九十])(?:${PREFIX}月(?:份)?(?:(${DAY})[日号]|(初|底|末|中旬|上旬|下旬|中)|(?![\\d一二三四五六七八九十]|份?的?第))` +
    '|(\\d{1,2}|[一二两三四五六七八九十几]{1,3}|半)个月(以前|之前|前|以后|之后|后)' +
    '|(当月|月初|月底|月末|月中|前几个月|近几个月|这几个月|最近几个月)(?![\\d一二三四五六七八九十])' +
    `|${PREFIX}月(?:份)?(?:的)?第([一二三四五1-5])(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天])` +
    `|${PREFIX}季度(初|末)?)`,
)

/** The week of a month that begins on its nth Monday (JioNLP's reading of 3月第二周). */
function nthWeek(month: Day, n: number): RelativeSpan {
  const first = { ...month, day: 1 }
  const monday = addDays(first, ((1 - weekdayOf(first) + 7) % 7) + (n - 1) * 7)
  return { start: monday, end: addDays(monday, 6), grain: 'day', kind: 'period' }
}

/** The days of a part of a month: 上旬 1-10, 中旬 11-20, 下旬 21-end; 初/底 are fuzzy months. */
export function partOfMonth(year: number, month: number, part: string): [number, number] | null {
  if (part === '上旬') return [1, 10]
  if (part === '中旬') return [11, 20]
  if (part === '下旬') return [21, daysInMonth(year, month)]
  return null
}

function monthSpan(month: Day, day: string | undefined, part: string | undefined): RelativeSpan | null {
  if (day) {
    const d = readSmall(day)
    if (!(d >= 1 && d <= daysInMonth(month.year, month.month))) return null
    return { start: { ...month, day: d }, grain: 'day' }
  }
  const days = part ? partOfMonth(month.year, month.month, part) : null
  if (days) return { start: { ...month, day: days[0] }, end: { ...month, day: days[1] }, grain: 'day', kind: 'period' }
  return { start: { ...month, day: 1 }, grain: 'month' }
}

/** Parses months relative to the reference month. */
export const relativeMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, prefix, day, part, amount, direction, anaphoric, weekPrefix, weekNumber, quarterPrefix, quarterEdge] = match
    const index = match.index ?? 0
    if (anaphoric) {
      // Which month is meant depends on the sentence, which a parser cannot see.
      const result = makeResult(context, index, text, components(context, { year: documentYear(context), certain: false, relative: false }), undefined, 'month', 'period')
      setFlag(result.start, 'unresolved')
      if (anaphoric !== '当月') setFlag(result.start, 'fuzzy')
      if (anaphoric.includes('几')) setFlag(result.start, 'relative')
      return result
    }
    if (prefix !== undefined) {
      const offset = MONTH_OFFSET[prefix] ?? 0
      const grain = day ? 'day' : part && partOfMonth(2000, 1, part) ? 'day' : 'month'
      const result = relativeResult(context, index, text, grain, (now) => monthSpan(addMonths({ ...now, day: 1 }, offset), day, part))
      if (result && part && !partOfMonth(2000, 1, part)) setFlag(result.start, 'fuzzy')
      return result
    }
    if (weekPrefix !== undefined && weekNumber !== undefined) {
      const offset = MONTH_OFFSET[weekPrefix] ?? 0
      const n = readSmall(weekNumber)
      return relativeResult(context, index, text, 'day', (now) => nthWeek(addMonths({ ...now, day: 1 }, offset), n))
    }
    if (quarterPrefix !== undefined) {
      const offset = MONTH_OFFSET[quarterPrefix] ?? 0
      const result = relativeResult(context, index, text, quarterEdge ? 'month' : 'quarter', (now) => {
        const first = addMonths({ year: now.year, month: Math.floor((now.month - 1) / 3) * 3 + 1, day: 1 }, offset * 3)
        const last = addMonths(first, 2)
        // 季度初 / 季度末: the quarter's first or last month.
        if (quarterEdge === '初') return { start: first, grain: 'month' }
        if (quarterEdge === '末') return { start: last, grain: 'month' }
        return { start: first, end: { ...last, day: daysInMonth(last.year, last.month) }, grain: 'quarter', kind: 'period' }
      })
      if (quarterEdge) setFlag(result.start, 'fuzzy')
      return result
    }
    if (amount && direction) {
      const n = amount === '半' ? NaN : /^\d+$/.test(amount) ? Number(amount) : (readChineseInteger(amount) ?? NaN)
      const sign = direction.endsWith('前') ? -1 : 1
      return relativeResult(context, index, text, 'month', (now) =>
        Number.isInteger(n) ? { start: { ...addMonths({ ...now, day: 1 }, sign * n), day: 1 }, grain: 'month' } : null,
      )
    }
    return null
  },
}

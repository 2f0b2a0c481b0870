/**
 * 2020年5月15日 · 二〇二〇年五月十五日 · 15年3月2日 · 今年2月份 · 5月15号 · 六月 · 3月底 · 11月初 ·
 * 5月上旬 (1-10) · 九月中旬 (11-20) · 十二月下旬 (21-31) · 3月第二周 (the week of the second Monday) ·
 * 8月的第一个星期二 (spaces allowed between parts: 2022年12 月20 日). Replaces chrono's zh date
 * parser, which implies the day from the clock and accepts a bare 年 before the month.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node'
import { addDays, weekdayOf } from '../calendar.js'
import { setFlag } from '../meta.js'
import { daysInMonth, readSmall } from '../numerals.js'
import { DAY, MONTH, RELATIVE_YEAR, SHORT_YEAR, YEAR } from '../patterns.js'
import { partOfMonth } from './relativeMonth.js'
import { components, makeResult, readYearGroup, type YearRead } from './shared.js'

const WEEKDAY: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 }
const PATTERN = new RegExp(
  `(?<![\\d.xX])(?<!\\d[-/])(?:(${YEAR})\\s{0,2}年[,]?\\s{0,2}|(${SHORT_YEAR})\\s{0,2}年[,]?\\s{0,2}|(${RELATIVE_YEAR})\\s{0,2}(?:的)?)?` +
    `(${MONTH})\\s{0,2}月(份)?(?:\\s{0,2}(${DAY})\\s{0,2}[日号]` +
    `|(?:的)?第([一二三四五1-5])(个)?(?:周|星期|礼拜)([一二三四五六日天])?)?` +
    '(初|底|末|上旬|中旬|下旬)?',
)

/**
 * The result for a month of a known year with an optional day (5月15日) or part of the month (3月底: the month,
 * fuzzy; 5月上旬: a fuzzy range of days); null when the day is not in the month.
 */
export function monthDayResult(context: ParsingContext, index: number, text: string, read: YearRead, month: number, dayText?: string, edge?: string): ParsingResult | null {
  if (dayText === undefined) {
    const days = edge ? partOfMonth(read.year, month, edge) : null
    if (days) {
      const start = components(context, read, month, days[0])
      const result = makeResult(context, index, text, start, components(context, read, month, days[1]), 'day', 'period')
      setFlag(result.start, 'fuzzy')
      return result
    }
    const result = makeResult(context, index, text, components(context, read, month), undefined, 'month')
    if (edge) setFlag(result.start, 'fuzzy')
    return result
  }
  const day = readSmall(dayText)
  if (!(day >= 1 && day <= daysInMonth(read.year, month))) return null
  // An edge word after a full day (5月15日底) is not part of the date.
  const dateText = edge ? text.slice(0, -edge.length) : text
  return makeResult(context, index, dateText, components(context, read, month, day), undefined, 'day')
}

/** Parses Chinese-style dates with year, month and optional day, part or week. */
export const chineseDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, written, short, relative, monthText, , dayText, weekText, nth, weekdayText, edge] = match
    const month = readSmall(monthText ?? '')
    if (!(month >= 1 && month <= 12)) return null
    const read = readYearGroup(context, written, relative, short)
    if (!read) return null
    const index = match.index ?? 0
    if (weekText !== undefined) {
      const n = readSmall(weekText)
      const first = { year: read.year, month, day: 1 }
      if (weekdayText !== undefined && nth !== undefined) {
        // 第一个星期二: the first Tuesday of the month.
        const weekday = WEEKDAY[weekdayText] ?? 1
        const day = addDays(addDays(first, (weekday - weekdayOf(first) + 7) % 7), (n - 1) * 7)
        if (day.month !== month) return null
        return makeResult(context, index, text, components(context, read, month, day.day), undefined, 'day')
      }
      if (weekdayText !== undefined) return null
      // 第二周: the week that begins on the month's second Monday.
      const monday = addDays(addDays(first, (1 - weekdayOf(first) + 7) % 7), (n - 1) * 7)
      const sunday = addDays(monday, 6)
      const start = components(context, { ...read, year: monday.year }, monday.month, monday.day)
      const end = components(context, { ...read, year: sunday.year }, sunday.month, sunday.day)
      return makeResult(context, index, text, start, end, 'day', 'period')
    }
    return monthDayResult(context, index, text, read, month, dayText, edge)
  },
}

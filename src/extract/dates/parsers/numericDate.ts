/**
 * 2020.5.15 · 2020/5/15 · 2020-05-15 (one separator used twice) · 20240307 · 2022年6.26 · 9.4号.
 * A time after the date (2023-10-26 10:30:00) is the clock parser's, joined by the date+time
 * refiner. Decimals and phone numbers are kept out by the digit boundaries; an eight-digit run
 * counts only as a real date of the years summaries are about.
 */
import type { Parser } from 'chrono-node'
import { daysInMonth, mentionableYear, plausibleYear } from '../numerals.js'
import { components, makeResult, readYearGroup } from './shared.js'

const PATTERN = new RegExp(
  '(?<![\\d.])(?:(\\d{4})\\s{0,2}([./-])\\s{0,2}(\\d{1,2})\\s{0,2}\\2\\s{0,2}(\\d{1,2})(?![\\d])(?!\\.\\d)' +
    '|((?:19|20)\\d{2})(0[1-9]|1[0-2])([0-3]\\d)(?!\\d)' +
    '|(\\d{4})\\s{0,2}年\\s{0,2}(\\d{1,2})\\.(\\d{1,2})(?![\\d.])' +
    '|(\\d{1,2})\\.(\\d{1,2})\\s{0,1}[日号])',
)

/** Parses numeric year-month-day dates. */
export const numericDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const g = match
    const compact = g[5] !== undefined
    const yearText = g[1] ?? g[5] ?? g[8]
    const month = Number(g[3] ?? g[6] ?? g[9] ?? g[11])
    const day = Number(g[4] ?? g[7] ?? g[10] ?? g[12])
    const read = yearText ? { year: Number(yearText), certain: true, relative: false } : readYearGroup(context)
    if (!read) return null
    if (yearText && !(compact ? plausibleYear(read.year) : mentionableYear(read.year))) return null
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(read.year, month)) return null
    return makeResult(context, match.index ?? 0, match[0], components(context, read, month, day), undefined, 'day')
  },
}

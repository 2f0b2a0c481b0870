/**
 * Ranges written with one unit at the end: 1-6月份 · 3至5月 · 5月15-21日 · 5月15日至21日 is the
 * range refiner's (its end is a day alone, which no parser reports).
 */
import type { Parser } from 'chrono-node'
import { daysInMonth, readSmall } from '../numerals.js'
import { DAY, MONTH, RANGE_SEP, RELATIVE_YEAR, YEAR } from '../patterns.js'
import { components, makeResult, readYearGroup } from './shared.js'

const PATTERN = new RegExp(
  `(?<![\\d.\\-/])(?:(${YEAR})\\s{0,2}年\\s{0,2}|(${RELATIVE_YEAR})\\s{0,2}(?:的)?)?` +
    `(?:(${MONTH})\\s{0,2}${RANGE_SEP}\\s{0,2}(${MONTH})\\s{0,2}月(?:份)?` +
    `|(${MONTH})\\s{0,2}月\\s{0,2}(${DAY})\\s{0,2}${RANGE_SEP}\\s{0,2}(${DAY})\\s{0,2}[日号])(?![\\d])`,
)

/** Parses month ranges and day ranges inside one month. */
export const monthRangeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, written, relative, fromMonth, toMonth, month, fromDay, toDay] = match
    const read = readYearGroup(context, written, relative)
    if (!read) return null
    const index = match.index ?? 0
    if (fromMonth && toMonth) {
      const from = readSmall(fromMonth)
      const to = readSmall(toMonth)
      if (!(from >= 1 && to <= 12 && from < to)) return null
      const start = components(context, read, from)
      const end = components(context, read, to)
      return makeResult(context, index, text, start, end, 'month', 'range')
    }
    const m = readSmall(month ?? '')
    const from = readSmall(fromDay ?? '')
    const to = readSmall(toDay ?? '')
    if (!(m >= 1 && m <= 12 && from >= 1 && from < to && to <= daysInMonth(read.year, m))) return null
    return makeResult(context, index, text, components(context, read, m, from), components(context, read, m, to), 'day', 'range')
  },
}

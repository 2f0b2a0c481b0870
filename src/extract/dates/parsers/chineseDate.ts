/**
 * 2020年5月15日 · 二〇二〇年五月十五日 · 今年2月份 · 5月15号 · 六月 · 3月底 · 11月初 · 5月上旬
 * (spaces allowed between parts: 2022年12 月20 日). Replaces chrono's zh date parser, which
 * implies the day from the clock and accepts a bare 年 before the month.
 */
import type { Parser } from 'chrono-node'
import { setFlag } from '../meta.js'
import { daysInMonth, readSmall } from '../numerals.js'
import { DAY, MONTH, RELATIVE_YEAR, YEAR } from '../patterns.js'
import { components, makeResult, readYearGroup } from './shared.js'

const PATTERN = new RegExp(
  `(?<![\\d.\\-/xX])(?:(${YEAR})\\s{0,2}年\\s{0,2}|(${RELATIVE_YEAR})\\s{0,2})?` +
    `(${MONTH})\\s{0,2}月(份)?(?:\\s{0,2}(${DAY})\\s{0,2}[日号])?` +
    '(初|底|末|上旬|中旬|下旬)?',
)

/** Parses Chinese-style dates with year, month and optional day. */
export const chineseDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, written, relative, monthText, , dayText, edge] = match
    const month = readSmall(monthText ?? '')
    if (!(month >= 1 && month <= 12)) return null
    const read = readYearGroup(context, written, relative)
    if (!read) return null
    if (dayText === undefined) {
      const result = makeResult(context, match.index ?? 0, text, components(context, read, month), undefined, 'month')
      if (edge) setFlag(result.start, 'fuzzy')
      return result
    }
    const day = readSmall(dayText)
    if (!(day >= 1 && day <= daysInMonth(read.year, month))) return null
    // An edge word after a full day (5月15日底) is not part of the date.
    const dateText = edge ? text.slice(0, -edge.length) : text
    return makeResult(context, match.index ?? 0, dateText, components(context, read, month, day), undefined, 'day')
  },
}

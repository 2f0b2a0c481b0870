/**
 * Taiwan's Minguo (ROC) years, Gregorian year = Minguo year + 1911: 中華民國113年1月20日 · 民國112年 ·
 * 112年度 · 112年5月 · 111年12月底. A bare three-digit year is read only before 年度 or a month: alone
 * (112年) it may count years. The text arrives folded, so 中華民國 reads as 中华民国.
 */
import type { Parser } from 'chrono-node'
import { readMinguoYear, readSmall } from '../numerals.js'
import { DAY, MINGUO_YEAR, MONTH } from '../patterns.js'
import { monthDayResult } from './chineseDate.js'
import { components, makeResult } from './shared.js'

const PATTERN = new RegExp(
  `${MINGUO_YEAR}(?:(度)|\\s{0,2}(${MONTH})\\s{0,2}月(?:份)?(?:\\s{0,2}(${DAY})\\s{0,2}[日号])?(初|底|末|上旬|中旬|下旬)?)?`,
)

/** Parses Minguo years with an optional month and day. */
export const minguoParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, eraNumber, bare, fiscal, monthText, dayText, edge] = match
    if (eraNumber === undefined && fiscal === undefined && monthText === undefined) return null
    const year = readMinguoYear(eraNumber ?? bare ?? '')
    if (Number.isNaN(year)) return null
    const read = { year, certain: true, relative: false }
    const index = match.index ?? 0
    if (monthText === undefined) return makeResult(context, index, text, components(context, read), undefined, 'year')
    const month = readSmall(monthText)
    if (!(month >= 1 && month <= 12)) return null
    return monthDayResult(context, index, text, read, month, dayText, edge)
  },
}

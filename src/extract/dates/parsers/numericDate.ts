/**
 * 2020.5.15 · 2020/5/15 · 2020-05-15 (one separator used twice). Chrono's ISO parser needs
 * two-digit months; decimals and phone numbers are kept out by the digit boundaries.
 */
import type { Parser } from 'chrono-node'
import { daysInMonth, plausibleYear } from '../numerals.js'
import { components, makeResult } from './shared.js'

const PATTERN = /(?<![\d.])(\d{4})\s{0,2}([./-])\s{0,2}(\d{1,2})\s{0,2}\2\s{0,2}(\d{1,2})(?![\d])(?!\.\d)/

/** Parses numeric year-month-day dates. */
export const numericDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const year = Number(match[1])
    const month = Number(match[3])
    const day = Number(match[4])
    if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
    const read = { year, certain: true, relative: false }
    return makeResult(context, match.index ?? 0, match[0], components(context, read, month, day), undefined, 'day')
  },
}

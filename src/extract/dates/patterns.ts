/**
 * Regex pieces shared by the date parsers and refiners, built once from the numeral sets.
 * Every repetition is bounded so no pattern can backtrack badly.
 */
import { CN_SMALL, CN_YEAR_DIGITS } from './numerals.js'

/** A month number: 1-12 in digits or Chinese (not 两, which reads as a count). */
export const MONTH = `(?:\\d{1,2}|[一二三四五六七八九十]{1,3})`
/** A day number: 1-31 in digits or Chinese (十五, 廿一). */
export const DAY = `(?:\\d{1,2}|[${CN_SMALL}]{1,3})`
/** A written year: four digits or four Chinese digits. */
export const YEAR = `(?:\\d{4}|[${CN_YEAR_DIGITS}]{4})`
/** A two-digit year (15年, 九零年, 零七年): only ever read before a month, a quarter or a half-year. */
export const SHORT_YEAR = `(?:\\d{2}|[${CN_YEAR_DIGITS}]{2})`
/**
 * A Minguo (ROC) year before 年: after the era name any number (中华民国113年, 民国一百一十二年, group
 * 1), else a bare three-digit year of this century (112, group 2), which only a caller that sees
 * 年度 or a month after it may read: 112年 alone may be a count (112年历史).
 */
export const MINGUO_YEAR = '(?:(?:中华民国|民国)\\s{0,2}(\\d{1,3}|[零〇一二三四五六七八九十百]{1,6})|(?<![\\d.])(1[0-3]\\d))\\s{0,2}年'
/** Year offsets of the words that count a year from the document year. */
export const RELATIVE_OFFSET: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 当年: 0, 这一年: 0, 去年: -1, 上年: -1, 上一年: -1, 明年: 1, 来年: 1, 下年: 1, 下一年: 1,
  新的一年: 1, 前年: -2, 后年: 2, 大前年: -3,
  // The year after the one in hand: after a date of another year the range refiner counts from that date.
  次年: 1, 翌年: 1,
}
/** A year counted from the document year (longest first). */
export const RELATIVE_YEAR = `(?:${Object.keys(RELATIVE_OFFSET).sort((a, b) => b.length - a.length).join('|')})`
/** Range separators between two dates (after folding, full-width dashes are ASCII). */
export const RANGE_SEP = '(?:起至|起到|至|到|~|-|—{1,2}|–|―|一一|－|〜|ー)'
/** Placeholder characters templates leave for a number (20xx, X月X日, __月). */
export const PLACEHOLDER = '[xX×*_]'
/** Parts of a day that may follow a date (5月15日上午, 昨晚). */
export const PART_OF_DAY = '(?:上午|下午|中午|晚上|早上|早晨|傍晚|凌晨|夜间|晚间|夜里|午后|清晨|白天|晚|早|夜)'

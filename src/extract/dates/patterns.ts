/**
 * Regex pieces shared by the date parsers and refiners, built once from the numeral sets.
 * Every repetition is bounded so no pattern can backtrack badly.
 */
import { CN_SMALL, CN_YEAR_DIGITS } from './numerals.js'

/** A month number: 1-12 in digits or Chinese (not 两, which reads as a count). */
export const MONTH = `(?:\\d{1,2}|[一二三四五六七八九十]{1,3})`
/** A day number: 1-31 in digits or Chinese. */
export const DAY = `(?:\\d{1,2}|[${CN_SMALL}]{1,3})`
/** A written year: four digits or four Chinese digits. */
export const YEAR = `(?:\\d{4}|[${CN_YEAR_DIGITS}]{4})`
/** A year counted from the document year. */
export const RELATIVE_YEAR = '(?:今年|去年|明年|前年|本年|当年)'
/** Range separators between two dates (after folding, full-width dashes are ASCII). */
export const RANGE_SEP = '(?:至|到|~|-|—{1,2}|–|―|一一)'
/** Year offsets of the relative year words. */
export const RELATIVE_OFFSET: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 当年: 0, 去年: -1, 明年: 1, 前年: -2,
}
/** Placeholder characters templates leave for a number (20xx, X月X日, __月). */
export const PLACEHOLDER = '[xX×*_]'

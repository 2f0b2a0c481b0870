/**
 * Numbers inside dates: day and month numbers in digits or Chinese (十五, 廿一, 三十一), written
 * years (2020, 二〇一八, 二o一八) and two-digit years (15年, 九零年), read with the shared numeral
 * tables of `src/text/numerals.ts`.
 */
import { DIGIT_VALUES, readChineseInteger } from '../../text/numerals.js'

export { daysInMonth } from './calendar.js'

/** Characters of a Chinese day or month number (一 … 三十一, 廿一, 卅). */
export const CN_SMALL = '一二两三四五六七八九十廿卅'
/** Characters of a digit-by-digit Chinese year (二〇一八, 二o一八). */
export const CN_YEAR_DIGITS = '零〇o○一二三四五六七八九'

const YEAR_DIGIT: Readonly<Record<string, number>> = { ...DIGIT_VALUES, o: 0, O: 0 }

/** Reads 1-31 written as digits or Chinese (十五, 二十一, 廿一, 三十); NaN when it is neither. */
export function readSmall(word: string): number {
  const text = word.replace(/\s+/g, '')
  if (/^\d{1,2}$/.test(text)) return Number(text)
  if (!/^[一二两三四五六七八九十廿卅]{1,3}$/.test(text)) return NaN
  return readChineseInteger(text) ?? NaN
}

function digits(word: string): number {
  let out = 0
  for (const ch of word) {
    const d = YEAR_DIGIT[ch]
    if (d === undefined) return NaN
    out = out * 10 + d
  }
  return out
}

/** Reads a year written as digits (2020) or Chinese digit by digit (二〇二〇); NaN otherwise. */
export function readYear(word: string): number {
  if (/^\d{4}$/.test(word)) return Number(word)
  return word.length === 4 ? digits(word) : NaN
}

/**
 * Reads a two-digit year (15, 九零, 零七) as the year of the century that puts it at most ten years
 * after `pivot` (the document or reference year; 2030 when neither is known): 15 → 2015, 98 → 1998.
 */
export function readShortYear(word: string, pivot: number | null): number {
  const yy = /^\d{2}$/.test(word) ? Number(word) : word.length === 2 ? digits(word) : NaN
  if (Number.isNaN(yy)) return NaN
  const limit = (pivot ?? 2020) + 10
  const century = Math.floor(limit / 100) * 100
  const year = century + yy
  return year > limit ? year - 100 : year
}

// Taiwan's Minguo (ROC) calendar counts from 1912: 民国112年 is 2023.
const MINGUO_OFFSET = 1911

/** Reads a Minguo year number (112, 一百一十二) as its Gregorian year; NaN when it is no number. */
export function readMinguoYear(word: string): number {
  const n = /^\d{1,3}$/.test(word) ? Number(word) : readChineseInteger(word)
  return n === undefined || !(n >= 1) ? NaN : n + MINGUO_OFFSET
}

/** True for years a work summary can plausibly be about (the document year). */
export function plausibleYear(year: number): boolean {
  return year >= 1950 && year <= 2099
}

/** True for written years a text may mention (a party history's 1922年, a plan's 2035年). */
export function mentionableYear(year: number): boolean {
  return year >= 1000 && year <= 2199
}

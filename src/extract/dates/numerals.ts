/**
 * Small numerals for dates: Arabic digits, Chinese day/month numbers (十五, 廿一) and
 * digit-by-digit years (二〇一八, 二o一八).
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, o: 0, O: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/** Characters of a Chinese day or month number (一 … 三十一). */
export const CN_SMALL = '一二两三四五六七八九十'
/** Characters of a digit-by-digit Chinese year (二〇一八, 二o一八). */
export const CN_YEAR_DIGITS = '零〇o○一二三四五六七八九'

/** Reads 1-31 written as digits or Chinese (十五, 二十一, 三十); NaN when it is neither. */
export function readSmall(word: string): number {
  const text = word.replace(/\s+/g, '')
  if (/^\d{1,2}$/.test(text)) return Number(text)
  const ten = text.indexOf('十')
  if (ten < 0) return text.length === 1 && text in DIGIT ? DIGIT[text]! : NaN
  const tens = ten === 0 ? 1 : (DIGIT[text.slice(0, ten)] ?? NaN)
  const rest = text.slice(ten + 1)
  const ones = rest === '' ? 0 : (DIGIT[rest] ?? NaN)
  return tens * 10 + ones
}

/** Reads a year written as digits (2020) or Chinese digit by digit (二〇二〇); NaN otherwise. */
export function readYear(word: string): number {
  if (/^\d{4}$/.test(word)) return Number(word)
  if (word.length !== 4) return NaN
  let out = 0
  for (const ch of word) {
    const d = DIGIT[ch]
    if (d === undefined) return NaN
    out = out * 10 + d
  }
  return out
}

/** True for years a work summary can plausibly be about. */
export function plausibleYear(year: number): boolean {
  return year >= 1950 && year <= 2099
}

/** Days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

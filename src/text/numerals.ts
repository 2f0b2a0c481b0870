/**
 * Chinese numerals → values, shared by the count and date extractors: everyday digits (三百二十),
 * financial digits (壹贰叁, 參佰萬), 廿/卅/卌, abbreviated tails (百二 = 120, 千一 = 1100, 万九 = 19000,
 * 三千五 = 3500), digit-by-digit runs (二〇一八), decimals (三点五, 零點五), fractions (二分之一) and
 * a leading 负. Text is read after `fold()`, so traditional forms already are simplified where the
 * fold table knows them (萬 → 万, 點 → 点, 參 → 参, 兩 → 两).
 */

/** Digit characters and their values (financial forms included). */
export const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 洞: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 参: 3, 仨: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
}
/** Place characters below 万. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
/** Section characters. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 }
/** Tens written as one character. */
const TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30, 卌: 40 }

/** Every character a Chinese integer may be written with (for building patterns). */
export const CN_INTEGER_CHARS = '零〇○一壹二贰貳两三叁参四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿廿卅卌'
/** The everyday subset (no financial forms, no 参): what running text uses. */
export const CN_PLAIN_CHARS = '零〇一二两三四五六七八九十百千万亿廿卅'

const FINANCIAL_PLACE = /[拾佰仟]/
const ZERO_DIGIT = /[零〇○洞]/
// 参 (as in 参加) is a digit only inside a financial numeral.
const NEEDS_FINANCIAL = /参/

/** Reads a run of digit characters digit by digit (二〇一八 → 2018); undefined otherwise. */
export function readDigitByDigit(word: string): number | undefined {
  if (!word) return undefined
  let out = 0
  for (const ch of word) {
    const d = DIGIT_VALUES[ch]
    if (d === undefined) return undefined
    out = out * 10 + d
  }
  return out
}

/** A digit closing a group: 百二 / 三千五 / 一万二 count it one place below the place just written. */
function abbreviated(digit: number | undefined, lastUnit: number, zeroSeen: boolean): number {
  if (digit === undefined) return 0
  return !zeroSeen && lastUnit >= 100 ? digit * (lastUnit / 10) : digit
}

/**
 * Reads a Chinese integer: 三百 → 300, 一千零三十 → 1030, 参万肆仟 → 34000, 廿三 → 23, 百二 → 120,
 * 一万二 → 12000, 二〇一八 → 2018. Undefined when the word is not one.
 */
export function readChineseInteger(word: string): number | undefined {
  if (!word) return undefined
  if (NEEDS_FINANCIAL.test(word) && !FINANCIAL_PLACE.test(word)) return undefined
  const byDigit = readDigitByDigit(word)
  // 三五 / 两三 name a rough range, not 35 or 23; a digit-by-digit number has a zero or is a year.
  if (byDigit !== undefined) return word.length === 1 || ZERO_DIGIT.test(word) || word.length >= 4 ? byDigit : undefined
  let total = 0 // completed 亿 groups
  let section = 0 // completed 万 group
  let current = 0 // below 万
  let digit: number | undefined
  let lastUnit = 0 // the place just written, for abbreviated tails (百二 → 120)
  let zeroSeen = false
  for (const ch of word) {
    const d = DIGIT_VALUES[ch]
    if (d !== undefined) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined // 三五 inside a place numeral
      if (d === 0) zeroSeen = true
      digit = d
      continue
    }
    const tens = TENS[ch]
    if (tens !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined
      current += tens
      lastUnit = 10
      zeroSeen = false
      continue
    }
    const small = SMALL_UNITS[ch]
    if (small !== undefined) {
      // A bare 十 means 一十.
      current += (digit ?? 1) * small
      digit = undefined
      lastUnit = small
      zeroSeen = false
      continue
    }
    const big = BIG_UNITS[ch]
    if (big === undefined) return undefined
    const group = current + abbreviated(digit, lastUnit, zeroSeen)
    if (big === 100_000_000) {
      total = (total + section + (group || (section ? 0 : 1))) * big
      section = 0
    } else {
      section = (section + (group || 1)) * big
    }
    current = 0
    digit = undefined
    lastUnit = big
    zeroSeen = false
  }
  return total + section + current + abbreviated(digit, lastUnit, zeroSeen)
}

const DECIMAL_POINT = /[点點]/
const FRACTION = /^(.+)分之(.+)$/
const NEGATIVE = /^(?:负|負|-|−)\s*/

function readPart(word: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word)
  return readChineseInteger(word)
}

/**
 * Reads any Chinese number: an integer, a decimal (三点五 → 3.5, 零点77 → 0.77), a fraction
 * (二分之一 → 0.5) with an optional leading 负. Undefined when the word is not a number.
 */
export function readChineseNumber(word: string): number | undefined {
  const negative = NEGATIVE.exec(word)
  const body = negative ? word.slice(negative[0].length) : word
  const sign = negative ? -1 : 1
  const fraction = FRACTION.exec(body)
  if (fraction) {
    const denominator = readPart(fraction[1]!)
    const numerator = readPart(fraction[2]!)
    if (denominator === undefined || numerator === undefined || denominator === 0) return undefined
    return sign * Math.round((numerator / denominator) * 10_000) / 10_000
  }
  const point = DECIMAL_POINT.exec(body)
  if (point) {
    const whole = readPart(body.slice(0, point.index))
    const fracText = body.slice(point.index + 1)
    const frac = /^\d+$/.test(fracText) ? fracText : [...fracText].map((ch) => DIGIT_VALUES[ch] ?? 'x').join('')
    if (whole === undefined || !/^\d+$/.test(frac)) return undefined
    return sign * Number(`${whole}.${frac}`)
  }
  const value = readChineseInteger(body)
  return value === undefined ? undefined : sign * value
}

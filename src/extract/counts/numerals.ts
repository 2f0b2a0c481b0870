/**
 * Number words → values for counts: Arabic with separators, decimals and scale (412,930 · 1.2万 ·
 * 82,225.00 · 1.32亿) and Chinese numerals through the shared reader (`src/text/numerals.ts`:
 * 三百 · 壹佰 · 廿三 · 百二 · 三点五 · 二分之一 · 负一百二十万). Fuzzy digits (几十, 数百, 十几) read as
 * their round value; the caller marks them `about` or `over`.
 */
import { readChineseNumber } from '../../text/numerals.js'

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 }
const FUZZY_LEADS = new Set(['几', '数'])

/** Characters a Chinese numeral is made of (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿'

/** Reads a Chinese numeral (三百 → 300, 一千零三十 → 1030, 几十 → 10, 十几 → 10); undefined when it is not one. */
export function parseChineseNumber(word: string): number | undefined {
  if (!word) return undefined
  // 几十 / 数百 read as 一十 / 一百; 十几 / 二十几 as 十 / 二十.
  const text = FUZZY_LEADS.has(word[0]!) && word.length > 1 ? '一' + word.slice(1) : word.replace(/几$/, '')
  return text ? readChineseNumber(text) : undefined
}

/** True when the numeral has a fuzzy digit (几十, 数百, 十几): the value is approximate. */
export function isFuzzyNumeral(word: string): boolean {
  return word.length > 1 && (FUZZY_LEADS.has(word[0]!) || word.endsWith('几'))
}

/** True when the fuzzy digit comes last (十几 = ten and more). */
export function isFuzzyTail(word: string): boolean {
  return word.length > 1 && word.endsWith('几')
}

const PLAIN_ARABIC = /^-?\d+(?:\.\d+)?$/
const ARABIC_WITH_SCALE = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)([十百千万亿]{0,3})$/

/** Reads an Arabic number with optional thousands separators and a trailing 十/百/千/万/亿 scale. */
export function parseArabicNumber(digits: string, scale = ''): number | undefined {
  const plain = digits.replace(/,/g, '')
  if (!PLAIN_ARABIC.test(plain)) return undefined
  let value = Number(plain)
  for (const ch of scale) {
    const factor = SMALL_UNITS[ch] ?? BIG_UNITS[ch]
    if (factor === undefined) return undefined
    value *= factor
  }
  // Decimal scaling (1.32 × 1e8) leaves float noise; counts are whole at their scale.
  return scale ? Math.round(value * 1000) / 1000 : value
}

/** Reads any number word the count matcher produces (Arabic, Chinese, or Arabic + Chinese scale). */
export function parseNumber(word: string): number | undefined {
  const arabic = ARABIC_WITH_SCALE.exec(word)
  if (arabic) return parseArabicNumber(arabic[1]!, arabic[2]!)
  return parseChineseNumber(word)
}

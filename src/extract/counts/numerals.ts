/**
 * Number words → values: Arabic with separators and scale (412,930 · 1.2万 · 1.32亿) and
 * Chinese numerals (三百 · 一千零三十 · 两万 · 十 · 二〇一八). Fuzzy leads (几十, 数百) read as
 * their round value; the caller marks them `about`.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, o: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 }
const FUZZY_LEADS = new Set(['几', '数'])

/** Characters a Chinese numeral is made of (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿'

/** Reads a Chinese numeral (三百 → 300, 一千零三十 → 1030, 二〇一八 → 2018); undefined when it is not one. */
export function parseChineseNumber(word: string): number | undefined {
  if (!word) return undefined
  let text = word
  if (FUZZY_LEADS.has(text[0]!)) text = '一' + text.slice(1)
  if (!text) return undefined
  // Digit-by-digit reading (二〇一八): no place-value characters at all.
  if ([...text].every((ch) => ch in DIGITS)) {
    if (text.length === 1) return DIGITS[text]
    return Number([...text].map((ch) => DIGITS[ch]).join(''))
  }
  let total = 0 // completed 亿 groups
  let section = 0 // completed 万 group
  let current = 0 // below 万
  let digit: number | undefined
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]
    } else if (ch in SMALL_UNITS) {
      // A bare 十 means 一十.
      current += (digit ?? 1) * SMALL_UNITS[ch]!
      digit = undefined
    } else if (ch in BIG_UNITS) {
      const group = current + (digit ?? 0)
      const big = BIG_UNITS[ch]!
      if (big === 100_000_000) {
        total = (total + section + (group || (section ? 0 : 1))) * big
        section = 0
      } else {
        section = (section + (group || 1)) * big
      }
      current = 0
      digit = undefined
    } else {
      return undefined
    }
  }
  return total + section + current + (digit ?? 0)
}

/** True when the numeral starts with a fuzzy lead (几十, 数百): the value is approximate. */
export function isFuzzyNumeral(word: string): boolean {
  return word.length > 1 && FUZZY_LEADS.has(word[0]!)
}

const PLAIN_ARABIC = /^\d+(?:\.\d+)?$/
const ARABIC_WITH_SCALE = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([十百千万亿]{0,3})$/

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

/**
 * Lunar dates, converted to the Gregorian calendar with Node's ICU Chinese calendar: 农历八月廿三 ·
 * 正月初十 · 腊月二十三 · 五月廿二 · 大年三十 · 大年初一 · 农历2020年十二月廿九 · 正月 (the whole lunar
 * month). Without 农历, only forms no Gregorian date takes are lunar (正月, 腊月, 冬月, 初一, 廿二).
 * A lunar year begins in the Gregorian year it is numbered by; 腊月 written without a year is the
 * one that ends in the document year (January or February).
 */
import type { Parser } from 'chrono-node'
import { readChineseInteger } from '../../../text/numerals.js'
import { addDays, fromLunar, lunarMonthLength } from '../calendar.js'
import { RELATIVE_YEAR, YEAR } from '../patterns.js'
import { components, makeResult, readYearGroup, type YearRead } from './shared.js'

const NAMED_MONTH: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12 }
const LUNAR_DAY = '(初[一二三四五六七八九十]|初\\d|廿[一二三四五六七八九]?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|\\d{1,2})'
const PATTERN = new RegExp(
  `(农历|阴历|旧历)?(?:(${YEAR})\\s{0,2}年|(${RELATIVE_YEAR}))?\\s{0,2}` +
    `(?:(正|冬|腊|十[一二]|[一二三四五六七八九十]|\\d{1,2})月\\s{0,2}(?:${LUNAR_DAY}(?:日|号)?)?|大年(三十|初[一二三四五六七八九十]))`,
)

// 五月三十人: the number after the month counts something.
const UNIT_AFTER = /^[人个名次家户项位场件份元万]/

function lunarDay(word: string): number {
  if (word.startsWith('初')) return /^初\d$/.test(word) ? Number(word.slice(1)) : (readChineseInteger(word.slice(1)) ?? NaN)
  if (/^\d+$/.test(word)) return Number(word)
  return readChineseInteger(word) ?? NaN
}

function lunarMonth(word: string): number {
  return NAMED_MONTH[word] ?? (/^\d+$/.test(word) ? Number(word) : (readChineseInteger(word) ?? NaN))
}

/** Parses lunar dates and lunar months. */
export const lunarParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, marker, written, relative, monthWord, dayWord, newYear] = match
    const index = match.index ?? 0
    const month = newYear ? (newYear === '三十' ? 12 : 1) : lunarMonth(monthWord ?? '')
    const dayText = newYear ?? dayWord
    // Without 农历, only a lunar month name or a lunar day word (初十, 廿二) makes a date lunar.
    // 十一月廿六日 with 日 is a Gregorian date written the old way; 五月廿二 alone is lunar.
    const dayMarked = /[日号]$/.test(text)
    // 八月十五 / 正月十五: a day in words with no 日 after a month in words is how lunar dates are written.
    const wordsOnly = monthWord !== undefined && dayText !== undefined && !/\d/.test(monthWord + dayText) && !UNIT_AFTER.test(context.text.slice((match.index ?? 0) + text.length))
    const lunarOnly =
      newYear !== undefined || (monthWord !== undefined && monthWord in NAMED_MONTH) || ((/^[初廿]/.test(dayText ?? '') || wordsOnly) && !dayMarked)
    if (!marker && !lunarOnly) return null
    if (!(month >= 1 && month <= 12)) return null
    const read = readYearGroup(context, written, relative)
    if (!read) return null
    // 腊月 / 大年三十 with no year written: the one at the start of the document year.
    const lunarYear = !written && month === 12 ? read.year - 1 : read.year
    const at = (d: number, r: YearRead) => {
      const day = fromLunar(lunarYear, month, d)
      return day ? components(context, { ...r, year: day.year }, day.month, day.day) : null
    }
    if (dayText === undefined) {
      // A lunar month alone: its first to last day.
      const first = at(1, read)
      const last = at(lunarMonthLength(lunarYear, month), read)
      return first && last ? makeResult(context, index, text, first, last, 'day', 'period') : null
    }
    const day = newYear === '三十' ? lunarMonthLength(lunarYear, 12) : lunarDay(dayText)
    if (!(day >= 1 && day <= 30)) return null
    const start = at(day, read)
    if (!start) {
      // 大年三十 in a year whose last month has 29 days is New Year's Eve all the same.
      const eve = newYear === '三十' ? fromLunar(lunarYear + 1, 1, 1) : null
      if (!eve) return null
      const d = addDays(eve, -1)
      return makeResult(context, index, text, components(context, { ...read, year: d.year }, d.month, d.day), undefined, 'day')
    }
    return makeResult(context, index, text, start, undefined, 'day')
  },
}

/**
 * Holidays (lexicon `HOLIDAYS`): 元旦 · 国庆节 · 教师节 · “三八”妇女节 · 中秋 · 2019年国庆期间 ·
 * 春节 (the statutory break, 除夕 to 初六) · 五一假期 · 重阳节来临之际 · 世界读书日 · 安全生产月期间.
 * A name alone is its day; with 期间/假期/长假 it is the statutory break where there is one. Names
 * that are everyday numbers too (三八, 五一, 十一) count only in quotes or before a time word. Lunar
 * holidays come from the ICU Chinese calendar (`calendar.ts`).
 */
import type { Parser, ParsingResult } from 'chrono-node'
import { BREAK_WORDS, HOLIDAY_BACK_REFERENCES, HOLIDAY_BOUNDARY_WORDS, HOLIDAY_EVENT_NOUNS, HOLIDAY_TIME_WORDS, HOLIDAYS, type Holiday } from '../../../lexicon/holidays.js'
import { wordAlternation } from '../../../text/pattern.js'
import { addDays, daysInMonth, fromLunar, qingming, weekdayOf, type Day } from '../calendar.js'
import { setFlag } from '../meta.js'
import { RELATIVE_YEAR, SHORT_YEAR, YEAR } from '../patterns.js'
import { components, makeResult, readYearGroup } from './shared.js'

const PATTERN = new RegExp(
  `(?:(${YEAR})\\s{0,2}年\\s{0,2}(?:的)?|(${RELATIVE_YEAR})\\s{0,2}(?:的)?|(?<![\\d〇零一二三四五六七八九十])(${SHORT_YEAR})年)?` +
    `(["“「]?)(${wordAlternation(Object.keys(HOLIDAYS))})(["”」]?)` +
    `(国际劳动妇女节|国际劳动节|妇女节|劳动节|青年节|儿童节|建党节|建军节|节)?` +
    `\\s{0,2}(${wordAlternation(HOLIDAY_TIME_WORDS)})?`,
)
const EVENT_AFTER = new RegExp(`^(?:${wordAlternation(HOLIDAY_EVENT_NOUNS)})`)
const BOUNDARY_AFTER = new RegExp(`^(?:${wordAlternation(HOLIDAY_BOUNDARY_WORDS)})`)

function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  const first = { year, month, day: 1 }
  const firstMatch = addDays(first, (weekday - weekdayOf(first) + 7) % 7)
  return addDays(firstMatch, (n - 1) * 7)
}

/** The first day of a holiday in `year` (a lunar year for lunar holidays), or null. */
function dayOf(holiday: Holiday, year: number): Day | null {
  const d = holiday.date
  if ('solar' in d) return { year, month: d.solar[0], day: d.solar[1] }
  if ('lunar' in d) return fromLunar(year, d.lunar[0], d.lunar[1])
  if ('lunarEve' in d) {
    const newYear = fromLunar(year, 1, 1)
    return newYear ? addDays(newYear, -1) : null
  }
  if ('qingming' in d) return qingming(year)
  if ('nth' in d) return nthWeekday(year, d.nth[0], d.nth[1], d.nth[2])
  if ('term' in d) {
    // The usual 21st-century formula: ⌊Y·0.2422 + C⌋ − ⌊L/4⌋, L = Y − 1 for January and February terms.
    const y = year % 100
    const leap = d.term[0] <= 2 ? Math.floor((y - 1) / 4) : Math.floor(y / 4)
    return { year, month: d.term[0], day: Math.floor(y * 0.2422 + d.term[1]) - leap }
  }
  return { year, month: d.month, day: 1 }
}

function holidayResult(result: ParsingResult): ParsingResult {
  setFlag(result.start, 'holiday')
  return result
}

/** Parses holidays into their day, their statutory break or their month. */
export const holidayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [whole, written, relative, short, open, name, close, suffix, word] = match
    const holiday = HOLIDAYS[name ?? '']
    if (!holiday) return null
    // A name alone in quotes (“世界读书日”活动) names a campaign; 三八 / 五一 / 十一 are holidays only
    // in quotes, with 节 or before a time word, and numbers otherwise.
    const quoted = Boolean(open && close)
    if (!word && !suffix && (quoted || holiday.guarded)) return null
    // 重阳节敬老活动 / 中秋茶话会 / 安全生产月活动: the name of an event, not its time; 春节后 /
    // 国庆前: one end of an open period, not a date.
    const rest = context.text.slice((match.index ?? 0) + whole.length)
    if (!word && (EVENT_AFTER.test(rest) || BOUNDARY_AFTER.test(rest) || 'month' in holiday.date)) return null
    const read = readYearGroup(context, written, relative, short)
    if (!read) return null
    const first = dayOf(holiday, read.year)
    if (!first) return null
    // A quote that is not closed around the name belongs to a quoted phrase, not to the date.
    const skip = open && !close && !written && !relative && !short ? open.length : 0
    const index = (match.index ?? 0) + skip
    const text = close && !open ? whole.slice(0, whole.indexOf(close, (written ?? relative ?? short ?? '').length)) : whole.slice(skip)
    const start = components(context, { ...read, year: first.year }, first.month, 'month' in holiday.date ? undefined : first.day)
    if ('month' in holiday.date) {
      const end = components(context, read, first.month, daysInMonth(first.year, first.month))
      return makeResult(context, index, text, start, end, 'month', 'period')
    }
    const asBreak = holiday.breakDays !== undefined && ((word !== undefined && BREAK_WORDS.has(word)) || (holiday.nameIsBreak && !word))
    if (!asBreak) return holidayResult(makeResult(context, index, text, start, undefined, 'day'))
    const from = addDays(first, holiday.breakFrom ?? 0)
    const last = addDays(from, (holiday.breakDays ?? 1) - 1)
    const breakStart = components(context, { ...read, year: from.year }, from.month, from.day)
    const end = components(context, { ...read, year: last.year }, last.month, last.day)
    return holidayResult(makeResult(context, index, text, breakStart, end, 'day', 'range'))
  },
}

const BACK_REFERENCE = new RegExp(`(?:${wordAlternation(HOLIDAY_BACK_REFERENCES)})`)

/**
 * 长假期间 · 节日期间 · 放假期间: the break of the holiday named last, which only the whole text
 * shows; parsed unresolved here and given that holiday's days by `resolveHolidaySpans`.
 */
export const holidayReferenceParser: Parser = {
  pattern: () => BACK_REFERENCE,
  extract(context, match) {
    const start = components(context, { year: readYearGroup(context)?.year ?? 2000, certain: false, relative: false })
    const result = makeResult(context, match.index ?? 0, match[0], start, undefined, 'day', 'range')
    setFlag(result.start, 'unresolved')
    setFlag(result.start, 'holidayReference')
    return result
  },
}

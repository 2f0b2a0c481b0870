/**
 * Holidays used as times: 国庆期间 · 春节前后 · 元旦前夕 · 清明节当天 · 五一期间 · 端午节之际 ·
 * 中秋来临之际 · 重阳节当天. A bare holiday name (重阳节敬老活动) names an event, not a time,
 * so a time word after it is required. Lunar dates come from the ICU Chinese calendar.
 */
import type { Parser } from 'chrono-node'
import { RELATIVE_YEAR, YEAR } from '../patterns.js'
import { components, makeResult, readYearGroup } from './shared.js'

interface Holiday {
  /** Gregorian [month, day] or a lunar date, or qingming (a solar term). */
  date: { solar: [number, number] } | { lunar: [number, number] } | { qingming: true }
  /** Length of the statutory break for 期间/假期 (days). */
  days: number
}

const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  元旦: { date: { solar: [1, 1] }, days: 1 },
  春节: { date: { lunar: [1, 1] }, days: 7 },
  清明: { date: { qingming: true }, days: 1 },
  五一: { date: { solar: [5, 1] }, days: 5 },
  劳动节: { date: { solar: [5, 1] }, days: 5 },
  端午: { date: { lunar: [5, 5] }, days: 1 },
  中秋: { date: { lunar: [8, 15] }, days: 1 },
  国庆: { date: { solar: [10, 1] }, days: 7 },
  重阳: { date: { lunar: [9, 9] }, days: 1 },
}
const PERIOD_WORDS = new Set(['期间', '假期', '长假', '节日期间', '节期间'])

const NAMES = '(元旦|春节|清明|五一|劳动节|端午|中秋|国庆|重阳)(?:节|国际劳动节|劳动节)?'
// A time word after the name, or a time preposition before it (于重阳节, 正值中秋).
const PATTERN = new RegExp(
  `(?:(${YEAR})\\s{0,2}年\\s{0,2}|(${RELATIVE_YEAR})\\s{0,2}|(于|在|值此|正值|恰逢|适逢|时值))?${NAMES}` +
    '(节日期间|节期间|期间|前后|前夕|当天|当日|之际|来临之际|来临|假期|长假|小长假)?',
)

const LUNAR = new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' })
const lunarCache = new Map<string, [number, number] | undefined>()

/** The Gregorian month/day in `year` of a lunar month/day (leap months skipped). */
function fromLunar(year: number, month: number, day: number): [number, number] | undefined {
  const key = `${year}-${month}-${day}`
  if (lunarCache.has(key)) return lunarCache.get(key)
  let found: [number, number] | undefined
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const parts = LUNAR.formatToParts(new Date(t))
    const m = parts.find((p) => p.type === 'month')?.value
    const d = parts.find((p) => p.type === 'day')?.value
    if (m === String(month) && d === String(day)) {
      const date = new Date(t)
      found = [date.getUTCMonth() + 1, date.getUTCDate()]
      break
    }
  }
  lunarCache.set(key, found)
  return found
}

/** Qingming (a solar term) by the usual 21st-century formula: 4 or 5 April. */
function qingming(year: number): [number, number] {
  const y = year % 100
  return [4, Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4)]
}

function dateOf(holiday: Holiday, year: number): [number, number] | undefined {
  if ('solar' in holiday.date) return holiday.date.solar
  if ('lunar' in holiday.date) return fromLunar(year, holiday.date.lunar[0], holiday.date.lunar[1])
  return qingming(year)
}

/** Parses holidays followed by a time word into that year's statutory date or break. */
export const holidayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [whole, written, relative, preposition, name, word] = match
    if (!word && !preposition && !written && !relative) return null
    const holiday = HOLIDAYS[name ?? '']
    const read = readYearGroup(context, written, relative)
    if (!holiday || !read) return null
    const date = dateOf(holiday, read.year)
    if (!date) return null
    const skip = preposition?.length ?? 0
    const index = (match.index ?? 0) + skip
    const text = whole.slice(skip)
    const start = components(context, read, date[0], date[1])
    if (!PERIOD_WORDS.has(word ?? '') || holiday.days === 1) return makeResult(context, index, text, start, undefined, 'day')
    const last = new Date(Date.UTC(read.year, date[0] - 1, date[1] + holiday.days - 1))
    const end = components(context, { ...read, year: last.getUTCFullYear() }, last.getUTCMonth() + 1, last.getUTCDate())
    return makeResult(context, index, text, start, end, 'day', 'range')
  },
}

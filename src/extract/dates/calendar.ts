/**
 * Calendar arithmetic on wall-clock dates (no time zone: every sum runs in UTC fields) and the
 * lunar calendar through Node's ICU Chinese calendar (`Intl`, no extra dependency).
 */
import type { Wall } from './reference.js'

/** A calendar day (month 1-12). */
export interface Day {
  year: number
  month: number
  day: number
}

const DAY_MS = 86_400_000

/** Days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** The day `n` days after (or before, n < 0) the given day. */
export function addDays(day: Day, n: number): Day {
  return fromUtc(new Date(Date.UTC(day.year, day.month - 1, day.day) + n * DAY_MS))
}

/** The month `n` months after the given one (day kept, clipped to the month's length). */
export function addMonths(day: Day, n: number): Day {
  const index = day.year * 12 + (day.month - 1) + n
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) }
}

/** Day of the week, Monday = 1 … Sunday = 7 (the Chinese week starts on Monday). */
export function weekdayOf(day: Day): number {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
  return d === 0 ? 7 : d
}

/** The Monday of the week the day is in. */
export function mondayOf(day: Day): Day {
  return addDays(day, 1 - weekdayOf(day))
}

/** The wall-clock moment `minutes` minutes after `wall` (negative: before). */
export function addMinutes(wall: Wall, minutes: number): Wall {
  const t = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) + minutes * 60_000)
  return { ...fromUtc(t), hour: t.getUTCHours(), minute: t.getUTCMinutes(), second: t.getUTCSeconds() }
}

const LUNAR = new Intl.DateTimeFormat('en-u-ca-chinese', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })
const lunarCache = new Map<string, Day | null>()

interface LunarParts {
  /** The Gregorian year in which the lunar year begins. */
  relatedYear: number
  month: number
  leap: boolean
  day: number
}

function lunarParts(t: number): LunarParts {
  const parts = LUNAR.formatToParts(new Date(t))
  const value = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const month = value('month')
  return {
    relatedYear: Number(value('relatedYear') || value('year')),
    month: Number.parseInt(month, 10),
    leap: /bis/i.test(month),
    day: Number(value('day')),
  }
}

/**
 * The Gregorian day of a lunar date: month 1-12 (leap months skipped) and day 1-30 of the lunar year
 * that begins in Gregorian `year` (正月 of 2017 is January/February 2017; 腊月 of that lunar year falls
 * in early 2018). Null when the lunar month is shorter than `day` (三十 of a 29-day month).
 */
export function fromLunar(year: number, month: number, day: number): Day | null {
  const key = `${year}-${month}-${day}`
  const cached = lunarCache.get(key)
  if (cached !== undefined) return cached
  let found: Day | null = null
  // The lunar year starts between 21 January and 20 February; its month M starts about 29.5 × (M − 1) days later.
  const guess = Date.UTC(year, 0, 21) + Math.floor((month - 1) * 29.53 + (day - 1)) * DAY_MS
  for (let offset = -5; offset <= 40 && !found; offset++) {
    const t = guess + offset * DAY_MS
    const p = lunarParts(t)
    if (p.relatedYear === year && p.month === month && !p.leap && p.day === day) found = fromUtc(new Date(t))
  }
  lunarCache.set(key, found)
  return found
}

/** The last day (29 or 30) of a lunar month of the lunar year beginning in Gregorian `year`. */
export function lunarMonthLength(year: number, month: number): number {
  return fromLunar(year, month, 30) ? 30 : 29
}

/** Qingming (a solar term) by the usual 21st-century formula: 4 or 5 April. */
export function qingming(year: number): Day {
  const y = year % 100
  return { year, month: 4, day: Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4) }
}

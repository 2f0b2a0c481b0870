/**
 * Weeks and weekdays counted from the reference week (Monday to Sunday): 本周 · 这一周 · 上周三 ·
 * 下个星期一 · 上上周五 · 这周末 · 本周三 (this week's) · 周三 / 星期天 alone (the next one after the
 * reference day, as Duckling, chrono and JioNLP all read it). Without a full reference they carry no start.
 * A weekday right after a date (3月2日(星期五)) is the weekday refiner's, and 每周一 the cues refiner's.
 */
import type { Parser } from 'chrono-node'
import { addDays, mondayOf, weekdayOf } from '../calendar.js'
import { relativeResult } from './shared.js'

const WEEK_OFFSET: Readonly<Record<string, number>> = {
  本: 0, 这: 0, 这个: 0, 这一: 0, 今个: 0, 本个: 0, 上一: -1, 下一: 1, 上: -1, 上个: -1, 上一个: -1, 下: 1, 下个: 1, 下一个: 1, 上上: -2, 上上个: -2, 下下: 2, 下下个: 2,
}
const WEEKDAY: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 6 }
const PREFIX = `(${Object.keys(WEEK_OFFSET).sort((a, b) => b.length - a.length).join('|')})`
const PATTERN = new RegExp(
  `(?<![\\d一二三四五六七八九十每第两几])${PREFIX}?(周|星期|礼拜)(?:星期|周|礼拜)?([一二三四五六日天末])?(?![年次个期边报刊岁])`,
)

/** Parses weeks and weekdays relative to the reference week. */
export const relativeWeekParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, prefix, word, day] = match
    if (!prefix && !day) return null
    // 星期 / 礼拜 need a weekday or a prefix; a bare 周 with no weekday is a count (两周).
    if (!day && word === '周' && !prefix) return null
    const weeks = prefix ? (WEEK_OFFSET[prefix] ?? 0) : 0
    const index = match.index ?? 0
    return relativeResult(context, index, text, 'day', (now) => {
      const monday = addDays(mondayOf(now), weeks * 7)
      if (!day) return { start: monday, end: addDays(monday, 6), grain: 'day', kind: 'period' }
      const weekday = WEEKDAY[day] ?? 1
      // A weekday alone is the next one to come; with 本/这/上/下 it is that week's.
      const ahead = (weekday - weekdayOf(now) + 7) % 7 || 7
      const date = prefix || day === '末' ? addDays(monday, weekday - 1) : addDays(now, ahead)
      // 周末 is Saturday and Sunday.
      return day === '末' ? { start: date, end: addDays(date, 1), grain: 'day', kind: 'period' } : { start: date, grain: 'day' }
    })
  },
}

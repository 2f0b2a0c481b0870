/**
 * Days and moments counted from the reference instant: 今天 · 昨天 · 明日 · 前天 · 大后天 · 今晚 ·
 * 昨夜 · 3天前 · 两天后 · 5个小时后 · 30分钟前 · 半小时后 · 一刻钟后 · 过去两天 · 未来三天. Without a
 * full reference they carry no start (see `relativeResult`). The vague 日前 / 近日 name no day one
 * could give and are not reported.
 */
import type { Parser } from 'chrono-node'
import { readChineseInteger } from '../../../text/numerals.js'
import { addDays, addMinutes } from '../calendar.js'
import { relativeResult } from './shared.js'

/** Day offsets of the words that name a day by its distance from today. */
export const DAY_OFFSET: Readonly<Record<string, number>> = {
  大前天: -3, 大后天: 3, 今天: 0, 今日: 0, 本日: 0, 昨天: -1, 昨日: -1, 明天: 1, 明日: 1, 前天: -2, 前日: -2, 后天: 2, 后日: 2,
  大前日: -3, 大后日: 3, 今: 0, 昨: -1, 明: 1, 前: -2, 后: 2, 大前: -3, 大后: 3,
  // Cantonese: 聽日 / 聽晚 tomorrow, 尋日 / 琴日 yesterday.
  听日: 1, 听: 1, 尋日: -1, 寻日: -1, 琴日: -1,
}
const NUMBER = '(\\d{1,3}|[零一二两三四五六七八九十百几数]{1,4}|半)'
const DAY_WORD = '(大前天|大后天|大前日|大后日|今天|今日|本日|昨天|昨日|明天|明日|前天|前日|后天|后日|听日|尋日|寻日|琴日)'
// 今晚 / 昨夜 / 明早: the one-character day with a part of the day.
const SHORT_DAY = '(大前|大后|今|昨|明|听)(晚上|晚|早上|早|晨|夜里|夜晚|夜|朝)'
const UNIT = '(天|个?(?:星期|礼拜)|周|个?小时|个?钟头|分钟|刻钟|秒钟|秒)'
const DIRECTION = '(以前|之前|前|以后|之后|后)'
const SPAN = '(过去|最近|近|未来|接下来|今后)'
const PATTERN = new RegExp(
  `(?<![\\d一二三四五六七八九十])(?:${DAY_WORD}|${SHORT_DAY}` +
    `|${NUMBER}${UNIT}${DIRECTION}|${SPAN}${NUMBER}(天|周|个?星期))`,
)

const MINUTES: Readonly<Record<string, number>> = { 小时: 60, 钟头: 60, 分钟: 1, 刻钟: 15, 秒钟: 1 / 60, 秒: 1 / 60 }

function count(word: string): number {
  if (word === '半') return 0.5
  if (/^\d+$/.test(word)) return Number(word)
  return readChineseInteger(word) ?? NaN
}

/** Parses days and moments named relative to today. */
export const relativeDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, dayWord, shortDay, , amount, unit, direction, span, spanAmount, spanUnit] = match
    const index = match.index ?? 0
    const word = dayWord ?? shortDay
    if (word) {
      const offset = DAY_OFFSET[word] ?? 0
      return relativeResult(context, index, text, 'day', (now) => ({ start: addDays(now, offset), grain: 'day' }))
    }
    if (amount && unit && direction) {
      const n = count(amount)
      const sign = direction.endsWith('前') ? -1 : 1
      const bare = unit.replace(/^个/, '')
      if (Number.isNaN(n)) return relativeResult(context, index, text, 'day', () => null)
      const minutes = MINUTES[bare]
      if (minutes !== undefined) {
        return relativeResult(context, index, text, 'time', (now) => ({ start: addMinutes(now, sign * n * minutes), grain: 'time' }))
      }
      if (!Number.isInteger(n)) return null
      const days = bare === '天' ? n : n * 7
      return relativeResult(context, index, text, 'day', (now) => ({ start: addDays(now, sign * days), grain: 'day' }))
    }
    if (span && spanAmount && spanUnit) {
      const n = count(spanAmount)
      if (!Number.isInteger(n) || n < 1) return null
      const days = spanUnit === '天' ? n : n * 7
      const past = span !== '未来' && span !== '接下来' && span !== '今后'
      // 过去两天 are the two days before today; 未来三天 the three after it.
      return relativeResult(context, index, text, 'day', (now) =>
        past
          ? { start: addDays(now, -days), end: addDays(now, -1), grain: 'day', kind: 'period' }
          : { start: addDays(now, 1), end: addDays(now, days), grain: 'day', kind: 'period' },
      )
    }
    return null
  },
}

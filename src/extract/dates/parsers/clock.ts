/**
 * Clock times: 下午3点 · 14时30分 · 8点半 · 20时1刻 · 18时三刻 · 9:30 · 上午9时至11时 ·
 * 下午1点10分到3点 (the end keeps the afternoon) · 晚上8点到上午10点. A time alone has no day: the
 * date+time refiner joins it to the date before it, and the noise refiner drops bare hours (三点建议).
 */
import type { ParsingComponents, ParsingContext, Parser } from 'chrono-node'
import { readChineseInteger } from '../../../text/numerals.js'
import { documentYear, makeResult } from './shared.js'

const PART = '(上午|下午|中午|晚上|早上|早晨|清晨|傍晚|凌晨|夜间|晚间|夜里|午后|白天|朝早|晏昼|下昼|晚|早|夜)'
const HOUR = '(\\d{1,2}|[零一二两三四五六七八九十]{1,3})'
const MINUTE = '(\\d{1,2}|[零一二三四五六七八九十]{1,3})'
// 8点30分 · 8点半 · 8点整 · 20时1刻 · 18时三刻 · 8点30 · 9:30 · 9:30:15
const CLOCK =
  `${HOUR}\\s{0,2}(?:[点时](?:\\s{0,2}(?:(半|整|正)|([一二三1-3])\\s{0,1}刻|${MINUTE}\\s{0,2}分?(?:\\s{0,2}(\\d{1,2})\\s{0,2}秒)?))?(?:钟)?` +
  `|:\\s{0,1}(\\d{2})(?::(\\d{2}))?)`
const SEP = '\\s{0,2}(?:至|到|-|~|—{1,2}|–|〜)\\s{0,2}'
const PATTERN = new RegExp(`(?<![\\d.])(?<!\\d:)(?:(?<![今昨明])${PART}\\s{0,2})?${CLOCK}(?:${SEP}(?:${PART}\\s{0,2})?${CLOCK})?(?![\\d:])`)

const AFTERNOON = new Set(['下午', '晚上', '傍晚', '夜间', '晚间', '夜里', '午后', '下昼', '晚', '夜'])

interface Clock {
  hour: number
  minute: number
  second: number
}

function num(word: string | undefined): number {
  if (word === undefined) return 0
  return /^\d+$/.test(word) ? Number(word) : (readChineseInteger(word) ?? NaN)
}

function readClock(groups: (string | undefined)[]): Clock | null {
  const [hourText, halfWord, quarters, minuteText, secondText, colonMinute, colonSecond] = groups
  if (hourText === undefined) return null
  const hour = num(hourText)
  let minute = 0
  if (halfWord === '半') minute = 30
  else if (quarters) minute = num(quarters) * 15
  else if (minuteText !== undefined) minute = num(minuteText)
  else if (colonMinute !== undefined) minute = Number(colonMinute)
  const second = secondText !== undefined ? Number(secondText) : colonSecond !== undefined ? Number(colonSecond) : 0
  if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60)) return null
  return { hour, minute, second }
}

/** The 24-hour hour of a clock read with its part of the day. */
function toDayHour(hour: number, part: string | undefined): number {
  if (part === undefined) return hour
  if (part === '中午' || part === '晏昼') return hour <= 2 ? hour + 12 : hour
  if (AFTERNOON.has(part) && hour < 12) return hour + 12
  if (part === '凌晨' && hour === 12) return 0
  return hour
}

function put(context: ParsingContext, clock: Clock, hour: number): ParsingComponents {
  const out = context.createParsingComponents()
  out.imply('year', documentYear(context))
  out.imply('month', 1)
  out.imply('day', 1)
  out.assign('hour', hour % 24)
  out.assign('minute', clock.minute)
  if (clock.second) out.assign('second', clock.second)
  return out
}

/** Parses clock times and time ranges within a day. */
export const clockParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const g = [...match]
    const startPart = g[1]
    const start = readClock(g.slice(2, 9))
    if (!start) return null
    const text = match[0]
    const index = match.index ?? 0
    const from = toDayHour(start.hour, startPart)
    const first = put(context, start, from)
    const endPart = g[9]
    const end = readClock(g.slice(10, 17))
    if (!end) return makeResult(context, index, text, first, undefined, 'time')
    // 下午1点10分到3点: an end without its own part of the day keeps the start's afternoon.
    let to = toDayHour(end.hour, endPart ?? (from >= 12 && end.hour < 12 && end.hour + 12 > from ? '下午' : undefined))
    if (endPart === undefined && to < from && to + 12 <= 24 && to + 12 > from) to += 12
    return makeResult(context, index, text, first, put(context, end, to), 'time')
  },
}

/**
 * A day followed by a clock time is one moment: 5月15日上午9时 · 2023年10月18日14时00分至16时30分 ·
 * 今天下午5点 · 昨晚8点 (the 晚 of the day word puts 8点 in the evening). The time (or time range)
 * takes the day's year, month and day and everything the day result says about itself.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { cloneComponents } from '../meta.js'

const BETWEEN = /^\s{0,2}[,]?\s{0,2}$/
const EVENING_END = /(?:晚上|晚|夜|夜里|下午|傍晚|下昼)$/
const PART_START = /^(?:上午|下午|中午|晚上|早上|早晨|清晨|傍晚|凌晨|夜间|晚间|夜里|午后|白天|朝早|晏昼|下昼|晚|早|夜)/

const timeOnly = (r: ParsingResult): boolean => r.start.isCertain('hour') && !r.start.isCertain('day')
const dayOnly = (r: ParsingResult): boolean => r.start.isCertain('day') && !r.start.isCertain('hour') && !r.end

function onDay(day: ParsingComponents, time: ParsingComponents, evening: boolean): ParsingComponents {
  const out = cloneComponents(day)
  let hour = time.get('hour') ?? 0
  if (evening && hour < 12) hour += 12
  out.assign('hour', hour % 24)
  out.assign('minute', time.get('minute') ?? 0)
  if (time.isCertain('second')) out.assign('second', time.get('second') ?? 0)
  return out
}

/** Merges a day with the clock time (or time range) right after it. */
export const dateTimeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = []
    for (let i = 0; i < results.length; i++) {
      const day = results[i]!
      const time = results[i + 1]
      const end = day.index + day.text.length
      if (!time || !dayOnly(day) || !timeOnly(time) || !BETWEEN.test(context.text.slice(end, time.index))) {
        out.push(day)
        continue
      }
      // 今晚8点: the evening is in the day word when the clock names no part of the day.
      const evening = EVENING_END.test(day.text) && !PART_START.test(time.text)
      const start = onDay(day.start, time.start, evening)
      const stop = time.end ? onDay(day.start, time.end, evening) : undefined
      const merged = context.createParsingResult(day.index, context.text.slice(day.index, time.index + time.text.length), start, stop)
      out.push(merged)
      i++
    }
    return out
  },
}

/**
 * 3月2日(星期五) · 5月15日周三 · 下周一: a weekday written after a date only confirms it, so the
 * date absorbs it (and its brackets) instead of standing beside a second, relative mention.
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import { hasFlag } from '../meta.js'

const WEEKDAY_AFTER = /^\s{0,2}[(（]?\s{0,2}(?:星期|礼拜|周)[一二三四五六日天1-7]\s{0,2}[)）]?/

/** Joins a weekday (bracketed or not) to the date right before it. */
export const weekdayRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = []
    for (let i = 0; i < results.length; i++) {
      const current = results[i]!
      const end = current.index + current.text.length
      const after = current.start.isCertain('day') ? WEEKDAY_AFTER.exec(context.text.slice(end, end + 12)) : null
      const tail = after && !hasFlag(current, 'relative') ? after : null
      if (tail) {
        current.text += tail[0]
        // The weekday's own (relative) reading is part of this date now.
        const tailEnd = end + tail[0].length
        while (results[i + 1] && results[i + 1]!.index < tailEnd) i++
      }
      out.push(current)
    }
    return out
  },
}

/**
 * 元旦春节 · 国庆中秋 · 元旦暨春节期间: holidays written as one compound are one span, from the first
 * one's first day to the last one's last day (a 春节期间 after them stretches it to the break). A list
 * (元旦、春节、端午) names separate days.
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import { cloneComponents, hasFlag, setKind } from '../meta.js'

const JOINER = /^暨?$/

const isHoliday = (r: ParsingResult): boolean => hasFlag(r, 'holiday') && !hasFlag(r, 'unresolved')

/** Merges holidays written one after the other into one range. */
export const holidayPairRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = []
    for (const result of results) {
      const last = out[out.length - 1]
      const between = last ? context.text.slice(last.index + last.text.length, result.index) : ''
      if (!last || !isHoliday(last) || !isHoliday(result) || !JOINER.test(between)) {
        out.push(result)
        continue
      }
      const merged = context.createParsingResult(
        last.index,
        context.text.slice(last.index, result.index + result.text.length),
        cloneComponents(last.start),
        cloneComponents(result.end ?? result.start),
      )
      setKind(merged.start, 'range')
      out[out.length - 1] = merged
    }
    return out
  },
}

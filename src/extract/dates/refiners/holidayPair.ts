/**
 * 元旦春节 · 国庆中秋 · 元旦暨春节期间: holidays written as one compound are one span, from the first
 * one's first day to the last one's last day (a 春节期间 after them stretches it to the break). A list
 * (元旦、春节、端午) names separate days.
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import { cloneComponents, flagIn, setKind } from '../meta.js'

const JOINER = /^暨?$/

const isHoliday = (r: ParsingResult): boolean => {
  const flags = r.tags()
  return flagIn(flags, 'holiday') && !flagIn(flags, 'unresolved')
}

/** Merges holidays written one after the other into one range. */
export const holidayPairRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = []
    for (const result of results) {
      const last = out[out.length - 1]
      const between = last ? context.text.slice(last.index + last.text.length, result.index) : ''
      if (!last || !JOINER.test(between) || !isHoliday(last) || !isHoliday(result)) {
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

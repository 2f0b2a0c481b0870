/**
 * 国庆长假 … 长假期间 · 春节 … 节日期间: a back-reference takes the days of the holiday named last in
 * the text (any line before it); with none, or an unresolved one, it stays unresolved. Runs over the
 * whole text's results, after the per-line refiners.
 */
import { ParsingResult } from 'chrono-node/zh/hans'
import { cloneComponents, flagIn, hasFlag } from '../meta.js'

/** Gives each holiday back-reference the days of the holiday before it. */
export function resolveHolidaySpans(results: readonly ParsingResult[]): ParsingResult[] {
  let holiday: ParsingResult | undefined
  return results.map((result) => {
    const flags = result.tags()
    if (flagIn(flags, 'holiday')) holiday = result
    if (!flagIn(flags, 'holidayReference') || !holiday || hasFlag(holiday, 'unresolved')) return result
    const start = cloneComponents(holiday.start)
    const end = cloneComponents(holiday.end ?? holiday.start)
    return new ParsingResult(result.reference, result.index, result.text, start, end)
  })
}

/**
 * Runs the date engine over folded text, one line at a time (a date never spans lines, and short
 * inputs keep chrono's per-match scanning cheap), then the refinements that look across lines, and
 * maps the results back onto the caller's text.
 */
import { ParsingResult } from 'chrono-node'
import type { DateMention } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { datesChrono } from './chrono.js'
import { toMention } from './convert.js'
import { chronoReference, frameOption, type DateFrame } from './frame.js'
import type { Wall } from './reference.js'
import { resolveHolidaySpans } from './refiners/holidaySpan.js'

/** What the extractor knows about the document. */
export interface DateContext {
  /** The document year (from title / text / referenceDate); null = unknown. */
  year: number | null
  /** The full reference instant relative days count from (caller's referenceDate or the page's date). */
  instant?: Wall | null
}

/** Finds the dates, ranges and periods in `text`, resolved against the document year and reference. */
export function extractDates(text: string, context: DateContext): DateMention[] {
  const frame: DateFrame = { year: context.year, instant: context.instant ?? null, multiLine: text.includes('\n') }
  const reference = chronoReference(frame)
  const option = frameOption(frame)
  const results: ParsingResult[] = []
  let offset = 0
  for (const line of fold(text).split('\n')) {
    if (line.trim()) {
      for (const result of datesChrono.parse(line, reference, option)) {
        // chrono returns its ParsingResult objects typed as the read-only ParsedResult.
        if (!(result instanceof ParsingResult)) continue
        result.index += offset
        results.push(result)
      }
    }
    offset += line.length + 1
  }
  return resolveHolidaySpans(results)
    .map((result) => toMention(result, text, context.year))
    .sort((a, b) => a.offset - b.offset)
}

/**
 * Runs the date engine over folded text and maps its results back onto the caller's text.
 */
import type { DateMention } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { datesChrono } from './chrono.js'
import { toMention } from './convert.js'

/** What the extractor knows about the document. */
export interface DateContext {
  /** The document year (from title / text / referenceDate); null = unknown. */
  year: number | null
}

// Any year works when the document year is unknown: the converter never reports an implied one then.
const STAND_IN_YEAR = 2000

/** Finds the dates, ranges and periods in `text`, resolved against the document year. */
export function extractDates(text: string, context: DateContext): DateMention[] {
  const reference = new Date(context.year ?? STAND_IN_YEAR, 0, 1, 12)
  return datesChrono
    .parse(fold(text), reference)
    .map((result) => toMention(result, text, context.year))
    .sort((a, b) => a.offset - b.offset)
}

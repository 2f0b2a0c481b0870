/**
 * Runs the date engine over folded text one sentence at a time (a date never spans a sentence, and
 * short inputs keep chrono's per-match scanning linear: it re-scans the rest of its input after every
 * match), then the refinements that look across lines, and maps the results back onto the caller's text.
 */
import { ParsingResult } from 'chrono-node/zh/hans'
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

// A sentence ends a date; a run longer than this with no sentence end is no prose and is cut anyway.
const SENTENCE_END = /[。!?;！？；]/
const MAX_PIECE = 2000

/** The text's lines, cut after sentence ends and at MAX_PIECE characters, with their offsets. */
function pieces(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = []
  let start = 0
  const push = (end: number) => {
    for (let at = start; at < end; at += MAX_PIECE) {
      const piece = text.slice(at, Math.min(end, at + MAX_PIECE))
      if (piece.trim()) out.push({ text: piece, offset: at })
    }
    start = end
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\n') {
      push(i)
      start = i + 1
    } else if (SENTENCE_END.test(ch)) push(i + 1)
  }
  push(text.length)
  return out
}

/** Finds the dates, ranges and periods in `text`, resolved against the document year and reference. */
export function extractDates(text: string, context: DateContext): DateMention[] {
  const frame: DateFrame = { year: context.year, instant: context.instant ?? null, multiLine: text.includes('\n') }
  const reference = chronoReference(frame)
  const option = frameOption(frame)
  const results: ParsingResult[] = []
  for (const { text: piece, offset } of pieces(fold(text))) {
    for (const result of datesChrono.parse(piece, reference, option)) {
      // chrono returns its ParsingResult objects typed as the read-only ParsedResult.
      if (!(result instanceof ParsingResult)) continue
      result.index += offset
      results.push(result)
    }
  }
  return resolveHolidaySpans(results)
    .map((result) => toMention(result, text, context.year))
    .sort((a, b) => a.offset - b.offset)
}

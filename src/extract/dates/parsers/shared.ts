/**
 * Helpers every parser uses: the year a match names (written, relative or implied), results
 * counted from the reference instant, and result construction that records it for the converter.
 */
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node'
import type { DateMention, Grain } from '../../../schema.js'
import type { Day } from '../calendar.js'
import { frameOf } from '../frame.js'
import { setFlag, setGrain, setKind } from '../meta.js'
import { mentionableYear, readShortYear, readYear } from '../numerals.js'
import { RELATIVE_OFFSET } from '../patterns.js'
import type { Wall } from '../reference.js'

/** The year of a match: written (certain), relative to the document year, or implied. */
export interface YearRead {
  year: number
  certain: boolean
  relative: boolean
}

// Any year works when the document year is unknown: the converter never reports an implied one then.
const STAND_IN_YEAR = 2000

/** The document year, or a stand-in the converter will not report when it is unknown. */
export function documentYear(context: ParsingContext): number {
  return frameOf(context).year ?? STAND_IN_YEAR
}

/** The year two-digit years are read around: the document year, else the reference year. */
function pivotYear(context: ParsingContext): number | null {
  const frame = frameOf(context)
  return frame.year ?? frame.instant?.year ?? null
}

/**
 * Reads the written (2020, 二〇二〇), two-digit (15, 九零) or relative (去年) year of a match;
 * undefined when the written year is not a year.
 */
export function readYearGroup(context: ParsingContext, written?: string, relative?: string, short?: string): YearRead | undefined {
  const ref = documentYear(context)
  if (written) {
    const year = readYear(written)
    return mentionableYear(year) ? { year, certain: true, relative: false } : undefined
  }
  if (short) {
    const year = readShortYear(short, pivotYear(context))
    return Number.isNaN(year) ? undefined : { year, certain: true, relative: false }
  }
  if (relative) return { year: ref + (RELATIVE_OFFSET[relative] ?? 0), certain: false, relative: true }
  return { year: ref, certain: false, relative: false }
}

/** Writes a year into components: assigned when written, implied otherwise. */
export function putYear(components: ParsingComponents, read: YearRead): void {
  if (read.certain) components.assign('year', read.year)
  else components.imply('year', read.year)
  if (read.relative) setFlag(components, 'relativeYear')
}

/** Builds components for year/month/day, implying what is missing (day 1, month 1). */
export function components(
  context: ParsingContext,
  read: YearRead,
  month?: number,
  day?: number,
): ParsingComponents {
  const out = context.createParsingComponents()
  putYear(out, read)
  if (month === undefined) out.imply('month', 1)
  else out.assign('month', month)
  if (day === undefined) out.imply('day', 1)
  else out.assign('day', day)
  return out
}

/** Creates a result over `text` at `index` with grain and kind tags. */
export function makeResult(
  context: ParsingContext,
  index: number,
  text: string,
  start: ParsingComponents,
  end: ParsingComponents | undefined,
  grain: Grain,
  kind?: DateMention['kind'],
): ParsingResult {
  const result = context.createParsingResult(index, text, start, end)
  setGrain(result.start, grain)
  if (kind) setKind(result.start, kind)
  return result
}

/** Components of a computed day (or moment): every field known, since it was counted from a known instant. */
export function dayComponents(context: ParsingContext, day: Day | Wall, withTime = false): ParsingComponents {
  const out = context.createParsingComponents()
  out.assign('year', day.year)
  out.assign('month', day.month)
  out.assign('day', day.day)
  if (withTime && 'hour' in day) {
    out.assign('hour', day.hour)
    out.assign('minute', day.minute)
  }
  return out
}

/** A span counted from the reference instant. */
export interface RelativeSpan {
  start: Day | Wall
  end?: Day | Wall
  grain: Grain
  kind?: DateMention['kind']
}

/**
 * A result counted from the reference instant (今天, 上周三, 3天前): resolved by `compute` when
 * the instant is known (and `compute` can name it); otherwise reported with no start (`unresolved`),
 * never guessed.
 */
export function relativeResult(
  context: ParsingContext,
  index: number,
  text: string,
  grain: Grain,
  compute: (now: Wall) => RelativeSpan | null,
): ParsingResult {
  const now = frameOf(context).instant
  const span = now ? compute(now) : null
  if (!span) {
    // The fields are placeholders (the converter reports no start); a day-grain one still reads as a
    // day to the refiners, so 今天下午5点 stays one mention.
    const year = documentYear(context)
    const start = grain === 'day' || grain === 'time' ? dayComponents(context, { year, month: 1, day: 1 }) : components(context, { year, certain: false, relative: false })
    const result = makeResult(context, index, text, start, undefined, grain)
    setFlag(result.start, 'relative')
    setFlag(result.start, 'unresolved')
    return result
  }
  const time = span.grain === 'time'
  const start = dayComponents(context, span.start, time)
  const end = span.end ? dayComponents(context, span.end, time) : undefined
  const result = makeResult(context, index, text, start, end, span.grain, span.kind)
  setFlag(result.start, 'relative')
  return result
}

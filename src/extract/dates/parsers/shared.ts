/**
 * Helpers every parser uses: the year a match names (written, relative or implied) and
 * result construction that records it for the converter.
 */
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node'
import type { Grain, DateMention } from '../../../schema.js'
import { setFlag, setGrain, setKind } from '../meta.js'
import { plausibleYear, readYear } from '../numerals.js'
import { RELATIVE_OFFSET } from '../patterns.js'

/** The year of a match: written (certain), relative to the document year, or implied. */
export interface YearRead {
  year: number
  certain: boolean
  relative: boolean
}

/** Reads the written or relative year of a match; undefined when the written year is implausible. */
export function readYearGroup(context: ParsingContext, written?: string, relative?: string): YearRead | undefined {
  const ref = context.refDate.getFullYear()
  if (written) {
    const year = readYear(written)
    return plausibleYear(year) ? { year, certain: true, relative: false } : undefined
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

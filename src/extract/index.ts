/**
 * Extraction: runs each field extractor over one cleaned document and assembles a
 * WorkSummary. Offsets refer to the document's cleaned text (`WorkSummary.text`).
 */
import type { Activity, CleanDocument, Count, DateMention, DeedModel, WorkSummary } from '../schema.js'
import { countDeclaredTotals, extractListed } from './activities/index.js'
export { deedModelProblems, fitDeedModel } from './activities/deed-model.js'
export { deedRows } from './activities/deed-training.js'
import { lastAtOrBefore } from './activities/span-index.js'
import { extractCounts } from './counts/index.js'
import { documentYearFromText, extractDates, pageReference, periodOf, type Reference, type Wall } from './dates/index.js'
import { genreOf } from './genre.js'
import { extractOrganizers } from './organizers/index.js'
import { extractPeople } from './people/index.js'
import { extractSections } from './sections/index.js'
import { extractTheme } from './theme/index.js'
import { findWarnings } from './warnings.js'

export interface ExtractContext {
  /** The caller's `referenceDate`: its year stands in for the document year, its instant dates 今天. */
  reference: Reference | null
  /** The date the page states for itself, used for 今天 when the caller gives no reference. */
  pageDate: Wall | null
  /** The caller's deed scorer (null: rules only); absent: the shipped one. */
  activityModel?: DeedModel | null
}

/** The items of `sorted` (by offset) that start in [start, end), found by binary search. */
function within<T extends { offset: number }>(sorted: readonly T[], offsets: readonly number[], start: number, end: number): T[] {
  const out: T[] = []
  for (let i = lastAtOrBefore(offsets, start - 1) + 1; i < sorted.length && sorted[i]!.offset < end; i++) out.push(sorted[i]!)
  return out
}

/** Gives each item the dates and counts that stand inside its extent (its line, up to the next item). */
function attach(items: Activity[], text: string, dates: readonly DateMention[], counts: readonly Count[]): Activity[] {
  const byOffset = <T extends { offset: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.offset - b.offset)
  const sortedDates = byOffset(dates)
  const sortedCounts = byOffset(counts)
  const dateOffsets = sortedDates.map((d) => d.offset)
  const countOffsets = sortedCounts.map((c) => c.offset)
  return items.map((item, i) => {
    const lineEnd = text.indexOf('\n', item.offset)
    const next = items[i + 1]?.offset ?? Infinity
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, next)
    return { ...item, dates: within(sortedDates, dateOffsets, item.offset, end), counts: within(sortedCounts, countOffsets, item.offset, end) }
  })
}

/** Extracts the WorkSummary of one cleaned document. */
export function extractDocument(doc: Pick<CleanDocument, 'title' | 'text' | 'blocks'>, ctx: ExtractContext): WorkSummary {
  const { text, blocks, title } = doc
  const year = documentYearFromText(title, text) ?? ctx.reference?.year ?? null
  // The caller's reference wins; the page's date only when it fits the document year.
  const instant = ctx.reference ? ctx.reference.instant : (pageReference(ctx.pageDate, year)?.instant ?? null)
  const dates = extractDates(text, { year, instant })
  const counts = extractCounts(text)
  const listed = extractListed(text, blocks, title, ctx.activityModel === undefined ? {} : { model: ctx.activityModel })
  const activities = attach(listed.activities, text, dates, counts)
  const highlights = attach(listed.highlights, text, dates, counts)
  const period = periodOf(dates, title)
  const warnings = findWarnings({ text, title, year, dates, counts, activities, highlights, period, declared: countDeclaredTotals(text) })
  return {
    title,
    genre: genreOf(title, text),
    year,
    text,
    period,
    dates,
    counts,
    activities,
    organizers: extractOrganizers(text),
    people: extractPeople(text),
    theme: extractTheme(text),
    sections: extractSections(blocks),
    highlights,
    warnings,
  }
}

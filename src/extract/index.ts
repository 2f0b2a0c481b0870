/**
 * Extraction: runs each field extractor over one cleaned document and assembles a
 * WorkSummary. Offsets refer to the document's cleaned text (`WorkSummary.text`).
 */
import type { Activity, CleanDocument, Count, DateMention, WorkSummary } from '../schema.js'
import { countDeclaredTotals, extractActivities, extractHighlights } from './activities/index.js'
import { extractCounts } from './counts/index.js'
import { documentYearFromText, extractDates, periodOf } from './dates/index.js'
import { genreOf } from './genre.js'
import { extractOrganizers } from './organizers/index.js'
import { extractPeople } from './people/index.js'
import { extractSections } from './sections/index.js'
import { extractTheme } from './theme/index.js'
import { findWarnings } from './warnings.js'

export interface ExtractContext {
  /** Year to fall back on when the document gives none (from `referenceDate`). */
  referenceYear: number | null
}

/** Gives each item the dates and counts that stand inside its extent. */
function attach(items: Activity[], text: string, dates: readonly DateMention[], counts: readonly Count[]): Activity[] {
  return items.map((item, i) => {
    const lineEnd = text.indexOf('\n', item.offset)
    const next = items[i + 1]?.offset ?? Infinity
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, next)
    const inside = (o: number) => o >= item.offset && o < end
    return { ...item, dates: dates.filter((d) => inside(d.offset)), counts: counts.filter((c) => inside(c.offset)) }
  })
}

/** Extracts the WorkSummary of one cleaned document. */
export function extractDocument(doc: Pick<CleanDocument, 'title' | 'text' | 'blocks'>, ctx: ExtractContext): WorkSummary {
  const { text, blocks, title } = doc
  const year = documentYearFromText(title, text) ?? ctx.referenceYear
  const dates = extractDates(text, { year })
  const counts = extractCounts(text)
  const activities = attach(extractActivities(text, blocks), text, dates, counts)
  const highlights = attach(extractHighlights(text, blocks), text, dates, counts)
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

/**
 * The span a summary covers: its first resolved range of days or months (5月15日至21日 in an
 * activity summary), else a half-year or quarter period in the text, else the title's
 * half-year or year.
 */
import type { DateMention } from '../../schema.js'
import { documentYearFromText } from './documentYear.js'
import { extractDates } from './extract.js'

/** The covered period as returned by `periodOf`. */
export interface CoveredPeriod {
  start?: string
  end?: string
  text: string
}

const SPAN_GRAINS = new Set(['day', 'time', 'month'])
const PERIOD_GRAINS = new Set(['half-year', 'quarter'])
// The extractor drops years that open a document name; here the name is exactly what we read.
const GENRE_TAIL = /(?:工作总结|总结|工作计划|计划|汇报|报告|述职|方案).{0,40}$/

function pick(mention: DateMention): CoveredPeriod {
  const out: CoveredPeriod = { text: mention.text }
  if (mention.start) out.start = mention.start
  if (mention.end) out.end = mention.end
  return out
}

/** Picks the period a summary covers from its dates, falling back to the title's half-year or year. */
export function periodOf(dates: DateMention[], title: string | null): CoveredPeriod | null {
  const resolved = dates.filter((d) => d.start !== undefined && !d.unresolved)
  const range = resolved.find((d) => d.kind === 'range' && SPAN_GRAINS.has(d.grain))
  if (range) return pick(range)
  const period = resolved.find((d) => d.kind === 'period' && PERIOD_GRAINS.has(d.grain) && !d.openEnd)
  if (period) return pick(period)
  if (!title) return null
  const year = documentYearFromText(title, '')
  if (year === null) return null
  const inTitle = extractDates(title.replace(GENRE_TAIL, ''), { year }).find((d) => d.start && PERIOD_GRAINS.has(d.grain))
  if (inTitle) return pick(inTitle)
  return { start: String(year), end: String(year), text: String(year) }
}

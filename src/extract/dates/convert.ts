/**
 * chrono result → DateMention: ISO start/end at the expression's precision, implied years
 * flagged, and nothing resolved when the year would have to be invented.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node'
import type { DateMention, Grain } from '../../schema.js'
import { componentsGrain, flagIn, readTags } from './meta.js'
import { daysInMonth } from './calendar.js'

const pad = (n: number): string => String(n).padStart(2, '0')
/** A mention opening with a part of a month: the month's first, middle or last ten days. */
const MONTH_PART = /^[^至到~\-—]{0,12}?[上中下]旬/

function grainFrom(components: ParsedComponents, tagged: Grain | undefined): Grain {
  if (components.isCertain('hour') && (tagged === undefined || tagged === 'day' || tagged === 'time')) return 'time'
  if (tagged) return tagged
  if (components.isCertain('day')) return 'day'
  if (components.isCertain('month')) return 'month'
  return 'year'
}

/** Writes components as ISO at a grain: 2019 · 2019-05 · 2019-05-15 · 2019-05-15T14:30. */
function iso(components: ParsedComponents, grain: Grain): string {
  const year = String(components.get('year'))
  const month = `${year}-${pad(components.get('month') ?? 1)}`
  if (grain === 'year' || grain === 'multi-year') return year
  if (grain === 'month' || grain === 'quarter' || grain === 'half-year') return month
  const day = `${month}-${pad(components.get('day') ?? 1)}`
  if (grain === 'day' || !components.isCertain('hour')) return day
  return `${day}T${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}`
}

/** The last day an expression covers (for 截至3月底 → 3月31日). */
function lastDay(components: ParsedComponents, grain: Grain): string {
  const year = components.get('year') ?? 2000
  if (grain === 'day' || grain === 'time') return iso(components, 'day')
  const month = grain === 'year' || grain === 'multi-year' ? 12 : (components.get('month') ?? 12)
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`
}

function yearKnown(components: ParsedComponents, flags: ReadonlySet<string>): boolean {
  return components.isCertain('year') && !flagIn(flags, 'relativeYear')
}

/** Converts one chrono result found in the folded text to a mention over the original text. */
export function toMention(result: ParsedResult, original: string, documentYear: number | null): DateMention {
  const tags = readTags(result)
  const grain = grainFrom(result.start, tags.grain)
  const kind = tags.kind ?? (result.end ? 'range' : 'date')
  const base: DateMention = {
    text: original.slice(result.index, result.index + result.text.length),
    offset: result.index,
    grain,
    kind,
  }
  if (flagIn(tags.flags, 'fuzzy')) base.fuzzy = true
  if (flagIn(tags.flags, 'openEnd')) base.openEnd = true
  if (flagIn(tags.flags, 'relative')) base.relative = true
  const timeOnly = !result.start.isCertain('day') && result.start.isCertain('hour')
  const implied = !yearKnown(result.start, tags.start)
  if (flagIn(tags.flags, 'unresolved') || timeOnly || (implied && documentYear === null)) {
    base.unresolved = true
    return base
  }
  if (implied) base.yearImplied = true
  if (kind === 'asof') {
    const day = lastDay(result.end ?? result.start, grain)
    base.grain = 'day'
    base.start = day
    base.end = day
    return base
  }
  // A part of a month opening the mention (6月中旬, 4月中旬至5月底) stands at the month, fuzzy, as the trainset's
  // gold has it; the days it names are kept beside it.
  if (MONTH_PART.test(base.text) && (grain === 'day' || grain === 'month') && !result.start.isCertain('hour')) {
    const last = result.end ?? result.start
    base.grain = 'month'
    base.fuzzy = true
    base.start = iso(result.start, 'month')
    base.end = iso(last, 'month')
    base.days = { start: iso(result.start, 'day'), end: last.isCertain('day') ? iso(last, 'day') : lastDay(last, 'month') }
    return base
  }
  // Filled in place, not spread: one object per mention, on pages with thousands of dates.
  base.start = iso(result.start, grain)
  if (!base.openEnd) base.end = result.end ? iso(result.end, grainFrom(result.end, componentsGrain(result.end) ?? grain)) : base.start
  return base
}

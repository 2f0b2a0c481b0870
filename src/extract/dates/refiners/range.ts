/**
 * Ranges chrono's zh refiner misses: 5月15日至21日 / 5月15日-21日 (the end is a day alone, which
 * no parser reports), 5月15日—5月21日 / 5月23日- 5月29日 (em dash, stray space), and
 * 2023年10月18日14时00分至16时30分 (a time range inside one day), 4月中旬至5月底 (parts of months). The end inherits whatever the
 * start states and it leaves out (year, month, day).
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { cloneComponents, flagIn, readTags, setKind } from '../meta.js'
import { daysInMonth, readSmall } from '../numerals.js'
import { DAY, RANGE_SEP } from '../patterns.js'

const BETWEEN = new RegExp(`^\\s{0,2}${RANGE_SEP}\\s{0,2}$`)
const DAY_TAIL = new RegExp(`^\\s{0,2}${RANGE_SEP}\\s{0,2}(${DAY})\\s{0,2}[日号](?![\\d])`)
const INHERITED = ['year', 'month', 'day'] as const

function mergeable(result: ParsingResult): boolean {
  if (result.end) return false
  const { kind, flags } = readTags(result)
  return kind !== 'placeholder' && kind !== 'period' && !flagIn(flags, 'unresolved')
}

function inheritMonthDay(end: ParsingComponents, start: ParsingComponents): void {
  for (const key of ['month', 'day'] as const) if (!end.isCertain(key) && start.isCertain(key)) end.imply(key, start.get(key) ?? 1)
}

/** A part of a month read as its days (4月中旬: 11-20, 6月下旬: 21-30). */
const MONTH_PART = /(?:上旬|中旬|下旬)$/
function monthPart(result: ParsingResult): boolean {
  const { kind, flags } = readTags(result)
  return kind === 'period' && MONTH_PART.test(result.text) && !flagIn(flags, 'unresolved')
}

/** The end names the year after the start's (2024年11月至次年2月). */
const NEXT_YEAR = /^(?:次年|翌年)/

function inherit(end: ParsingComponents, start: ParsingComponents, endText = ''): void {
  if (NEXT_YEAR.test(endText) && start.get('year') !== null) {
    end.assign('year', start.get('year')! + 1)
    return inheritMonthDay(end, start)
  }
  // An end that names its own year (去年3月) keeps it, even when that year is counted, not written.
  const ownYear = end.isCertain('year') || end.tags().has('docsift/relativeYear')
  for (const key of INHERITED) {
    if (key === 'year' && ownYear) continue
    if (!end.isCertain(key) && start.isCertain(key)) end.imply(key, start.get(key) ?? 1)
    else if (!end.isCertain(key) && key === 'year') end.imply('year', start.get('year') ?? 2000)
  }
  if (!ownYear && start.tags().has('docsift/relativeYear')) end.addTag('docsift/relativeYear')
}

/** Merges a date with a following separator and a day or another date into one range. */
export const rangeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = []
    for (let i = 0; i < results.length; i++) {
      const current = results[i]!
      const next = results[i + 1]
      const endIndex = current.index + current.text.length
      // "4月中旬至5月底", "6月下旬至7月中旬": a range from the first day of one to the last of the other.
      const parts = next !== undefined && (monthPart(current) || monthPart(next)) && (monthPart(current) || mergeable(current)) && (monthPart(next) || mergeable(next))
      if (next && parts && BETWEEN.test(context.text.slice(endIndex, next.index))) {
        const end = cloneComponents(next.end ?? next.start)
        inherit(end, current.start, next.text)
        const merged = context.createParsingResult(current.index, context.text.slice(current.index, next.index + next.text.length), current.start, end)
        setKind(merged.start, 'range')
        out.push(merged)
        i++
        continue
      }
      if (!mergeable(current)) {
        out.push(current)
        continue
      }
      if (next && BETWEEN.test(context.text.slice(endIndex, next.index)) && mergeable(next)) {
        const end = cloneComponents(next.start)
        inherit(end, current.start, next.text)
        const merged = context.createParsingResult(
          current.index,
          context.text.slice(current.index, next.index + next.text.length),
          current.start,
          end,
        )
        setKind(merged.start, 'range')
        out.push(merged)
        i++
        continue
      }
      const tail = current.start.isCertain('day') ? DAY_TAIL.exec(context.text.slice(endIndex)) : null
      const year = current.start.get('year') ?? 2000
      const month = current.start.get('month') ?? 1
      const day = tail ? readSmall(tail[1] ?? '') : NaN
      if (tail && day > (current.start.get('day') ?? 31) && day <= daysInMonth(year, month)) {
        const end = cloneComponents(current.start)
        end.assign('day', day)
        end.delete(['hour', 'minute', 'second'])
        const merged = context.createParsingResult(current.index, current.text + tail[0], current.start, end)
        setKind(merged.start, 'range')
        out.push(merged)
        continue
      }
      out.push(current)
    }
    return out
  },
}

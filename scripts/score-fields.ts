/** Field scoring of extraction against gold `fields`: P/R/F1 per field type. */
import type { WorkSummary } from '../src/schema.js'
import { addTally, matchCount, normText, ratio, sameActivity, tallyFigures, type FieldTally, type Gold, type GoldDate } from './score.js'

const ZERO: FieldTally = { tp: 0, predicted: 0, gold: 0 }
const squash = (s: string) => s.replace(/\s+/g, '')

/**
 * A predicted date matches gold when both cover the same days: start and end expanded to days
 * (a month covers its days, a year its months) and compared at the day level. An unresolved gold
 * date (20xx年) matches an overlapping unresolved prediction.
 */
export function sameDate(p: WorkSummary['dates'][number], g: GoldDate): boolean {
  if (g.unresolved || !g.start) {
    const overlap = squash(p.text).includes(squash(g.text)) || squash(g.text).includes(squash(p.text))
    return overlap && !p.start
  }
  if (!p.start) return false
  const day = (iso: string, side: 'start' | 'end') => expand(iso, side).slice(0, 10)
  return day(p.start, 'start') === day(g.start, 'start') && day(p.end ?? p.start, 'end') === day(g.end ?? g.start, 'end')
}

/** "2017" → "2017-01-01" (start) or "2017-12-31" (end); "2016-11" → "2016-11-01" / "2016-11-30". */
export function expand(iso: string, side: 'start' | 'end'): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(.*)$/.exec(iso)
  if (!m) return iso
  const [, y, mo, d, rest] = m
  if (d) return iso
  if (side === 'start') return `${y}-${mo ?? '01'}-01${rest}`
  const month = Number(mo ?? 12)
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate()
  return `${y}-${String(month).padStart(2, '0')}-${last}${rest}`
}

/** Mentions that are scored: every calendar date, range and period; recurring dates and bare clock times are not. */
export function scoredDate(d: WorkSummary['dates'][number]): boolean {
  if (d.kind === 'recurring') return false
  // A clock time with no day ("下午两点") is not a calendar date.
  return d.grain !== 'time' || d.start !== undefined
}

/** Coarse mentions (years, half-years, quarters, months): when unmatched they are not counted as false positives. */
export function coarseDate(d: WorkSummary['dates'][number]): boolean {
  return d.grain !== 'day' && d.grain !== 'time'
}

// A gold may write a scaled unit (2210.4 万元) where the extractor scales the value (22104000 元): the same quantity.
const SCALES: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }
// ...and 个 before a unit is a measure word (6个月 is 6 月, as the trainset writes it).
function scaled(value: number, written: string): [number, string] {
  const unit = written.length > 1 && written[0] === '个' ? written.slice(1) : written
  const scale = SCALES[unit[0] ?? '']
  return scale && unit.length > 1 ? [value * scale, unit.slice(1)] : [value, unit]
}
/** Counts are equal by value and unit, once a scale word in the unit is moved into the value and a measure word dropped. */
export function sameCount(p: { value: number; unit: string }, g: { value: number; unit: string }): boolean {
  const [pv, pu] = scaled(p.value, p.unit)
  const [gv, gu] = scaled(g.value, g.unit)
  return pu === gu && Math.abs(pv - gv) <= 1e-9 * Math.max(1, Math.abs(gv))
}

export interface FieldCase { id: string; gold: Gold; summaries: WorkSummary[] }

export interface FieldReport {
  dates: FieldTally; counts: FieldTally; activities: FieldTally; organizers: FieldTally; people: FieldTally
  qualifier: { right: number; of: number }; object: { right: number; of: number }
  year: { right: number; of: number }
  /** Gold activities that occur in the cleaned text (punctuation and 了 ignored): what verbatim slices could reach. */
  verbatim: { right: number; of: number }
}

/** Scores every case's main summary (and, for activities, all documents of a compilation page). */
export function scoreFields(cases: readonly FieldCase[], verbose = false): FieldReport {
  const r: FieldReport = {
    dates: ZERO, counts: ZERO, activities: ZERO, organizers: ZERO, people: ZERO,
    qualifier: { right: 0, of: 0 }, object: { right: 0, of: 0 }, year: { right: 0, of: 0 }, verbatim: { right: 0, of: 0 },
  }
  for (const c of cases) {
    const f = c.gold.fields ?? {}
    const all = c.summaries
    const dates = all.flatMap((s) => s.dates).filter(scoredDate)
    const counts = all.flatMap((s) => s.counts)
    const d0 = matchCount(dates, f.dates ?? [], sameDate)
    // Unmatched coarse outputs are not false positives (the matching rule).
    const matched = new Set(d0.pairs.map(([p]) => p))
    const d = { ...d0, tally: { ...d0.tally, predicted: dates.filter((x) => matched.has(x) || !coarseDate(x)).length } }
    const n = matchCount(counts, f.counts ?? [], sameCount)
    const a = matchCount(all.flatMap((s) => s.activities.map((x) => x.name)), f.activities ?? [], sameActivity)
    const o = matchCount(all.flatMap((s) => s.organizers.map((x) => x.text)), f.organizers ?? [], (p, g) => normText(p) === normText(g))
    const p = matchCount(all.flatMap((s) => s.people), f.people ?? [], (x, g) => x.name === g.name)
    r.dates = addTally(r.dates, d.tally)
    r.counts = addTally(r.counts, n.tally)
    r.activities = addTally(r.activities, a.tally)
    const cleaned = normText(all.map((s) => s.text).join('').replace(/\s/g, ''))
    for (const g of f.activities ?? []) r.verbatim = { right: r.verbatim.right + (cleaned.includes(normText(g)) ? 1 : 0), of: r.verbatim.of + 1 }
    r.organizers = addTally(r.organizers, o.tally)
    r.people = addTally(r.people, p.tally)
    for (const [pc, g] of n.pairs) {
      if (g.qualifier) { r.qualifier.of++; if (pc.qualifier === g.qualifier) r.qualifier.right++ }
      if (g.object) { r.object.of++; if (pc.object && (normText(pc.object) === normText(g.object))) r.object.right++ }
    }
    r.year.of++
    if ((all[0]?.year ?? null) === (f.year ?? null)) r.year.right++
    if (verbose) {
      const miss = <T,>(gold: readonly T[], pairs: readonly [unknown, T][]) => gold.filter((g) => !pairs.some(([, x]) => x === g))
      console.log(`  ${c.id}: dates ${d.tally.tp}/${d.tally.gold} (pred ${d.tally.predicted}) counts ${n.tally.tp}/${n.tally.gold} (pred ${n.tally.predicted}) act ${a.tally.tp}/${a.tally.gold} (pred ${a.tally.predicted}) org ${o.tally.tp}/${o.tally.gold} (pred ${o.tally.predicted}) people ${p.tally.tp}/${p.tally.gold} (pred ${p.tally.predicted}) year ${all[0]?.year ?? null}/${f.year ?? null}`)
      for (const g of miss(f.dates ?? [], d.pairs)) console.log(`    missed date ${JSON.stringify(g)}`)
      for (const x of dates.filter((x) => !matched.has(x) && !coarseDate(x))) console.log(`    extra date ${x.text} ${x.start ?? '-'}..${x.end ?? ''} ${x.grain}/${x.kind}`)
      for (const g of miss(f.counts ?? [], n.pairs)) console.log(`    missed count ${g.text}`)
      for (const g of miss(f.activities ?? [], a.pairs)) console.log(`    missed activity ${g}`)
    }
  }
  return r
}

/** Prints the field report. */
export function scoreCases(cases: readonly FieldCase[], verbose = false): FieldReport {
  const r = scoreFields(cases, verbose)
  const line = (name: string, t: FieldTally) => {
    const x = tallyFigures(t)
    console.log(`${name.padEnd(11)} P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)} F1 ${x.f1.toFixed(3)}  (tp ${t.tp}, predicted ${t.predicted}, gold ${t.gold})`)
  }
  console.log('fields:')
  line('dates', r.dates)
  line('counts', r.counts)
  console.log(`  counts qualifier ${ratio(r.qualifier.right, r.qualifier.of).toFixed(3)} (${r.qualifier.right}/${r.qualifier.of}), object ${ratio(r.object.right, r.object.of).toFixed(3)} (${r.object.right}/${r.object.of}) on matched counts`)
  line('activities', r.activities)
  console.log(`  gold activities found verbatim in the cleaned text: ${r.verbatim.right}/${r.verbatim.of} (the rest are the annotator's own words)`)
  line('organizers', r.organizers)
  line('people', r.people)
  console.log(`year       accuracy ${ratio(r.year.right, r.year.of).toFixed(3)} (${r.year.right}/${r.year.of})`)
  return r
}

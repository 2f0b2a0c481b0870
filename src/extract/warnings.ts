/** Inconsistencies a reader would catch: declared totals vs listed items, reversed periods, disagreeing counts. */
import type { Activity, Count, DateMention, Warning, WorkSummary } from '../schema.js'

export interface DeclaredTotal {
  declared: number
  offset: number
  text: string
  what: string
}

interface WarningInput {
  text: string
  title: string | null
  year: number | null
  dates: readonly DateMention[]
  counts: readonly Count[]
  activities: readonly Activity[]
  highlights: readonly Activity[]
  period: WorkSummary['period']
  declared: readonly DeclaredTotal[]
}

// How far after a declaration its list may start.
const LIST_REACH = 800

/** The run of consecutively numbered items that starts first after `offset`. */
function listAfter(items: readonly Activity[], offset: number): Activity[] {
  const after = items.filter((a) => a.offset > offset && a.offset - offset <= LIST_REACH)
  const first = after[0]
  if (!first) return []
  const run = [first]
  for (const a of after.slice(1)) {
    const prev = run[run.length - 1]!
    if (a.index !== null && prev.index !== null && a.index === prev.index + 1) run.push(a)
    else break
  }
  return run
}

function declaredMismatch(input: WarningInput): Warning[] {
  const out: Warning[] = []
  for (const d of input.declared) {
    const pool = /亮点|特点|方面|成效/.test(d.what) ? input.highlights : input.activities
    const run = listAfter(pool, d.offset)
    if (run.length >= 2 && run.length !== d.declared) {
      out.push({
        code: 'declared-total-mismatch',
        message: `the text says ${d.declared} ${d.what} but lists ${run.length}`,
        text: d.text,
        offset: d.offset,
      })
    }
  }
  return out
}

function reversedPeriods(dates: readonly DateMention[]): Warning[] {
  return dates
    .filter((d) => d.start && d.end && d.end.slice(0, d.start.length) < d.start.slice(0, d.end.length))
    .map((d) => ({ code: 'period-reversed' as const, message: `the range ends (${d.end}) before it starts (${d.start})`, text: d.text, offset: d.offset }))
}

function conflictingCounts(counts: readonly Count[]): Warning[] {
  const seen = new Map<string, Count>()
  const out: Warning[] = []
  for (const c of counts) {
    if (!c.object || c.qualifier !== 'exact') continue
    const key = `${c.object}|${c.unit}`
    const first = seen.get(key)
    if (first && first.value !== c.value) {
      out.push({
        code: 'count-conflict',
        message: `${c.object}: ${first.value}${first.unit} at ${first.offset} but ${c.value}${c.unit} here`,
        text: c.text,
        offset: c.offset,
      })
    } else if (!first) seen.set(key, c)
  }
  return out
}

function placeholderYear(input: WarningInput): Warning[] {
  const m = /(?:19|20)[xX×]{2}/.exec(`${input.title ?? ''}\n${input.text}`)
  if (input.year !== null || !m) return []
  const at = input.text.indexOf(m[0])
  return [{ code: 'placeholder-year', message: 'the year is a template placeholder; dates without a year stay unresolved', text: m[0], offset: Math.max(at, 0) }]
}

/** All warnings of a document, in text order. */
export function findWarnings(input: WarningInput): Warning[] {
  return [...declaredMismatch(input), ...reversedPeriods(input.dates), ...conflictingCounts(input.counts), ...placeholderYear(input)].sort(
    (a, b) => a.offset - b.offset,
  )
}

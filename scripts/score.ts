/**
 * Scoring shared by `npm run eval` (devset) and test/fixtures.test.ts (fixtures): keep/drop
 * snippet scores for the cleaner, P/R/F1 for extracted fields. Gold format: FORMAT.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface GoldCount { text: string; value: number; unit: string; qualifier?: string; object?: string }
export interface GoldDate { text: string; start?: string; end?: string; unresolved?: boolean }
export interface Gold {
  id: string
  title?: string
  genre?: string
  truncated?: boolean
  with: string[]
  without: string[]
  without_kinds: string[]
  lines?: string[]
  fields?: {
    year?: number
    dates?: GoldDate[]
    counts?: GoldCount[]
    activities?: string[]
    organizers?: string[]
    people?: { name: string; role?: string }[]
  }
}

export interface Case { id: string; path: string; format: 'txt' | 'html'; gold: Gold }

/** Every `<id>.txt` / `<id>.html` with a `<id>.gold.json` beside it. */
export function loadCases(dir: string): Case[] {
  if (!existsSync(dir)) return []
  const out: Case[] = []
  for (const name of readdirSync(dir).sort()) {
    const m = /^(.*)\.(txt|html)$/.exec(name)
    if (!m) continue
    const goldPath = join(dir, `${m[1]}.gold.json`)
    if (!existsSync(goldPath)) continue
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold
    if (!Array.isArray(gold.with)) continue
    out.push({ id: m[1]!, path: join(dir, name), format: m[2] as 'txt' | 'html', gold })
  }
  return out
}

const squash = (s: string) => s.replace(/\s+/g, '')

export interface SnippetScore {
  tp: number; fn: number; fp: number; tn: number
  missedWith: string[]; keptWithout: { text: string; kind: string }[]
  byKind: Record<string, { dropped: number; total: number }>
}

function occurrences(hay: string, needle: string): number {
  let n = 0
  for (let at = hay.indexOf(needle); at >= 0 && needle.length > 0; at = hay.indexOf(needle, at + needle.length)) n++
  return n
}

/**
 * How often each `without` snippet may stay: as often as it stands in the page's body lines
 * (trainset INDEX: a repeated title equal to the kept one is scored by occurrence). Needs the
 * page text and `lines` labels; without them, never.
 */
function allowedCopies(gold: Gold, page: string | undefined): (snippet: string) => number {
  if (!page || !gold.lines) return () => 0
  const lines = page.split('\n').filter((l) => l.trim().length > 0)
  if (lines.length !== gold.lines.length) return () => 0
  const body = squash(lines.filter((_, i) => gold.lines![i] === 'k').join('\n'))
  return (snippet) => occurrences(body, squash(snippet))
}

/** Scores cleaned output against `with`/`without` snippets, whitespace ignored. */
export function scoreSnippets(output: string, gold: Gold, page?: string): SnippetScore {
  const out = squash(output)
  const allowed = allowedCopies(gold, page)
  const s: SnippetScore = { tp: 0, fn: 0, fp: 0, tn: 0, missedWith: [], keptWithout: [], byKind: {} }
  for (const w of gold.with) {
    if (out.includes(squash(w))) s.tp++
    else { s.fn++; s.missedWith.push(w) }
  }
  gold.without.forEach((w, i) => {
    const kind = gold.without_kinds[i] ?? 'unknown'
    const k = (s.byKind[kind] ??= { dropped: 0, total: 0 })
    k.total++
    if (occurrences(out, squash(w)) > allowed(w)) { s.fp++; s.keptWithout.push({ text: w, kind }) }
    else { s.tn++; k.dropped++ }
  })
  return s
}

/** Adds snippet scores together. */
export function sumSnippets(scores: readonly SnippetScore[]): SnippetScore {
  const t: SnippetScore = { tp: 0, fn: 0, fp: 0, tn: 0, missedWith: [], keptWithout: [], byKind: {} }
  for (const s of scores) {
    t.tp += s.tp; t.fn += s.fn; t.fp += s.fp; t.tn += s.tn
    for (const [k, v] of Object.entries(s.byKind)) {
      const a = (t.byKind[k] ??= { dropped: 0, total: 0 })
      a.dropped += v.dropped; a.total += v.total
    }
  }
  return t
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
export const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/** keep, drop, precision, recall, F1 of a snippet score. */
export function snippetFigures(s: SnippetScore) {
  const precision = ratio(s.tp, s.tp + s.fp)
  const recall = ratio(s.tp, s.tp + s.fn)
  return { keep: ratio(s.tp, s.tp + s.fn), drop: ratio(s.tn, s.tn + s.fp), precision, recall, f1: f1(precision, recall) }
}

/** True positives, predictions and gold items for one field on one case. */
export interface FieldTally { tp: number; predicted: number; gold: number }

export function addTally(a: FieldTally, b: FieldTally): FieldTally {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold }
}

export function tallyFigures(t: FieldTally) {
  const p = ratio(t.tp, t.predicted)
  const r = ratio(t.tp, t.gold)
  return { precision: p, recall: r, f1: f1(p, r) }
}

/** Greedy one-to-one matching of predictions to gold items. */
export function matchCount<P, G>(pred: readonly P[], gold: readonly G[], same: (p: P, g: G) => boolean): { tally: FieldTally; pairs: [P, G][] } {
  const used = new Set<number>()
  const pairs: [P, G][] = []
  for (const g of gold) {
    const i = pred.findIndex((p, j) => !used.has(j) && same(p, g))
    if (i >= 0) { used.add(i); pairs.push([pred[i]!, g]) }
  }
  return { tally: { tp: pairs.length, predicted: pred.length, gold: gold.length }, pairs }
}

export { bigramDice, normText, sameActivity } from '../src/text/compare.js'

/** Gold line labels (trainset `lines`): k body, d junk, m mixed. */
export type LineLabel = 'k' | 'd' | 'm'

/** A k/d/m confusion matrix: `matrix[gold][predicted]`. */
export type LineConfusion = Record<LineLabel, Record<LineLabel, number>>

export function emptyConfusion(): LineConfusion {
  return { k: { k: 0, d: 0, m: 0 }, d: { k: 0, d: 0, m: 0 }, m: { k: 0, d: 0, m: 0 } }
}

export function addConfusion(a: LineConfusion, b: LineConfusion): LineConfusion {
  const out = emptyConfusion()
  for (const g of ['k', 'd', 'm'] as const) for (const p of ['k', 'd', 'm'] as const) out[g][p] = a[g][p] + b[g][p]
  return out
}

/**
 * What the cleaner did to each non-empty line of its normalized input: d when every visible
 * character was removed, k when none was, m otherwise. Lines are those of the gold: the input
 * split on "\n", empty and whitespace-only lines dropped.
 */
export function predictLines(input: string, removed: readonly { offset: number; length: number }[]): LineLabel[] {
  const cut = new Uint8Array(input.length)
  for (const r of removed) cut.fill(1, r.offset, r.offset + r.length)
  const out: LineLabel[] = []
  let at = 0
  for (const line of input.split('\n')) {
    let visible = 0
    let gone = 0
    for (let i = 0; i < line.length; i++) {
      if (/\s/.test(line[i]!)) continue
      visible++
      if (cut[at + i]) gone++
    }
    if (visible > 0) out.push(gone === 0 ? 'k' : gone === visible ? 'd' : 'm')
    at += line.length + 1
  }
  return out
}

/** Confusion of predicted against gold line labels; null when the line counts differ (no alignment). */
export function scoreLines(predicted: readonly LineLabel[], gold: readonly string[]): LineConfusion | null {
  if (predicted.length !== gold.length) return null
  const c = emptyConfusion()
  predicted.forEach((p, i) => {
    const g = gold[i] as LineLabel
    if (g in c) c[g][p]++
  })
  return c
}

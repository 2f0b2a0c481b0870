/**
 * Scores activities, organizers and people against the devset gold (P/R/F1). Blocks come from
 * the naive line classifier, so the figures are a floor for what the real cleaner gives.
 * Run: npx tsx scripts/facts-devset.ts [--verbose] [dir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractActivities } from '../src/extract/activities/index.js'
import { linesToBlocks } from '../src/extract/activities/test-utils.js'
import { extractOrganizers } from '../src/extract/organizers/index.js'
import { extractPeople } from '../src/extract/people/index.js'
import { fold } from '../src/text/fold.js'
import { sameActivity } from './score.js'

interface Gold {
  id: string
  fields?: { activities?: string[]; organizers?: string[]; people?: { name: string; role: string | null }[] }
}

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/devset'

const MARKER = /^(?:[(]?[一二三四五六七八九十\d]{1,3}[)、.]|[一二三四五六七八九十]{1,2}是|[\u2460-\u2473][、.]?)/
const NOISE = /[\s\p{P}\p{S}]/gu
/** Shorter/longer length ratio above which containment counts as the same item. */
const CONTAIN_RATIO = 0.6

/** Matching key: folded, list marker and every punctuation/space removed (quotes, commas). */
function norm(s: string): string {
  return fold(s).trim().replace(MARKER, '').replace(NOISE, '')
}

function same(a: string, b: string): boolean {
  const x = norm(a)
  const y = norm(b)
  if (!x || !y) return false
  if (x === y) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return long.includes(short) && short.length / long.length >= CONTAIN_RATIO
}

const WRAP_MIN = 30
const SENTENCE_END = /[。;!?:"”)]$/
const STARTS_MARKED = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[\u2460-\u2473])/

/** Stand-in for the cleaner's hard-wrap repair: a long line that stops mid-sentence runs on. */
function rejoinWraps(raw: string): string {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean)
  const out: string[] = []
  for (const line of lines) {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.length >= WRAP_MIN && !SENTENCE_END.test(prev) && !STARTS_MARKED.test(line)) out[out.length - 1] = prev + line
    else out.push(line)
  }
  return out.join('\n')
}

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 })

/** Greedy one-to-one matching of predictions to gold strings. */
function score(pred: string[], gold: string[], t: Tally, label: string, id: string, match: (p: string, g: string) => boolean = same): void {
  const used = new Set<number>()
  const missed: string[] = []
  for (const p of pred) {
    const g = gold.findIndex((x, i) => !used.has(i) && match(p, x))
    if (g >= 0) { used.add(g); t.tp++ } else { t.fp++; missed.push(`+ ${p}`) }
  }
  gold.forEach((g, i) => { if (!used.has(i)) { t.fn++; missed.push(`- ${g}`) } })
  if (verbose && missed.length) console.log(`${id} ${label}:\n  ${missed.join('\n  ')}`)
}

function prf(t: Tally): string {
  const p = t.tp / Math.max(1, t.tp + t.fp)
  const r = t.tp / Math.max(1, t.tp + t.fn)
  const f = p + r ? (2 * p * r) / (p + r) : 0
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`
}

if (!existsSync(dir)) {
  console.log(`no devset at ${dir}`)
  process.exit(0)
}
const totals = { activities: tally(), organizers: tally(), people: tally() }
for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold
  const raw = readFileSync(join(dir, file.replace('.gold.json', '.txt')), 'utf8')
  const { text, blocks } = linesToBlocks(rejoinWraps(raw))
  const f = gold.fields ?? {}
  // Activities are matched as `npm run eval` matches them (list markers, punctuation and 了 ignored).
  score(extractActivities(text, blocks).map((a) => a.text), f.activities ?? [], totals.activities, 'activities', gold.id, sameActivity)
  score(extractOrganizers(text).map((o) => o.text), f.organizers ?? [], totals.organizers, 'organizers', gold.id)
  score(extractPeople(text).map((p) => p.name), (f.people ?? []).map((p) => p.name), totals.people, 'people', gold.id)
}
for (const [k, t] of Object.entries(totals)) console.log(`${k.padEnd(11)} ${prf(t)}`)

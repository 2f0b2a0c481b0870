/**
 * Scores the date extractor against the devset gold (`fields.dates`): a gold date is found when a
 * mention overlapping its text agrees on start/end at the gold's precision (or both are
 * unresolved). Prints precision/recall/F1 over all mentions and over day/month-grain mentions
 * (the kinds the gold annotates). Run: npx tsx scripts/dates-devset.ts [--verbose]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DateMention } from '../src/schema.js'
import { documentYearFromText, extractDates } from '../src/extract/dates/index.js'

const DIR = '/work/shared/devset'
const verbose = process.argv.includes('--verbose')

interface GoldDate {
  text: string
  start?: string
  end?: string
  unresolved?: boolean
}
interface Gold {
  id: string
  title: string | null
  fields?: { dates?: GoldDate[] }
}

const squash = (s: string): string => s.replace(/\s+/g, '')

function lastDay(iso: string): string {
  if (iso.length >= 10) return iso.slice(0, 10)
  if (iso.length === 4) return `${iso}-12-31`
  const [y, m] = iso.split('-').map(Number)
  return `${iso}-${String(new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate()).padStart(2, '0')}`
}
const firstDay = (iso: string): string => (iso.length >= 10 ? iso.slice(0, 10) : iso.length === 4 ? `${iso}-01-01` : `${iso}-01`)

function agrees(gold: GoldDate, mention: DateMention): boolean {
  if (gold.unresolved || !gold.start) return mention.start === undefined
  if (!mention.start) return false
  const start = firstDay(mention.start).slice(0, gold.start.length)
  const end = lastDay(mention.end ?? mention.start).slice(0, (gold.end ?? gold.start).length)
  return start === gold.start && end === (gold.end ?? gold.start)
}

const overlaps = (gold: GoldDate, mention: DateMention): boolean => {
  const a = squash(gold.text)
  const b = squash(mention.text)
  return a.includes(b) || b.includes(a)
}

const goldStyle = (m: DateMention): boolean => m.grain === 'day' || m.grain === 'month' || m.grain === 'time'

function score(tp: number, predicted: number, hits: number, gold: number): string {
  const p = predicted ? tp / predicted : 1
  const r = gold ? hits / gold : 1
  const f = p + r ? (2 * p * r) / (p + r) : 0
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)}`
}

if (!existsSync(DIR)) {
  console.log(`no devset at ${DIR}`)
  process.exit(0)
}
let goldTotal = 0
let found = 0
let predictedAll = 0
let matchedAll = 0
let predictedStyle = 0
let matchedStyle = 0
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Gold
  const text = readFileSync(join(DIR, file.replace('.gold.json', '.txt')), 'utf8')
  const year = documentYearFromText(gold.title, text)
  const mentions = extractDates(text, { year })
  const golds = gold.fields?.dates ?? []
  goldTotal += golds.length
  const used = new Set<DateMention>()
  for (const g of golds) {
    const hit = mentions.find((m) => !used.has(m) && overlaps(g, m) && agrees(g, m))
    if (hit) {
      used.add(hit)
      found++
    } else if (verbose) {
      const near = mentions.filter((m) => overlaps(g, m))
      console.log(`MISS ${gold.id}: ${JSON.stringify(g)} got ${JSON.stringify(near)}`)
    }
  }
  // A mention counts as right for precision when it overlaps and agrees with some gold date.
  for (const m of mentions) {
    const onGold = golds.some((g) => overlaps(g, m))
    const ok = golds.some((g) => overlaps(g, m) && agrees(g, m))
    predictedAll++
    if (ok) matchedAll++
    if (goldStyle(m)) {
      predictedStyle++
      if (ok) matchedStyle++
    }
    if (verbose && !ok) console.log(`${onGold ? 'WRONG' : 'EXTRA'} ${gold.id} (year ${year}): ${JSON.stringify(m)}`)
  }
}
console.log(`gold dates ${goldTotal}, found ${found}`)
console.log(`all mentions (${predictedAll}):        ${score(matchedAll, predictedAll, found, goldTotal)}`)
console.log(`day/month/time mentions (${predictedStyle}): ${score(matchedStyle, predictedStyle, found, goldTotal)}`)

/**
 * Scores `extractCounts` against the devset gold counts: precision / recall / F1 where a match
 * is value + unit equal, plus qualifier and object accuracy on matched pairs.
 * Run: npx tsx scripts/counts-devset.ts [devset dir] [--verbose]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { extractCounts } from '../src/extract/counts/index.js'
import type { Count } from '../src/schema.js'

interface GoldCount {
  text: string
  value: number
  unit: string
  qualifier: string
  object?: string
}

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/devset'
const STRIP_SPACE = /\s+/g

if (!existsSync(dir)) {
  console.log(`no devset at ${dir}`)
  process.exit(0)
}

let tp = 0
let fp = 0
let fn = 0
let qualifierOk = 0
let objectPairs = 0
let objectOk = 0
let objectLoose = 0

for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const id = file.replace(/\.gold\.json$/, '')
  const text = readFileSync(join(dir, `${id}.txt`), 'utf8')
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { fields?: { counts?: GoldCount[] } }
  const expected = [...(gold.fields?.counts ?? [])]
  const found: Count[] = extractCounts(text)
  const unmatched = [...found]
  for (const g of expected) {
    const i = unmatched.findIndex((c) => c.value === g.value && c.unit === g.unit)
    if (i < 0) {
      fn++
      if (verbose) console.log(`${id}  MISS  ${g.text} ${g.value}${g.unit}`)
      continue
    }
    const c = unmatched.splice(i, 1)[0]!
    tp++
    if (c.qualifier === g.qualifier) qualifierOk++
    else if (verbose) console.log(`${id}  QUAL  ${g.text}: ${c.qualifier} ≠ ${g.qualifier}`)
    if (g.object) {
      objectPairs++
      const a = (c.object ?? '').replace(STRIP_SPACE, '')
      const b = g.object.replace(STRIP_SPACE, '')
      if (a === b) objectOk++
      if (a && (a.includes(b) || b.includes(a))) objectLoose++
      else if (verbose) console.log(`${id}  OBJ   ${g.text}: ${c.object ?? '(none)'} ≠ ${g.object}`)
    }
  }
  for (const c of unmatched) {
    fp++
    if (verbose) console.log(`${id}  EXTRA ${c.text} ${c.value}${c.unit} (${text.slice(Math.max(0, c.offset - 8), c.offset + c.text.length + 4)})`)
  }
}

const precision = tp + fp ? tp / (tp + fp) : 1
const recall = tp + fn ? tp / (tp + fn) : 1
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
const pct = (x: number): string => x.toFixed(3)
console.log(`counts: gold ${tp + fn}, found ${tp + fp}, matched ${tp}`)
console.log(`precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`)
console.log(`qualifier accuracy ${pct(tp ? qualifierOk / tp : 1)} (${qualifierOk}/${tp})`)
console.log(
  `object exact ${pct(objectPairs ? objectOk / objectPairs : 1)} (${objectOk}/${objectPairs}), ` +
    `object overlapping ${pct(objectPairs ? objectLoose / objectPairs : 1)} (${objectLoose}/${objectPairs})`,
)

/**
 * Scores the generic HTML path on real article pages: character-bigram F1 of
 * `htmlToDocument(bytes, { url }).text` against each page's gold main content, plus throughput.
 * Run with `npx tsx scripts/html-devset.ts [dir] [-v]` (default dir ../shared/devset-html).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bigramF1 } from '../src/html/bigram-f1.js'
import { htmlToDocument } from '../src/html/index.js'

const args = process.argv.slice(2)
const verbose = args.includes('-v')
const dir = args.find((a) => !a.startsWith('-')) ?? '/work/shared/devset-html'
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5)

const files = readdirSync(dir).filter((n) => n.endsWith('.html')).sort()
let sumF1 = 0
let sumP = 0
let sumR = 0
let bytes = 0
let millis = 0
for (const name of files) {
  const gold = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.gold.json')), 'utf8')) as { content: string; url?: string }
  const page = readFileSync(join(dir, name))
  bytes += page.length
  const started = performance.now()
  let text = ''
  try {
    text = htmlToDocument(page, { url: gold.url }).text
  } catch (e) {
    console.log(`${name}: error ${(e as Error).message}`)
  }
  millis += performance.now() - started
  const s = bigramF1(text, gold.content)
  sumF1 += s.f1
  sumP += s.precision
  sumR += s.recall
  console.log(`${name.padEnd(12)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  ${gold.url ?? ''}`)
  if (verbose) console.log(text.slice(0, 400), '\n')
}
const n = files.length || 1
console.log(`\nmean over ${files.length} pages: P ${pct(sumP / n)} R ${pct(sumR / n)} F1 ${pct(sumF1 / n)}`)
console.log(`throughput: ${(bytes / 1e6 / (millis / 1000)).toFixed(2)} MB/s (${(bytes / 1e6).toFixed(1)} MB in ${(millis / 1000).toFixed(2)} s)`)

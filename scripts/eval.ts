/**
 * `npm run eval -- [DIR…]`: scores docsift on gold cases (default: ../shared/devset and
 * ../shared/devset-html when present, else the project's fixtures). Text cases: keep/drop
 * snippets and extraction fields; HTML article cases (`content` gold): character-bigram F1.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { clean, extractAll } from '../src/api.js'
import { bigramF1 } from '../src/html/bigram-f1.js'
import { scoreCases, type FieldCase } from './score-fields.js'
import { printCrossValidation } from './cv.js'
import { printActivityCrossValidation } from './cv-activities.js'
import { loadCases, snippetFigures, sumSnippets, scoreSnippets, type SnippetScore } from './score.js'
import { SHARED_TRAINING, trainingPages } from './training.js'

const pct = (x: number) => x.toFixed(3)

function evalSnippetDir(dir: string, verbose: boolean): boolean {
  const cases = loadCases(dir)
  if (cases.length === 0) return false
  console.log(`\n== ${dir}: ${cases.length} cases (cleaner: keep/drop snippets)`)
  const scores: SnippetScore[] = []
  const fieldCases: FieldCase[] = []
  for (const c of cases) {
    const bytes = readFileSync(c.path)
    const input = c.format === 'html' ? bytes : bytes.toString('utf8')
    const result = clean(input)
    const s = scoreSnippets(result.text, c.gold, bytes.toString('utf8'))
    scores.push(s)
    const f = snippetFigures(s)
    console.log(`${c.id.padEnd(16)} ${c.format} keep ${pct(f.keep)} drop ${pct(f.drop)}  (${s.tp}/${s.tp + s.fn} kept, ${s.tn}/${s.tn + s.fp} dropped)`)
    if (verbose) {
      for (const m of s.missedWith) console.log(`    lost: ${m}`)
      for (const k of s.keptWithout) console.log(`    left [${k.kind}]: ${k.text}`)
    }
    if (c.gold.fields) fieldCases.push({ id: c.id, gold: c.gold, summaries: extractAll(result) })
  }
  const total = sumSnippets(scores)
  const f = snippetFigures(total)
  console.log(`OVERALL keep ${pct(f.keep)} drop ${pct(f.drop)} precision ${pct(f.precision)} recall ${pct(f.recall)} F1 ${pct(f.f1)}`)
  console.log('drop by kind: ' + Object.entries(total.byKind).map(([k, v]) => `${k} ${v.dropped}/${v.total}`).join(', '))
  if (fieldCases.length) scoreCases(fieldCases, verbose)
  return true
}

function evalHtmlDir(dir: string, verbose: boolean): boolean {
  const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.html')).sort() : []
  const withContent = files.filter((n) => {
    const gold = join(dir, n.replace(/\.html$/, '.gold.json'))
    return existsSync(gold) && typeof (JSON.parse(readFileSync(gold, 'utf8')) as { content?: unknown }).content === 'string'
  })
  if (withContent.length === 0) return false
  console.log(`\n== ${dir}: ${withContent.length} HTML pages (docsift clean vs main content, character-bigram F1)`)
  let sum = 0
  let bytes = 0
  const started = performance.now()
  for (const n of withContent) {
    const gold = JSON.parse(readFileSync(join(dir, n.replace(/\.html$/, '.gold.json')), 'utf8')) as { content: string; url?: string }
    const page = readFileSync(join(dir, n))
    bytes += page.length
    let text = ''
    try {
      text = clean(page, { format: 'html', url: gold.url }).text
    } catch (e) {
      console.log(`${n}: error ${(e as Error).message}`)
    }
    const s = bigramF1(text, gold.content)
    sum += s.f1
    if (verbose || s.f1 < 0.9) console.log(`${n.padEnd(12)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`)
  }
  const secs = (performance.now() - started) / 1000
  console.log(`HTML OVERALL mean F1 ${pct(sum / withContent.length)} over ${withContent.length} pages; ${(bytes / 1e6 / secs).toFixed(2)} MB/s (clean incl. decoding)`)
  return true
}

const args = process.argv.slice(2)
const verbose = args.includes('-v') || args.includes('--verbose')
const dirs = args.filter((a) => !a.startsWith('-'))
const defaults = ['../shared/devset', '../shared/trainset', '../shared/devset-html'].filter((d) => existsSync(d))
const targets = dirs.length ? dirs : defaults.length ? defaults : ['fixtures', 'fixtures/html']
let any = false
const cvOnly = args.includes('--cv')
for (const dir of cvOnly ? [] : targets) {
  const a = evalSnippetDir(dir, verbose)
  const b = evalHtmlDir(dir, verbose)
  any ||= a || b
}
// With no directory named (or with --cv alone), the cleaner is cross-validated by site over the
// shared labelled pages.
if ((dirs.length === 0 || cvOnly) && SHARED_TRAINING.length > 0) {
  const pages = trainingPages(SHARED_TRAINING)
  printCrossValidation(pages)
  printActivityCrossValidation(pages)
  any = true
}
if (!any) {
  console.error(`no gold cases found in ${targets.join(', ')}`)
  process.exitCode = 1
}

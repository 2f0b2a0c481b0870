/**
 * `npx tsx scripts/splice-test.ts [DIR]`: a splice test. Paragraph-sized runs of sentences
 * from one gold page are inserted into another page (as a paragraph of their own, and glued
 * inside an existing paragraph); we measure how many spliced runs the cleaner removes and
 * how much of the host's body (`with` snippets) it keeps.
 */
import { readFileSync } from 'node:fs'
import { clean } from '../src/api.js'
import { sentences } from '../src/text/chars.js'
import { loadCases, scoreSnippets } from './score.js'

const dir = process.argv[2] ?? '../shared/devset'
const cases = loadCases(dir).filter((c) => c.format === 'txt')
const squash = (s: string) => s.replace(/\s+/g, '')

// Deterministic choice: no randomness, so the figures are rerunnable.
function donorRun(text: string): string | null {
  const body = clean(text).text.split('\n').filter((l) => l.length > 60)
  const para = body[Math.floor(body.length / 2)]
  if (!para) return null
  const ss = sentences(para).filter((s) => /[。!?]$/.test(s.text))
  const run = ss.slice(0, 2).map((s) => s.text).join('')
  return run.length >= 25 ? run : null
}

let tried = 0
let removedPara = 0
let removedInline = 0
let withTotal = 0
let withKeptPara = 0
let withKeptInline = 0
for (let i = 0; i < cases.length; i++) {
  const host = cases[i]!
  const donor = cases[(i + 7) % cases.length]!
  const run = donorRun(readFileSync(donor.path, 'utf8'))
  const hostText = readFileSync(host.path, 'utf8')
  if (!run) continue
  // Insert at the sentence end nearest the middle of the page (past its header).
  const ends = [...hostText.matchAll(/。/g)].map((m) => (m.index ?? 0) + 1).filter((i) => i > hostText.length * 0.3 && i < hostText.length * 0.85)
  const at = ends[Math.floor(ends.length / 2)]
  if (at === undefined) continue
  tried++
  const asPara = `${hostText.slice(0, at)}\n\n${run}\n\n${hostText.slice(at)}`
  const outPara = clean(asPara).text
  if (!squash(outPara).includes(squash(run))) removedPara++
  withTotal += host.gold.with.length
  withKeptPara += scoreSnippets(outPara, host.gold).tp
  const inline = hostText.slice(0, at) + run + hostText.slice(at)
  const outInline = clean(inline).text
  if (!squash(outInline).includes(squash(run))) removedInline++
  withKeptInline += scoreSnippets(outInline, host.gold).tp
}
console.log(`splice test on ${dir}: ${tried} host pages, each with a 2-sentence run from another page`)
console.log(`as its own paragraph: removed ${removedPara}/${tried}; host body kept ${withKeptPara}/${withTotal} (${(withKeptPara / withTotal).toFixed(3)})`)
console.log(`glued inside a paragraph: removed ${removedInline}/${tried}; host body kept ${withKeptInline}/${withTotal} (${(withKeptInline / withTotal).toFixed(3)})`)

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
  const lines = hostText.split('\n')
  const bodyLines = lines.map((l, j) => [l, j] as const).filter(([l]) => l.length > 60)
  if (bodyLines.length < 3) continue
  tried++
  const at = bodyLines[Math.floor(bodyLines.length / 2)]![1]
  // As a paragraph of its own.
  const asPara = [...lines.slice(0, at + 1), '', run, '', ...lines.slice(at + 1)].join('\n')
  const outPara = clean(asPara).text
  if (!squash(outPara).includes(squash(run))) removedPara++
  const sp = scoreSnippets(outPara, host.gold)
  withTotal += host.gold.with.length
  withKeptPara += sp.tp
  // Glued after a sentence inside a paragraph.
  const target = lines[at]!
  const cut = target.indexOf('。') + 1
  const glued = cut > 0 ? target.slice(0, cut) + run + target.slice(cut) : target + run
  const inline = [...lines.slice(0, at), glued, ...lines.slice(at + 1)].join('\n')
  const outInline = clean(inline).text
  if (!squash(outInline).includes(squash(run))) removedInline++
  withKeptInline += scoreSnippets(outInline, host.gold).tp
}
console.log(`splice test on ${dir}: ${tried} host pages, each with a 2-sentence run from another page`)
console.log(`as its own paragraph: removed ${removedPara}/${tried}; host body kept ${withKeptPara}/${withTotal} (${(withKeptPara / withTotal).toFixed(3)})`)
console.log(`glued inside a paragraph: removed ${removedInline}/${tried}; host body kept ${withKeptInline}/${withTotal} (${(withKeptInline / withTotal).toFixed(3)})`)

/**
 * `npx tsx scripts/splice-test.ts [DIR…]`: the splice test. A two-sentence run from the middle of
 * one page's body is put into another page, once as a paragraph of its own and once glued inside
 * a paragraph; we count the runs the cleaner removes and the host's body (`with` snippets) it keeps.
 * The cleaner's learned parts are trained leave-site-out: hosts and donors of a fold are scored
 * with models trained on the other folds' sites (default DIRs: the shared labelled sets).
 */
import { clean } from '../src/api.js'
import { resolveCleanOptions } from '../src/clean/index.js'
import { fitLineModel, pageRows } from '../src/clean/train.js'
import { fitTopicModel, topicPage } from '../src/clean/train-topic.js'
import type { CleanOptions } from '../src/schema.js'
import { sentences } from '../src/text/chars.js'
import { scoreSnippets, type Gold } from './score.js'
import { SHARED_TRAINING, siteFolds, trainingPages, type SitePage } from './training.js'

const squash = (s: string) => s.replace(/\s+/g, '')

// Deterministic choice: no randomness, so the figures are rerunnable.
function donorRun(text: string, options: CleanOptions): string | null {
  const body = clean(text, options).text.split('\n').filter((l) => l.length > 60)
  const para = body[Math.floor(body.length / 2)]
  if (!para) return null
  const ss = sentences(para).filter((s) => /[。!?]$/.test(s.text))
  const run = ss.slice(0, 2).map((s) => s.text).join('')
  return run.length >= 25 ? run : null
}

interface Tally { tried: number; para: number; inline: number; withTotal: number; keptPara: number; keptInline: number; keptPlain: number }

function spliceFold(hosts: readonly SitePage[], options: CleanOptions, t: Tally): void {
  hosts.forEach((host, i) => {
    const donor = hosts[(i + 7) % hosts.length]!
    if (donor.site === host.site) return
    const run = donorRun(donor.page.text, options)
    const hostText = host.page.text
    if (!run) return
    // Insert at the sentence end nearest the middle of the page (past its header).
    const ends = [...hostText.matchAll(/。/g)].map((m) => (m.index ?? 0) + 1).filter((k) => k > hostText.length * 0.3 && k < hostText.length * 0.85)
    const at = ends[Math.floor(ends.length / 2)]
    if (at === undefined) return
    const gold = host.page.gold as unknown as Gold
    t.tried++
    t.withTotal += gold.with.length
    t.keptPlain += scoreSnippets(clean(hostText, options).text, gold).tp
    const asPara = clean(`${hostText.slice(0, at)}\n\n${run}\n\n${hostText.slice(at)}`, options).text
    if (!squash(asPara).includes(squash(run))) t.para++
    t.keptPara += scoreSnippets(asPara, gold).tp
    const inline = clean(hostText.slice(0, at) + run + hostText.slice(at), options).text
    if (!squash(inline).includes(squash(run))) t.inline++
    t.keptInline += scoreSnippets(inline, gold).tp
  })
}

function report(name: string, t: Tally): void {
  const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-')
  console.log(`${name}: ${t.tried} host pages, each with a 2-sentence run from another site's page`)
  console.log(`  as its own paragraph: removed ${t.para}/${t.tried} (${r(t.para, t.tried)}); host body kept ${t.keptPara}/${t.withTotal} (${r(t.keptPara, t.withTotal)})`)
  console.log(`  glued inside a paragraph: removed ${t.inline}/${t.tried} (${r(t.inline, t.tried)}); host body kept ${t.keptInline}/${t.withTotal} (${r(t.keptInline, t.withTotal)})`)
  console.log(`  (host body kept with no splice: ${t.keptPlain}/${t.withTotal} (${r(t.keptPlain, t.withTotal)}))`)
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const pages = trainingPages(dirs.length ? dirs : SHARED_TRAINING)
const base = resolveCleanOptions({})
const lineRows = new Map(pages.map((p) => [p, pageRows(p.page, base)]))
const topicPages = new Map(pages.map((p) => [p, topicPage(p.page, p.site, base)]))
const cv: Tally = { tried: 0, para: 0, inline: 0, withTotal: 0, keptPara: 0, keptInline: 0, keptPlain: 0 }
for (const fold of siteFolds(pages, 10)) {
  const held = new Set(fold)
  const training = pages.filter((p) => !held.has(p))
  const options: CleanOptions = {
    model: fitLineModel(training.flatMap((p) => lineRows.get(p)!), training.length),
    topicModel: fitTopicModel(training.map((p) => topicPages.get(p)!)),
  }
  spliceFold(fold, options, cv)
}
report(`splice test, leave-site-out (${dirs.length ? dirs.join(', ') : SHARED_TRAINING.join(' + ')})`, cv)

/**
 * Leave-site-out cross-validation of the cleaner on labelled pages: the line model is trained
 * without the sites it is scored on (k folds by site), every page is cleaned with its fold's
 * model, and keep/drop, drop by kind and the k/d/m line confusion are summed over all pages.
 * Both learned parts (the line model and the off-topic model) are fitted per fold. The in-sample
 * figures (models trained on everything) are printed beside them.
 */
import { clean } from '../src/api.js'
import { resolveCleanOptions } from '../src/clean/index.js'
import { fitLineModel, pageRows } from '../src/clean/train.js'
import { fitTopicModel, topicPage } from '../src/clean/train-topic.js'
import type { Row } from '../src/model/logistic.js'
import type { CleanOptions } from '../src/schema.js'
import {
  addConfusion, emptyConfusion, predictLines, scoreLines, scoreSnippets, snippetFigures, sumSnippets,
  type Gold, type LineConfusion, type SnippetScore,
} from './score.js'
import { outOfFold, type SitePage } from './training.js'

export interface CvFigures {
  snippets: SnippetScore
  lines: LineConfusion
  unaligned: number
}

const pct = (x: number) => x.toFixed(3)

function scorePages(pages: readonly SitePage[], modelsFor: (p: SitePage) => CleanOptions): CvFigures {
  const scores: SnippetScore[] = []
  let lines = emptyConfusion()
  let unaligned = 0
  for (const p of pages) {
    const result = clean(p.page.text, modelsFor(p))
    const gold = p.page.gold as unknown as Gold
    scores.push(scoreSnippets(result.text, gold, p.page.text))
    if (!gold.lines) continue
    const c = result.input ? scoreLines(predictLines(result.input, result.removed), gold.lines) : null
    if (c) lines = addConfusion(lines, c)
    else unaligned++
  }
  return { snippets: sumSnippets(scores), lines, unaligned }
}

/** Runs k-fold leave-site-out cross-validation and the in-sample fit; returns both. */
export function crossValidate(pages: readonly SitePage[], k = 10): { cv: CvFigures; inSample: CvFigures } {
  const options = resolveCleanOptions({})
  const rows = new Map<SitePage, Row[]>(pages.map((p) => [p, pageRows(p.page, options)]))
  const topics = new Map(pages.map((p) => [p, topicPage(p.page, p.site, options)]))
  const fit = (training: readonly SitePage[]): CleanOptions => ({
    model: fitLineModel(training.flatMap((p) => rows.get(p)!), training.length),
    topicModel: fitTopicModel(training.map((p) => topics.get(p)!)),
  })
  const models = outOfFold(pages, k, fit)
  const all = fit(pages)
  return { cv: scorePages(pages, (p) => models.get(p)!), inSample: scorePages(pages, () => all) }
}

function describe(name: string, f: CvFigures): string[] {
  const s = snippetFigures(f.snippets)
  const kinds = Object.entries(f.snippets.byKind)
    .sort((a, b) => b[1].total - a[1].total)
    .map(([kind, v]) => `${kind} ${v.dropped}/${v.total} (${pct(v.dropped / v.total)})`)
  const l = f.lines
  const kLines = l.k.k + l.k.d + l.k.m
  return [
    `${name}: keep ${pct(s.keep)} drop ${pct(s.drop)} (${f.snippets.tp}/${f.snippets.tp + f.snippets.fn} kept, ${f.snippets.tn}/${f.snippets.tn + f.snippets.fp} dropped)`,
    `  drop by kind: ${kinds.join(', ')}`,
    `  lines (gold → predicted k/d/m): k ${l.k.k}/${l.k.d}/${l.k.m}  d ${l.d.k}/${l.d.d}/${l.d.m}  m ${l.m.k}/${l.m.d}/${l.m.m}; k lines dropped ${pct(l.k.d / Math.max(1, kLines))}${f.unaligned ? `; ${f.unaligned} pages not aligned` : ''}`,
  ]
}

/** Prints the cross-validated figures with the in-sample ones beside them. */
export function printCrossValidation(pages: readonly SitePage[], k = 10): void {
  const sites = new Set(pages.map((p) => p.site)).size
  console.log(`\n== leave-site-out cross-validation: ${pages.length} pages from ${sites} sites, ${Math.min(k, sites)} folds by site`)
  const { cv, inSample } = crossValidate(pages, k)
  for (const line of describe('out-of-fold (the measure)', cv)) console.log(line)
  for (const line of describe('in-sample (trained on all, for the gap)', inSample)) console.log(line)
}

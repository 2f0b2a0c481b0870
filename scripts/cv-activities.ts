/**
 * Leave-site-out cross-validation of the learned deed scorer: each fold's scorer is fitted on the
 * other sites' pages (with fields gold), every page is extracted with its fold's scorer, and the
 * activity P/R/F1 (the eval's matching rule) are summed per set. The hand-written rules alone and
 * the in-sample scorer are printed beside them, so what is learned and the gap both show.
 */
import { clean, extractAll } from '../src/api.js'
import { fitDeedModel } from '../src/extract/activities/deed-model.js'
import { deedRows } from '../src/extract/activities/deed-training.js'
import type { CleanResult, DeedModel } from '../src/schema.js'
import { matchCount, sameActivity, tallyFigures, type FieldTally } from './score.js'
import { outOfFold, type SitePage } from './training.js'

const goldOf = (p: SitePage): string[] | undefined => p.page.gold.fields?.activities

/** Prints activities P/R/F1 per set (the directory a page came from): rules only, out-of-fold, in-sample. */
export function printActivityCrossValidation(all: readonly SitePage[], k = 10): void {
  const pages = all.filter((p) => goldOf(p) !== undefined)
  const cleaned = new Map<SitePage, CleanResult>(pages.map((p) => [p, clean(p.page.text)]))
  const rows = new Map(pages.map((p) => [p, cleaned.get(p)!.documents.filter((d) => d.text.length > 0).flatMap((d) => deedRows(d, goldOf(p)!))]))
  const fit = (training: readonly SitePage[]) => fitDeedModel(training.flatMap((p) => rows.get(p)!), training.length)
  const heldOut = outOfFold(pages, k, fit)
  const inSample = fit(pages)
  const sets = [...new Set(pages.map(setOf))].sort()
  console.log(`\n== activities, leave-site-out: the deed scorer fitted without the page's site (${pages.length} pages, ${k} folds by site)`)
  const runs: [string, (p: SitePage) => DeedModel | null][] = [
    ['rules only', () => null],
    ['out-of-fold (the measure)', (p) => heldOut.get(p)!],
    ['in-sample (for the gap)', () => inSample],
  ]
  for (const [name, modelOf] of runs) {
    const tallies = new Map<string, FieldTally>(sets.map((s) => [s, { tp: 0, predicted: 0, gold: 0 }]))
    for (const p of pages) {
      const names = extractAll(cleaned.get(p)!, { activityModel: modelOf(p) }).flatMap((s) => s.activities.map((a) => a.name))
      const t = matchCount(names, goldOf(p)!, sameActivity).tally
      const sum = tallies.get(setOf(p))!
      tallies.set(setOf(p), { tp: sum.tp + t.tp, predicted: sum.predicted + t.predicted, gold: sum.gold + t.gold })
    }
    const figures = sets.map((s) => {
      const x = tallyFigures(tallies.get(s)!)
      return `${s} P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)} F1 ${x.f1.toFixed(3)}`
    })
    console.log(`${name.padEnd(26)} ${figures.join(' | ')}`)
  }
}

function setOf(p: SitePage): string {
  return p.path.split('/').slice(-2, -1)[0] ?? '.'
}

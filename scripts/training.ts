/** Labelled pages for training and cross-validation, with the site each one comes from. */
import { existsSync, readFileSync } from 'node:fs'
import type { TrainingPage } from '../src/schema.js'
import { loadCases } from './score.js'

/** Where the shared labelled sets live, when they are there. */
export const SHARED_TRAINING = ['../shared/trainset', '../shared/devset'].filter((d) => existsSync(d))

export interface SitePage {
  id: string
  site: string
  path: string
  page: TrainingPage
}

/** Text pages with gold from the directories; the site comes from the gold (else the id). */
export function trainingPages(dirs: readonly string[]): SitePage[] {
  return dirs.flatMap((dir) =>
    loadCases(dir)
      .filter((c) => c.format === 'txt')
      .map((c) => {
        const gold = c.gold as unknown as TrainingPage['gold'] & { site?: string }
        return { id: c.id, site: gold.site ?? c.id, path: c.path, page: { text: readFileSync(c.path, 'utf8'), gold } }
      }),
  )
}

/**
 * Leave-site-out folds: sites sorted by name and dealt round-robin into k folds, so that no site
 * is ever in both the training and the scored part of a fold.
 */
export function siteFolds(pages: readonly SitePage[], k: number): SitePage[][] {
  const sites = [...new Set(pages.map((p) => p.site))].sort()
  const foldOf = new Map(sites.map((s, i) => [s, i % k]))
  const folds: SitePage[][] = Array.from({ length: k }, () => [])
  for (const p of pages) folds[foldOf.get(p.site)!]!.push(p)
  return folds.filter((f) => f.length > 0)
}

/**
 * Each page's model fitted without its site: one fit per leave-site-out fold (siteFolds), the
 * model of the fold that holds the page.
 */
export function outOfFold<M>(pages: readonly SitePage[], k: number, fit: (training: readonly SitePage[]) => M): Map<SitePage, M> {
  const models = new Map<SitePage, M>()
  for (const fold of siteFolds(pages, k)) {
    const held = new Set(fold)
    const model = fit(pages.filter((p) => !held.has(p)))
    for (const p of fold) models.set(p, model)
  }
  return models
}

/**
 * Training the line model from labelled pages: run the cleaner to its first line stage, take
 * each line the ordinary rules left with its features and gold label, fit a logistic regression
 * and choose its cut-off on the same rows. The rows never include the page being scored when a
 * caller cross-validates (scripts/eval.ts holds sites out).
 */
import { DocsiftError } from '../errors.js'
import { FEATURES, lineFeatures, MODEL_LINE_MAX } from '../model/index.js'
import { chooseThreshold, fitLogistic, type Row } from '../model/logistic.js'
import { lineContext } from '../rules/boilerplate/line-classifier.js'
import type { LineModel, ResolvedCleanOptions, TrainingPage } from '../schema.js'
import { normalizeText } from '../text/normalize.js'
import { cleanText } from './engine.js'

/** A missed junk line costs 1; a body line cut costs this much (cutting the document is worse). */
const BODY_COST = 4

type Label = 'k' | 'd' | 'm' | null

const squash = (s: string) => s.replace(/\s+/g, '')

/** Gold labels of the page's non-empty lines: its `lines`, or labels read from its snippets. */
export function lineLabels(page: TrainingPage): Label[] {
  const lines = page.text.split('\n').filter((l) => l.trim().length > 0)
  if (page.gold.lines && page.gold.lines.length === lines.length) return page.gold.lines
  return lines.map((l) => {
    const s = squash(l)
    const keep = page.gold.with.some((w) => s.includes(squash(w)))
    const junk = page.gold.without.some((w) => s.includes(squash(w)))
    return keep && junk ? 'm' : keep ? 'k' : junk ? 'd' : null
  })
}

/** Start offsets (in the normalized input) of the non-empty lines of a text. */
function lineStarts(input: string): number[] {
  const out: number[] = []
  let at = 0
  for (const line of input.split('\n')) {
    if (line.trim().length > 0) out.push(at)
    at += line.length + 1
  }
  return out
}

/**
 * The training rows of one page: a row per line the ordinary rules did not cut and whose label is
 * known (junk = 1; body and mixed lines = 0: a mixed line keeps its body). None when the page's
 * lines cannot be matched to its labels.
 */
export function pageRows(page: TrainingPage, options: ResolvedCleanOptions): Row[] {
  const input = normalizeText(page.text)
  const labels = lineLabels(page)
  const starts = lineStarts(input)
  if (starts.length !== labels.length) return []
  const rows: Row[] = []
  cleanText(input, options, ({ facts, body, offsets }) => {
    const ctx = lineContext(facts, { firstBodyIndex: body.first, lastBodyIndex: body.last })
    offsets.forEach((offset, i) => {
      if (ctx.verdicts[i] || !facts.texts[i] || facts.texts[i]!.length > MODEL_LINE_MAX) return
      // The gold line holding this unit: the last line starting at or before it.
      let line = starts.length - 1
      while (line > 0 && starts[line]! > offset) line--
      const label = labels[line]
      if (label === null || label === undefined) return
      rows.push({ x: lineFeatures(ctx, i), y: label === 'd' ? 1 : 0 })
    })
  })
  return rows
}

/** Fits a line model on rows, with its cut-off chosen on the same rows. */
export function fitLineModel(rows: readonly Row[], pages: number): LineModel {
  const fit = fitLogistic(rows, FEATURES.length)
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  return {
    format: 'docsift-line-model/1',
    features: [...FEATURES],
    weights: fit.weights.map(round),
    bias: round(fit.bias),
    threshold: round(chooseThreshold(fit, rows, BODY_COST)),
    trainedOn: { pages, lines: rows.length, junk: rows.filter((r) => r.y === 1).length },
  }
}

/**
 * Trains a line model on labelled pages (the shipped one was made so from the shared sets). The
 * lines the rules leave must hold both body and junk, or there is nothing to learn.
 */
export function trainLineModel(pages: readonly TrainingPage[], options: ResolvedCleanOptions): LineModel {
  const rows = pages.flatMap((p) => pageRows(p, options))
  const junk = rows.filter((r) => r.y === 1).length
  if (junk === 0 || junk === rows.length) {
    throw new DocsiftError(
      'BAD_INPUT',
      `cannot train a line model: of the ${rows.length} labelled lines the rules leave, ${junk} are junk; label body and junk lines ("lines": k/d/m, or "with"/"without" snippets)`,
    )
  }
  return fitLineModel(rows, pages.length)
}

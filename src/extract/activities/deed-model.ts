/**
 * The learned deed scorer: scoring a candidate with a model, and fitting a model from labelled
 * candidates. Fitting is deterministic (fixed-step logistic regression from zero weights, verbs in
 * sorted order), so the same pages give the same model file byte for byte.
 */
import { DeedModel } from '../../schema.js'
import { fitLogistic, probability, type Row } from '../../model/logistic.js'
import shipped from '../../model/deed-model.json'
import { DEED_FEATURES, type DeedCandidate } from './deed-features.js'

/** The deed scorer docsift ships, validated once at load. */
export const SHIPPED_DEED_MODEL: DeedModel = DeedModel.parse(shipped)

/** A candidate with its label: did it name one of the page's gold activities? */
export interface DeedRow {
  verb: string
  features: Float64Array
  deed: boolean
}

/** Pseudo-counts of the verb prior: a verb seen a few times stays near the base rate. */
const PRIOR_WEIGHT = 3
/** Verbs seen fewer times than this are left to the base rate (the table stays small). */
const MIN_VERB_COUNT = 2
/**
 * A false deed costs as much as a missed one, as in the F1 the eval scores. Measured leave-site-out (npm run eval), after
 * plans' measures and the needy's sections were read: against a cost of 1.5, the trainset F1 gains 0.007 (0.526 → 0.533)
 * and the devset, whose gold lists fewer prose deeds, loses 0.016 (0.779 → 0.763); a cost of 0.7 gained 0.009 more on
 * the trainset for 0.005 more lost on the devset, 0.5 no more on either.
 */
const FALSE_DEED_COST = 1
const PRIOR = DEED_FEATURES.indexOf('verbPrior')

/** Problems that make a deed model unusable with this version's features, or []. */
export function deedModelProblems(model: DeedModel): string[] {
  const same = model.features.length === DEED_FEATURES.length && model.features.every((f, i) => f === DEED_FEATURES[i])
  return same ? [] : [`the deed scorer's features (${model.features.length}) are not this version's (${DEED_FEATURES.length}): retrain it`]
}

/** The candidate's features with its verb prior filled in from the model's table. */
function withPrior(verbs: Readonly<Record<string, number>>, base: number, c: Pick<DeedCandidate, 'verb' | 'features'>): Float64Array {
  const x = Float64Array.from(c.features)
  x[PRIOR] = verbs[c.verb] ?? base
  return x
}

/** Probability that a candidate reports a deed. */
export function deedProbability(model: DeedModel, c: Pick<DeedCandidate, 'verb' | 'features'>): number {
  return probability({ weights: model.weights, bias: model.bias }, withPrior(model.verbs, model.verbBase, c))
}

/** Fits a deed model on labelled candidates from `pages` pages. */
export function fitDeedModel(rows: readonly DeedRow[], pages: number): DeedModel {
  const deeds = rows.filter((r) => r.deed).length
  const base = rows.length ? deeds / rows.length : 0
  const seen = new Map<string, { deeds: number; all: number }>()
  for (const r of rows) {
    const s = seen.get(r.verb) ?? { deeds: 0, all: 0 }
    s.all++
    if (r.deed) s.deeds++
    seen.set(r.verb, s)
  }
  const verbs: Record<string, number> = {}
  const round = (x: number) => Math.round(x * 1e4) / 1e4
  for (const verb of [...seen.keys()].sort()) {
    const s = seen.get(verb)!
    if (s.all >= MIN_VERB_COUNT) verbs[verb] = round((s.deeds + PRIOR_WEIGHT * base) / (s.all + PRIOR_WEIGHT))
  }
  const verbBase = round(base)
  const labelled: Row[] = rows.map((r) => ({ x: withPrior(verbs, verbBase, r), y: r.deed ? 1 : 0 }))
  const fit = fitLogistic(labelled, DEED_FEATURES.length)
  return DeedModel.parse({
    format: 'docsift-deed-model/1',
    features: [...DEED_FEATURES],
    weights: fit.weights.map((w) => Math.round(w * 1e6) / 1e6),
    bias: Math.round(fit.bias * 1e6) / 1e6,
    threshold: round(bestCutOff(labelled.map((r) => ({ p: probability(fit, r.x), deed: r.y === 1 })))),
    verbs,
    verbBase,
    trainedOn: { pages, candidates: rows.length, deeds },
  })
}

/** The cut-off that maximises found deeds minus FALSE_DEED_COST × false ones on the training candidates. */
function bestCutOff(scored: { p: number; deed: boolean }[]): number {
  scored.sort((a, b) => b.p - a.p)
  let best = { gain: 0, threshold: 1 }
  let gain = 0
  for (let k = 0; k < scored.length; k++) {
    gain += scored[k]!.deed ? 1 : -FALSE_DEED_COST
    const next = scored[k + 1]?.p ?? 0
    if (next === scored[k]!.p) continue
    if (gain > best.gain) best = { gain, threshold: (scored[k]!.p + next) / 2 }
  }
  return best.threshold
}

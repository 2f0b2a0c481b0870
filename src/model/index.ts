/** The shipped line model (trained by scripts/train.ts) and scoring with any model. */
import { LineModel } from '../schema.js'
import { FEATURES } from './features.js'
import { probability } from './logistic.js'
import shipped from './line-model.json'

export { FEATURES, lineFeatures, type LineContext } from './features.js'

/** The model docsift ships, validated once at load. */
export const SHIPPED_MODEL: LineModel = LineModel.parse(shipped)

/** Problems that make a model unusable with this version's features, or []. */
export function modelProblems(model: LineModel): string[] {
  if (model.features.length !== FEATURES.length || model.features.some((f, i) => f !== FEATURES[i])) {
    return [`its features (${model.features.length}) are not this version's (${FEATURES.length}): retrain it with docsift train`]
  }
  return []
}

/** Each feature's contribution to a line's score (weight × value), for reasons. */
export function contributions(model: LineModel, x: ArrayLike<number>): { feature: string; value: number }[] {
  return model.features.map((feature, k) => ({ feature, value: (model.weights[k] ?? 0) * (x[k] ?? 0) }))
}

/** Probability that a line is junk under the model. */
export function junkProbability(model: LineModel, x: ArrayLike<number>): number {
  return probability({ weights: model.weights, bias: model.bias }, x)
}

/** The shipped models (trained by scripts/train.ts) and scoring with any model. */
import { LineModel, type LinearScorer, TopicModel } from '../schema.js'
import { FEATURES } from './features.js'
import { TOPIC_FEATURES } from './topic-features.js'
import { probability } from './logistic.js'
import shipped from './line-model.json'
import shippedTopic from './topic-model.json'

export { FEATURES, lineFeatures, MODEL_LINE_MAX, type LineContext } from './features.js'
export { inOutlineStyle, judgedSentences, judgedWindows, mayCarryForeignMark, TOPIC_FEATURES, topicFeatures, withWords, WORD_FEATURES, type TopicDoc, type TopicUnit } from './topic-features.js'

/** The line model docsift ships, validated once at load. */
export const SHIPPED_MODEL: LineModel = LineModel.parse(shipped)

/** The off-topic model docsift ships. */
export const SHIPPED_TOPIC_MODEL: TopicModel = TopicModel.parse(shippedTopic)

/** Problems that make a model unusable with this version's features, or []. */
export function modelProblems(model: LineModel | TopicModel): string[] {
  const mismatch = (name: string, features: readonly string[], expected: readonly string[]) =>
    features.length !== expected.length || features.some((f, i) => f !== expected[i])
      ? [`${name} features (${features.length}) are not this version's (${expected.length}): retrain it with docsift train`]
      : []
  if (model.format === 'docsift-line-model/1') return mismatch('the line model\'s', model.features, FEATURES)
  return [
    ...mismatch('the off-topic paragraph scorer\'s', model.paragraph.features, TOPIC_FEATURES),
    ...mismatch('the off-topic sentence scorer\'s', model.sentence.features, TOPIC_FEATURES),
    ...mismatch('the off-topic sentence-pair scorer\'s', model.window.features, TOPIC_FEATURES),
  ]
}

/** Each feature's contribution to a score (weight × value), for reasons. */
export function contributions(model: LineModel | LinearScorer, x: ArrayLike<number>): { feature: string; value: number }[] {
  return model.features.map((feature, k) => ({ feature, value: (model.weights[k] ?? 0) * (x[k] ?? 0) }))
}

/**
 * The highest probability a unit can have given features read without words (NaN for the word
 * features, each of which lies in [0, 1]): every unknown feature takes the value that raises the score most.
 */
export function junkProbabilityBound(model: LinearScorer, x: ArrayLike<number>): number {
  let z = model.bias
  for (let k = 0; k < model.weights.length; k++) {
    const w = model.weights[k] ?? 0
    const v = x[k] ?? 0
    z += Number.isNaN(v) ? Math.max(w, 0) : w * v
  }
  return 1 / (1 + Math.exp(-z))
}

/** Probability that a line is junk (or a unit off-topic) under a linear model. */
export function junkProbability(model: LineModel | LinearScorer, x: ArrayLike<number>): number {
  return probability({ weights: model.weights, bias: model.bias }, x)
}

/** The shipped models (trained by scripts/train.ts) and scoring with any model. */
import { LineModel, type LinearScorer, TopicModel } from '../schema.js'
import { FEATURES } from './features.js'
import { probability } from './logistic.js'
import shipped from './line-model.json'
import shippedTopic from './topic-model.json'

export { FEATURES, lineFeatures, MODEL_LINE_MAX, type LineContext } from './features.js'
export { judgedSentences, TOPIC_FEATURES, topicFeatures, type TopicDoc, type TopicUnit } from './topic-features.js'

/** The line model docsift ships, validated once at load. */
export const SHIPPED_MODEL: LineModel = LineModel.parse(shipped)

/** The off-topic model docsift ships. */
export const SHIPPED_TOPIC_MODEL: TopicModel = TopicModel.parse(shippedTopic)

/** Problems that make a model unusable with this version's features, or []. */
export function modelProblems(model: LineModel): string[] {
  if (model.features.length !== FEATURES.length || model.features.some((f, i) => f !== FEATURES[i])) {
    return [`its features (${model.features.length}) are not this version's (${FEATURES.length}): retrain it with docsift train`]
  }
  return []
}

/** Each feature's contribution to a score (weight × value), for reasons. */
export function contributions(model: LineModel | LinearScorer, x: ArrayLike<number>): { feature: string; value: number }[] {
  return model.features.map((feature, k) => ({ feature, value: (model.weights[k] ?? 0) * (x[k] ?? 0) }))
}

/** Probability that a line is junk (or a unit off-topic) under a linear model. */
export function junkProbability(model: LineModel | LinearScorer, x: ArrayLike<number>): number {
  return probability({ weights: model.weights, bias: model.bias }, x)
}

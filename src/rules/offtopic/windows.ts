/**
 * Pairs of sentences judged as one unit. A run spliced into a paragraph is rarely marked as another
 * document's (no other 我X, no other time span), and one sentence says too little to call it
 * foreign; two sentences together do: the sentence-pair scorer of the off-topic model weighs them
 * against the rest of the document, and a pair past its cut-off that stands out from every other
 * pair of the document is cut.
 */
import { judgedWindows, junkProbability, SHIPPED_TOPIC_MODEL, topicFeatures, type TopicDoc } from '../../model/index.js'
import type { LinearScorer } from '../../schema.js'
import { oncePer } from '../../text/memo.js'
import type { DocFacts, RuleBlock } from '../types.js'
import { MIN_SCOPE_REST, scopeOf, takesUpItsHeading, topicDocOf } from './topic.js'

// A pair is cut only this far above every pair it does not overlap: a document's own pairs that
// score high come in numbers (a terse page), a splice alone.
const WINDOW_MARGIN = 0.2

interface ScoredWindow {
  readonly offset: number
  readonly end: number
  readonly p: number
}

/** Scores per block, computed when first asked for (most blocks are never asked about the others). */
const scoresOf = oncePer((_topicDoc: TopicDoc, _scorer: LinearScorer) => new Map<number, ScoredWindow[]>())

function blockScores(topicDoc: TopicDoc, scorer: LinearScorer, index: number): ScoredWindow[] {
  const memo = scoresOf(topicDoc, scorer)
  let out = memo.get(index)
  if (out === undefined) {
    const text = topicDoc.texts[index] ?? ''
    out = index < topicDoc.firstBody ? [] : judgedWindows(text).map((w) => ({
      offset: w.offset,
      end: w.offset + w.text.length,
      p: junkProbability(scorer, topicFeatures(topicDoc, { index, text: w.text, sentence: true, offset: w.offset })),
    }))
    memo.set(index, out)
  }
  return out
}

/** The highest score among the document's pairs that do not overlap [offset, end) of block `index`. */
function nextBest(topicDoc: TopicDoc, scorer: LinearScorer, index: number, offset: number, end: number): number {
  let best = 0
  topicDoc.texts.forEach((_, i) => {
    for (const w of blockScores(topicDoc, scorer, i)) if ((i !== index || w.end <= offset || w.offset >= end) && w.p > best) best = w.p
  })
  return best
}

/** The pairs of sentences of a block that stand out as spliced in, in block offsets, with their scores. */
export function splicedWindows(doc: DocFacts, block: RuleBlock): { start: number; end: number; p: number; next: number }[] {
  if (doc.offtopicCut) return []
  const scorer = (doc.topicModel ?? SHIPPED_TOPIC_MODEL).window
  const threshold = doc.offtopicThreshold ?? scorer.threshold
  const scope = scopeOf(doc, block.index)
  const topicDoc = topicDocOf(scope, block.firstBodyIndex)
  const own = block.index - scope.start
  const out: { start: number; end: number; p: number; next: number }[] = []
  for (const w of blockScores(topicDoc, scorer, own)) {
    if (w.p < threshold || scope.stats.totalLength - (w.end - w.offset) < MIN_SCOPE_REST) continue
    // A run that takes up the words of its section's heading belongs to that section.
    if (takesUpItsHeading(scope, own, block.text.slice(w.offset, w.end))) continue
    const next = nextBest(topicDoc, scorer, own, w.offset, w.end)
    if (w.p - next >= WINDOW_MARGIN) out.push({ start: w.offset, end: w.end, p: w.p, next })
  }
  return out
}

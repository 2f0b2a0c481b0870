/**
 * Pairs of sentences judged as one unit. A run spliced into a paragraph is rarely marked as another
 * document's (no other 我X, no other time span), and one sentence says too little to call it
 * foreign; two sentences together do: the sentence-pair scorer of the off-topic model weighs them
 * against the rest of the document, and a pair past its cut-off that stands out from every other
 * pair of the document is cut.
 */
import { judgedWindows, junkProbability, junkProbabilityBound, SHIPPED_TOPIC_MODEL, topicFeatures, withWords, type TopicDoc, type TopicUnit } from '../../model/index.js'
import type { LinearScorer } from '../../schema.js'
import { SPEAKER_VOICE } from '../../lexicon/offtopic.js'
import { oncePer } from '../../text/memo.js'
import type { DocFacts, RuleBlock } from '../types.js'
import { MIN_SCOPE_REST, scopeOf, takesUpItsHeading, topicDocOf } from './topic.js'

// A pair is cut only this far above every pair it does not overlap: a document's own pairs that
// score high come in numbers (a terse page), a splice alone.
const WINDOW_MARGIN = 0.2
// Once a pair is cut, the side its neighbouring pairs lean to by this much is the splice (see foreignHalf).
const SIDE_MARGIN = 0.1

interface ScoredWindow {
  readonly unit: TopicUnit
  /** Where the pair ends in its block (it starts at `unit.offset`). */
  readonly end: number
  /** Its features read without words, and the highest score its words could give it. */
  readonly unread: Float64Array
  readonly bound: number
  /** Its score, once asked for. */
  p?: number
}

/** Pairs per block, bounded when first asked for (most blocks are never asked about the others). */
const windowsOf = oncePer((_topicDoc: TopicDoc, _scorer: LinearScorer) => new Map<number, ScoredWindow[]>())

function blockWindows(topicDoc: TopicDoc, scorer: LinearScorer, index: number): ScoredWindow[] {
  const memo = windowsOf(topicDoc, scorer)
  let out = memo.get(index)
  if (out === undefined) {
    const text = topicDoc.texts[index] ?? ''
    out = index < topicDoc.firstBody ? [] : judgedWindows(text).map((w) => {
      const unit: TopicUnit = { index, text: w.text, sentence: true, offset: w.offset }
      const unread = topicFeatures(topicDoc, unit, { words: false })
      return { unit, end: w.offset + w.text.length, unread, bound: junkProbabilityBound(scorer, unread) }
    })
    memo.set(index, out)
  }
  return out
}

/** A pair's score, computed once; under `floor` its bound answers (the score is no higher). */
function scoreOf(topicDoc: TopicDoc, scorer: LinearScorer, w: ScoredWindow, floor = 0): number {
  if (w.p !== undefined) return w.p
  if (w.bound <= floor) return w.bound
  w.p = junkProbability(scorer, withWords(topicDoc, w.unit, w.unread))
  return w.p
}

/** The highest score among the document's pairs that do not overlap [offset, end) of block `index`. */
function nextBest(topicDoc: TopicDoc, scorer: LinearScorer, index: number, offset: number, end: number): number {
  let best = 0
  topicDoc.texts.forEach((_, i) => {
    for (const w of blockWindows(topicDoc, scorer, i)) {
      if (i === index && w.end > offset && w.unit.offset < end) continue
      // A pair whose bound is no higher than the best so far cannot raise it.
      const p = scoreOf(topicDoc, scorer, w, best)
      if (p > best) best = p
    }
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
  const windows = blockWindows(topicDoc, scorer, own)
  windows.forEach((w, k) => {
    if (w.bound < threshold || scope.stats.totalLength - w.unit.text.length < MIN_SCOPE_REST) return
    const p = scoreOf(topicDoc, scorer, w)
    if (p < threshold) return
    // A run that takes up the words of its section's heading belongs to that section; one in the speaker's own voice
    // (刚才…宣读了表彰决定…下面,我讲三个方面的意见) to the speech.
    if (takesUpItsHeading(scope, own, w.unit.text) || SPEAKER_VOICE.test(w.unit.text)) return
    const next = nextBest(topicDoc, scorer, own, w.unit.offset, w.end)
    if (p - next >= WINDOW_MARGIN) out.push({ ...foreignHalf(topicDoc, scorer, windows, k), p, next })
  })
  return out
}

/**
 * Which sentence of pair `k` is the splice: the pair it shares its second sentence with scoring well above the pair it
 * shares its first with says the second ("…帮助1730人实现就业。" + the spliced "本单位全体职工要…"), and the other way
 * round; both go when neither side says so (a run of two, or a pair with no neighbour).
 */
function foreignHalf(topicDoc: TopicDoc, scorer: LinearScorer, windows: readonly ScoredWindow[], k: number): { start: number; end: number } {
  const w = windows[k]!
  const before = windows[k - 1]
  const after = windows[k + 1]
  // Consecutive pairs overlap by one sentence: the next pair starts where this one's second sentence does.
  if (!before || !after || before.end <= w.unit.offset || after.unit.offset <= w.unit.offset || after.unit.offset >= w.end) {
    return { start: w.unit.offset, end: w.end }
  }
  const left = scoreOf(topicDoc, scorer, before)
  const right = scoreOf(topicDoc, scorer, after)
  if (right - left >= SIDE_MARGIN) return { start: after.unit.offset, end: w.end }
  if (left - right >= SIDE_MARGIN) return { start: w.unit.offset, end: before.end }
  return { start: w.unit.offset, end: w.end }
}

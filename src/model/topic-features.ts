/**
 * Features of the off-topic model: how a paragraph (or a sentence inside one) sits in its
 * document — the character pairs and words it shares with the rest and with the title, how it
 * compares with the other paragraphs, and the cues of another document's voice (another
 * self-reference, a conclusion in the middle, another time span, a year the rest never names).
 * Character pairs, not words, carry most of it: they need no segmentation.
 */
import { CONCLUSION_START, GENERIC_WORDS, HAS_SELF_REFERENCE, SPAN_COMPLEMENTS, SPAN_PHRASES, SUMMARY_WORDS } from '../lexicon/offtopic.js'
import { GENRE_WORDS } from '../lexicon/genres.js'
import { blockSentences, type DocStats, pairCounts, pairsOutside, selfReferences, shingles } from '../text/doc-stats.js'
import { fold } from '../text/fold.js'
import { leadingMarker, outlineMarkers } from '../text/markers.js'
import { oncePer } from '../text/memo.js'
import { idf } from '../text/segment.js'

/** What a unit is judged against: its document's blocks, aggregates and title. */
export interface TopicDoc {
  readonly texts: readonly string[]
  readonly stats: DocStats
  readonly title: string | null
  readonly firstBody: number
}

/** A paragraph (block `index`), or a sentence starting at `offset` inside it. */
export interface TopicUnit {
  readonly index: number
  readonly text: string
  readonly sentence: boolean
  readonly offset: number
}

export const TOPIC_FEATURES = [
  'rareShared', 'rareInTitle', 'rareMissing', 'pairShare', 'specificShare', 'wordCosine', 'titleShare', 'titleElsewhere', 'belowPeers', 'lowestPeer', 'neighbourShare',
  'outlineFits', 'selfAgree', 'selfClash', 'selfUnknown', 'conclusionMid', 'spanClash', 'yearClash', 'length', 'restLength', 'listLike', 'summaryVoice',
  'firstBody', 'position', 'adjacentLow', 'adjacentHigh', 'rareBelowPeers', 'cosineBelowPeers', 'innerShare',
] as const
export type TopicFeature = (typeof TOPIC_FEATURES)[number]

// Character pairs of words every work report uses: sharing them says nothing about the topic.
const GENERIC_PAIRS = new Set<number>()
for (const w of [...GENERIC_WORDS, ...SUMMARY_WORDS, ...GENRE_WORDS]) for (const k of shingles(w).keys()) GENERIC_PAIRS.add(k)
const YEAR = /(?:19|20)\d{2}(?=年)/g
const NO_PAIRS: ReadonlyMap<number, number> = new Map()
const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x)

/** Pairs of `text` found `times` more often in the document than in `own` (the rest holds them). */
// The pair maps are walked with forEach: a for-of over entries allocates an array per entry where
// V8 cannot prove it does not escape, and these loops ran over every pair of every unit judged.
function shared(unit: ReadonlyMap<number, number>, stats: DocStats, specific: boolean): number {
  let total = 0
  let hit = 0
  unit.forEach((n, k) => {
    if (specific && GENERIC_PAIRS.has(k)) return
    total++
    if (stats.shingleTotal(k) > n) hit++
  })
  return total === 0 ? 1 : hit / total
}

function overlap(unit: ReadonlyMap<number, number>, other: { has(key: number): boolean }): number {
  let total = 0
  let hit = 0
  unit.forEach((_, k) => {
    if (GENERIC_PAIRS.has(k)) return
    total++
    if (other.has(k)) hit++
  })
  return total === 0 ? 1 : hit / total
}

// Per document: the outline markers its blocks open with.

/**
 * The unit opens with an outline marker that continues the document's outline: the same style
 * numbered one less or one more stands at the head of another block ("(二)" beside "(一)").
 */
function outlineFits(doc: TopicDoc, unit: TopicUnit): boolean {
  const own = leadingMarker(unit.text)
  if (!own || (unit.sentence && unit.offset > 0)) return false
  return outlineMarkers(doc.stats).some((m, i) => i !== unit.index && m !== null && m.style === own.style && Math.abs(m.n - own.n) <= (own.style.startsWith('bullet') ? 0 : 1) && (own.style.startsWith('bullet') || m.n !== own.n))
}

/**
 * The unit opens with an outline marker in a style other blocks of the document open with too
 * ("(四)…" where "(一)" and "(二)" head paragraphs): part of the document's outline, whether or not
 * its neighbours in the numbering are on the page.
 */
export function inOutlineStyle(doc: TopicDoc, unit: TopicUnit): boolean {
  const own = leadingMarker(unit.text)
  if (!own || (unit.sentence && unit.offset > 0)) return false
  return outlineMarkers(doc.stats).some((m, i) => i !== unit.index && m !== null && m.style === own.style)
}

// Per document (its title follows from it): which blocks mention a specific pair of the title.
const titledBlocks = oncePer((stats: DocStats, title: ReadonlyMap<number, number>) =>
  stats.texts.map((t) => [...shingles(t).keys()].some((k) => title.has(k) && !GENERIC_PAIRS.has(k))),
)

// Per document: how many year mentions it holds (a per-unit count would be quadratic).
const yearTotal = oncePer((stats: DocStats) => stats.texts.reduce((n, t) => n + (t.match(YEAR)?.length ?? 0), 0))

// Per document: each block's specific-pair share, to compare a unit with its peers.
const peerShares = oncePer((stats: DocStats) => stats.texts.map((t) => (t.length >= 30 ? shared(shingles(t), stats, true) : -1)))

/**
 * Words weighted by how rare they are in general Chinese: the share of the unit's rare weight
 * found in the rest of the document and in the title, and the share of its three rarest words
 * the rest never uses. A paragraph of the document repeats its rare words (科普, 防汛); a spliced one
 * brings its own.
 */
function rareWords(doc: TopicDoc, unit: TopicUnit): { shared: number; title: number; missing: number } {
  const own = unit.sentence ? doc.stats.wordsIn(unit.index, unit.offset, unit.offset + unit.text.length) : doc.stats.wordsOf(unit.index)
  const title = doc.stats.titleWords()
  let total = 0
  let shared = 0
  let inTitle = 0
  const ranked: { w: string; v: number; rest: boolean }[] = []
  for (const [w, n] of own) {
    const v = idf(w)
    const rest = doc.stats.wordTotal(w) > n
    total += v
    if (rest) shared += v
    if (title.has(w)) inTitle += v
    ranked.push({ w, v, rest })
  }
  ranked.sort((a, b) => b.v - a.v || (a.w < b.w ? -1 : 1))
  const top = ranked.slice(0, 3)
  return {
    shared: total === 0 ? 1 : shared / total,
    title: total === 0 ? 0 : inTitle / total,
    missing: top.length === 0 ? 0 : top.filter((t) => !t.rest).length / top.length,
  }
}

// Per document: each long block's rare-word share and word cosine with the rest, so that a unit is
// weighed against what its peers share (a terse page shares little everywhere; a splice, less).
const peerRare = oncePer((stats: DocStats, doc: TopicDoc) =>
  stats.texts.map((text, index) => (text.length >= 30 ? rareWords(doc, { index, text, sentence: false, offset: 0 }).shared : -1)),
)
const peerCosine = oncePer((stats: DocStats) => stats.texts.map((t, i) => (t.length >= 30 ? clamp(stats.cosineRest(i) * 4) : -1)))

/** The peers' values of a document (-1 = not a peer) summed once, with the two lowest, for every unit. */
interface PeerSummary {
  readonly sum: number
  readonly count: number
  /** The lowest peer value (Infinity without peers), its block, and the lowest among the others. */
  readonly lowest: number
  readonly lowestAt: number
  readonly secondLowest: number
}

// Per list of peer values (itself made once per document): a unit's peers are these less its own
// block, so each unit costs O(1) here, not a pass over every block (thousands on a 1 MB page).
const summaryOf = oncePer((values: readonly number[]): PeerSummary => {
  let sum = 0
  let count = 0
  let lowest = Infinity
  let lowestAt = -1
  let secondLowest = Infinity
  values.forEach((v, i) => {
    if (v < 0) return
    sum += v
    count++
    if (v < lowest) {
      secondLowest = lowest
      lowest = v
      lowestAt = i
    } else if (v < secondLowest) secondLowest = v
  })
  return { sum, count, lowest, lowestAt, secondLowest }
})

/** The unit's peers: every peer, less the unit's own block for a paragraph. */
function peersOf(values: readonly number[], unit: TopicUnit): { sum: number; count: number; lowest: number } {
  const p = summaryOf(values)
  const own = unit.sentence ? -1 : (values[unit.index] ?? -1)
  if (own < 0) return p
  return { sum: p.sum - own, count: p.count - 1, lowest: unit.index === p.lowestAt ? p.secondLowest : p.lowest }
}

/** The mean of the peers' values (-1 = not a peer), leaving out the unit's own block for a paragraph. */
function peerMean(values: readonly number[], unit: TopicUnit, fallback: number): number {
  const { sum, count } = peersOf(values, unit)
  return count ? sum / count : fallback
}

/**
 * For a run of sentences inside a paragraph, what its first sentence shares with the rest of the
 * run: a spliced run keeps to its own topic while breaking the paragraph's thread (0 for one sentence).
 */
function innerShare(text: string): number {
  const parts = blockSentences(text)
  if (parts.length < 2) return 0
  const first = parts[0]!
  return overlap(shingles(first.text), pairCounts(text.slice(first.offset + first.text.length)))
}

/**
 * The features read from words (jieba's segmentation and IDF). Each lies in [0, 1], so without them
 * a score can be bounded from above: see `topicFeatures(…, { words: false })`.
 */
type WordFeature = 'rareShared' | 'rareInTitle' | 'rareMissing' | 'wordCosine' | 'rareBelowPeers' | 'cosineBelowPeers'
const UNREAD_WORDS: Readonly<Record<WordFeature, number>> = { rareShared: NaN, rareInTitle: NaN, rareMissing: NaN, wordCosine: NaN, rareBelowPeers: NaN, cosineBelowPeers: NaN }
export const WORD_FEATURES: ReadonlySet<TopicFeature> = new Set(Object.keys(UNREAD_WORDS) as WordFeature[])
const isWordFeature = (f: TopicFeature): f is WordFeature => WORD_FEATURES.has(f)
// Per position of TOPIC_FEATURES: the word feature there, or null (read once, not per unit).
const WORD_AT: readonly (WordFeature | null)[] = TOPIC_FEATURES.map((f) => (isWordFeature(f) ? f : null))

/** The word features of a unit (this segments the document's blocks, once per document). */
function wordFeatures(doc: TopicDoc, unit: TopicUnit): Record<WordFeature, number> {
  const { stats } = doc
  const rare = rareWords(doc, unit)
  const cosine = unit.sentence ? 0 : clamp(stats.cosineRest(unit.index) * 4)
  return {
    rareShared: rare.shared,
    rareInTitle: clamp(rare.title * 3),
    rareMissing: rare.missing,
    wordCosine: cosine,
    rareBelowPeers: clamp((peerMean(peerRare(stats, doc), unit, rare.shared) - rare.shared) * 2),
    cosineBelowPeers: unit.sentence ? 0 : clamp(peerMean(peerCosine(stats), unit, 0) - cosine),
  }
}

/** A vector read with `words: false`, completed with the unit's word features (the rest is not read again). */
export function withWords(doc: TopicDoc, unit: TopicUnit, unread: Float64Array): Float64Array {
  const x = Float64Array.from(unread)
  const read = wordFeatures(doc, unit)
  WORD_AT.forEach((f, k) => {
    if (f !== null) x[k] = read[f]
  })
  return x
}

/**
 * The feature vector of a unit. With `words: false` the word features are NaN and nothing is
 * segmented: enough to bound the unit's score (most units are nowhere near a cut-off).
 */
export function topicFeatures(doc: TopicDoc, unit: TopicUnit, { words = true }: { words?: boolean } = {}): Float64Array {
  const { stats, texts } = doc
  const own = shingles(unit.text)
  const block = texts[unit.index] ?? ''
  const restLength = stats.totalLength - unit.text.length
  const specific = shared(own, stats, true)
  // Peers: the other long blocks (for a paragraph), the other sentences of the document's long blocks (for a sentence).
  const peers = peersOf(peerShares(stats), unit)
  const mean = peers.count ? peers.sum / peers.count : specific
  const title = doc.title ? shingles(fold(doc.title).replace(/(?:19|20)\d{2}年?/g, '')) : NO_PAIRS
  let titleHits = 0
  let titleTotal = 0
  for (const k of title.keys()) {
    if (GENERIC_PAIRS.has(k)) continue
    titleTotal++
    if (own.has(k)) titleHits++
  }
  const titled = titleTotal === 0 ? [] : titledBlocks(stats, title)
  const titleElsewhere = titleTotal === 0 ? 0 : titled.filter((t, i) => t && i !== unit.index).length / Math.max(1, texts.length - 1)
  // A sentence against the rest of its own paragraph; a paragraph against its neighbours.
  const neighbour = unit.sentence
    ? pairsOutside(block, unit.offset, unit.offset + unit.text.length, own)
    : pairCounts(`${texts[unit.index - 1] ?? ''}\n${texts[unit.index + 1] ?? ''}`)
  // Self-references (我院, 我县) of the unit against those of the rest of the document.
  // A sentence is weighed against the other blocks, not its own paragraph: the other sentences of
  // a spliced run speak in the same foreign voice and would vouch for it.
  const ownRefs = selfReferences(unit.text)
  const restRefs = unit.sentence ? stats.refsExcept(unit.index) : stats.refsExcept(unit.index, ownRefs)
  const clash = ownRefs.size > 0 && restRefs.size > 0 && ![...ownRefs.keys()].some((r) => restRefs.has(r))
  const unknown = ownRefs.size > 0 && restRefs.size === 0 && [...ownRefs.keys()].every((r) => stats.occurrences(r.slice(1)) <= unit.text.split(r.slice(1)).length - 1)
  const years = new Set(unit.text.match(YEAR) ?? [])
  const yearClash = years.size > 0 && yearTotal(stats) > years.size && [...years].every((y) => stats.occurrences(y) <= unit.text.split(y).length - 1)
  // A span phrase the rest of the document never uses, unless the title or the rest names it or its complement.
  const elsewhere = (p: string) => stats.occurrences(p) > unit.text.split(p).length - 1 || (doc.title ?? '').includes(p.slice(0, 2))
  const spans = SPAN_PHRASES.filter((p) => {
    const complement = SPAN_COMPLEMENTS[p]
    return unit.text.includes(p) && !elsewhere(p) && !(complement !== undefined && elsewhere(complement))
  })
  // A sentence against the sentences right before and after it in its paragraph: a spliced run
  // breaks the thread on at least one side.
  let adjacentLow = 1
  let adjacentHigh = 0
  if (unit.sentence) {
    const parts = blockSentences(block)
    const at = parts.findIndex((p) => p.offset === unit.offset)
    // The sentence after the unit's end (a pair of sentences spans two).
    const after = parts.findIndex((p) => p.offset >= unit.offset + unit.text.length)
    const sides = [at > 0 ? parts[at - 1] : undefined, after >= 0 ? parts[after] : undefined].filter((p) => p !== undefined).map((p) => overlap(own, shingles(p.text)))
    if (sides.length) {
      adjacentLow = Math.min(...sides)
      adjacentHigh = Math.max(...sides)
    }
  }
  const wordValues = words ? wordFeatures(doc, unit) : UNREAD_WORDS
  // Two plain records, not one spread into the other: the spread made a dictionary-mode object of
  // some 17 KB per unit, a third of what cleaning allocated.
  const values: Record<Exclude<TopicFeature, WordFeature>, number> = {
    adjacentLow,
    adjacentHigh,
    pairShare: shared(own, stats, false),
    specificShare: specific,
    titleShare: titleTotal === 0 ? 0.5 : titleHits / titleTotal,
    titleElsewhere,
    belowPeers: clamp((mean - specific) * 2),
    lowestPeer: peers.count >= 2 && peers.lowest >= specific ? 1 : 0,
    neighbourShare: overlap(own, neighbour),
    outlineFits: outlineFits(doc, unit) ? 1 : 0,
    selfAgree: [...ownRefs.keys()].some((r) => restRefs.has(r)) ? 1 : 0,
    selfClash: clash ? 1 : 0,
    selfUnknown: unknown ? 1 : 0,
    conclusionMid: CONCLUSION_START.test(fold(unit.text)) && stats.blocksAfter(unit.index, 30) >= 2 ? 1 : 0,
    spanClash: spans.length > 0 ? 1 : 0,
    yearClash: yearClash ? 1 : 0,
    length: clamp(Math.log2(1 + unit.text.length) / 9),
    restLength: clamp(Math.log2(1 + restLength) / 13),
    listLike: !/[。!?]/.test(unit.text) ? 1 : 0,
    summaryVoice: clamp(SUMMARY_WORDS.filter((w) => unit.text.includes(w)).length / 4),
    firstBody: unit.index === doc.firstBody ? 1 : 0,
    position: texts.length > 1 ? unit.index / (texts.length - 1) : 0,
    innerShare: unit.sentence ? innerShare(unit.text) : 0,
  }
  const x = new Float64Array(TOPIC_FEATURES.length)
  TOPIC_FEATURES.forEach((f, k) => {
    const word = WORD_AT[k]
    x[k] = word ? wordValues[word] : values[f as Exclude<TopicFeature, WordFeature>]
  })
  return x
}

/**
 * Whether a unit holds what any of the foreign marks needs (a self-reference, a conclusion marker at
 * its start, a span phrase). Without one, selfClash, selfUnknown, conclusionMid and spanClash are 0
 * whatever the rest of the document says, so a caller may skip scoring what only those could cut.
 */
export function mayCarryForeignMark(text: string): boolean {
  const folded = fold(text)
  return HAS_SELF_REFERENCE.test(folded) || CONCLUSION_START.test(folded) || SPAN_PHRASES.some((p) => text.includes(p))
}

/** Pairs of judged sentences that follow one another in a block, as one unit of text. */
export function judgedWindows(block: string): { text: string; offset: number }[] {
  const parts = judgedSentences(block)
  const out: { text: string; offset: number }[] = []
  for (let j = 0; j + 1 < parts.length; j++) {
    const a = parts[j]!
    const b = parts[j + 1]!
    if (b.offset === a.offset + a.text.length) out.push({ text: block.slice(a.offset, b.offset + b.text.length), offset: a.offset })
  }
  return out
}

/** The sentences of a block that can be judged on their own (long enough, in a block of two or more). */
export function judgedSentences(block: string): { text: string; offset: number }[] {
  const parts = blockSentences(block)
  return parts.length < 2 ? [] : parts.filter((s) => s.text.length >= 12)
}

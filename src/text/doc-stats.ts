/**
 * Whole-document aggregates for the off-topic rules, computed once per pass and lazily, so that
 * comparing each block or sentence with "the rest" costs the size of that block, not of the
 * document (a 1 MB page has thousands of blocks).
 */
import { GENERIC_WORDS, SELF_REFERENCE, SUMMARY_WORDS } from '../lexicon/offtopic.js'
import { GENRE_WORD } from '../lexicon/genres.js'
import { HAN_WORD, hanCount, sentences } from './chars.js'
import { fold } from './fold.js'
import { recentTexts } from './memo.js'
import { cut } from './segment.js'
import { hasSeoDecoration, titleKey, variantLabel } from './title.js'

/** A short line that could be a title or a copy of one, with its comparable forms. */
export interface TitleLine {
  /** The line folded, without spaces and punctuation: equal forms are the same line. */
  readonly form: string
  /** `titleKey` of the line (SEO parts and years dropped), or of its base when it is a variant label. */
  readonly key: string
  readonly decorated: boolean
  readonly variant: boolean
}

// A title line is short and holds no sentence.
const TITLE_LINE_MAX = 60
const SENTENCE = /[。!?;！？；]/

const MIN_SUMMARY_WORDS = 6

function count<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

// The CJK Unified Ideographs block the pairs are read from.
const CJK_FIRST = 0x4e00
const CJK_SPAN = 0x9fff - CJK_FIRST + 1
const isCjk = (c: number) => c >= CJK_FIRST && c < CJK_FIRST + CJK_SPAN

/**
 * One number for a pair of Han characters: their offsets in the Unicode block, row by column. It
 * stays below 2^30, a small integer to V8 (a Smi): map lookups need no boxed number, whereas
 * `a * 0x10000 + b` (over 2^31) made every pair a heap number (the off-topic features took a fifth
 * longer with it).
 */
// What another voice says in quotation marks ("…留言说:“以后出门我会自带水杯。”"): its 我会 is the speaker's, not the writer's.
const QUOTED_SPEECH = /“[^“”]*”/g

/**
 * The self-references (我院, 我县 …) a text speaks in, outside quoted speech, each with its count.
 * @example selfReferences('我院组织义诊。患者说:“我会按时复查。”') // Map { '我院' => 1 }
 */
export function selfReferences(text: string): Map<string, number> {
  const m = new Map<string, number>()
  for (const r of fold(text).replace(QUOTED_SPEECH, '').match(SELF_REFERENCE) ?? []) count(m, r)
  return m
}

export function pairKey(a: number, b: number): number {
  return (a - CJK_FIRST) * CJK_SPAN + (b - CJK_FIRST)
}

/**
 * The key of the character pair at i, i + 1 of a text (as `shingles` counts it), or -1 when the
 * pair is out of the text or not two Han characters.
 */
export function pairAt(text: string, i: number): number {
  return i >= 0 && i + 1 < text.length ? pairOf(text.charCodeAt(i), text.charCodeAt(i + 1)) : -1
}

function pairOf(a: number, b: number): number {
  return isCjk(a) && isCjk(b) ? pairKey(a, b) : -1
}

/**
 * Character-pair shingles of the Han runs of a text, with counts. A pair is keyed by its two
 * characters as one small number (`pairKey`): no two-character string per position.
 */
export function pairCounts(text: string): Map<number, number> {
  const out = new Map<number, number>()
  let prev = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isCjk(c)) {
      prev = -1
      continue
    }
    if (prev >= 0) count(out, pairKey(prev, c))
    prev = c
  }
  return out
}

/** A content word of a block (two or more Han characters, not generic) and where it starts. */
export interface Token {
  readonly word: string
  readonly offset: number
}

// The off-topic features ask for the same blocks' pairs in every stage and pass and for every
// sentence judged inside them (the rest of a block is its pairs less the sentence's).
const pairMemo = recentTexts(pairCounts)

/** `pairCounts` of a text, remembered (read-only: callers share the map); for texts asked about again. */
export function shingles(text: string): ReadonlyMap<number, number> {
  return pairMemo(text)
}

/**
 * Whether a pair occurs in `block` once [start, end) is taken out and the two sides joined, as in
 * `shingles(block.slice(0, start) + block.slice(end))`, without building that text: the block's
 * pairs less those inside the piece (`inside`, its shingles) and the two straddling its edges, plus
 * the pair the join makes. A block of n sentences costs n pieces, not n copies of the block.
 */
export function pairsOutside(block: string, start: number, end: number, inside: ReadonlyMap<number, number>): { has(key: number): boolean } {
  const all = shingles(block)
  const left = pairAt(block, start - 1)
  const right = pairAt(block, end - 1)
  const join = start > 0 && end < block.length ? pairOf(block.charCodeAt(start - 1), block.charCodeAt(end)) : -1
  return {
    has: (key) => key === join || (all.get(key) ?? 0) - (inside.get(key) ?? 0) - (key === left ? 1 : 0) - (key === right ? 1 : 0) > 0,
  }
}

/** `sentences` of a block, remembered: every sentence judged in a block asks for its neighbours. */
const sentenceMemo = recentTexts(sentences)
export function blockSentences(text: string): readonly { readonly text: string; readonly offset: number }[] {
  return sentenceMemo(text)
}

interface Segmented {
  tokens: Token[]
  counts: Map<string, number>
}

// Segmentation of the same block text repeats across passes and calls: remember it (bounded).
const segmented = recentTexts(segment)

/** Forgets remembered segmentations (benchmarks call it so repeated pages are not measured as free). */
export function clearWordCache(): void {
  segmented.forget()
  pairMemo.forget()
  sentenceMemo.forget()
}

function segment(text: string): Segmented {
  const tokens: Token[] = []
  const counts = new Map<string, number>()
  let at = 0
  for (const w of cut(text)) {
    // jieba returns the text in pieces; find each piece from where the last one ended.
    const found = text.indexOf(w, at)
    const offset = found >= 0 ? found : at
    at = offset + w.length
    if (HAN_WORD.test(w) && !GENERIC_WORDS.has(w)) {
      tokens.push({ word: w, offset })
      count(counts, w)
    }
  }
  return { tokens, counts }
}

function contentWords(text: string): Map<string, number> {
  return segmented(text).counts
}

export class DocStats {
  private words?: Map<string, number>[]
  private wordTotals?: Map<string, number>
  private wordNorm2 = 0
  private refs?: Map<string, number>[]
  private refTotals?: Map<string, number>
  private shingleTotals?: ReadonlyMap<number, number>
  private readonly substrCounts = new Map<string, number>()
  private summary?: boolean
  private after?: number[]
  private joined?: string
  private han?: number
  private titleLineList?: (TitleLine | null)[]
  private titleWordCounts?: Map<string, number>

  // Built for every stage of every pass, so nothing is computed before a rule asks for it.
  constructor(
    readonly texts: readonly string[],
    private readonly title: string | null,
  ) {}

  private get whole(): string {
    this.joined ??= this.texts.join('\n')
    return this.joined
  }

  /** Length of the whole document (blocks joined by newlines). */
  get totalLength(): number {
    return this.whole.length
  }

  /** Han characters in the whole document. */
  get totalHan(): number {
    this.han ??= hanCount(this.whole)
    return this.han
  }

  /** Content words (nodejieba, generic words dropped) of block i. */
  wordsOf(i: number): ReadonlyMap<string, number> {
    this.ensureWords()
    return this.words![i] ?? new Map()
  }

  /** Content words of block i that start in [start, end) of its text (a sentence's words), with counts. */
  wordsIn(i: number, start: number, end: number): Map<string, number> {
    const out = new Map<string, number>()
    for (const t of segmented(this.texts[i] ?? '').tokens) if (t.offset >= start && t.offset < end) count(out, t.word)
    return out
  }

  /** How often a content word occurs in the whole document. */
  wordTotal(word: string): number {
    this.ensureWords()
    return this.wordTotals!.get(word) ?? 0
  }

  /** Content words of the title. */
  titleWords(): ReadonlyMap<string, number> {
    this.titleWordCounts ??= this.title ? contentWords(this.title) : new Map()
    return this.titleWordCounts
  }

  /** Cosine between block i's words and every other block's words together, in O(|block|). */
  cosineRest(i: number): number {
    this.ensureWords()
    const own = this.words![i] ?? new Map<string, number>()
    let dot = 0
    let na = 0
    let nb = this.wordNorm2
    for (const [w, a] of own) {
      const t = this.wordTotals!.get(w) ?? 0
      na += a * a
      dot += a * (t - a)
      nb += (t - a) * (t - a) - t * t
    }
    return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0
  }

  /** Self-references (我院, 我县 …) of block i with counts. */
  refsOf(i: number): ReadonlyMap<string, number> {
    this.ensureRefs()
    return this.refs![i] ?? new Map()
  }

  /** Self-references heard outside block i (or outside a piece of it), with counts. */
  refsExcept(i: number, own: ReadonlyMap<string, number> = this.refsOf(i)): Map<string, number> {
    this.ensureRefs()
    const out = new Map<string, number>()
    for (const [r, n] of this.refTotals!) {
      const left = n - (own.get(r) ?? 0)
      if (left > 0) out.set(r, left)
    }
    return out
  }

  /** How often `s` occurs in the whole document. */
  occurrences(s: string): number {
    let n = this.substrCounts.get(s)
    if (n === undefined) {
      n = 0
      for (let at = this.whole.indexOf(s); at >= 0; at = this.whole.indexOf(s, at + s.length)) n++
      this.substrCounts.set(s, n)
    }
    return n
  }

  /** Character-pair shingles of the whole document. */
  shingleTotal(sh: number): number {
    // Not remembered: a whole document's pairs would outlive it in the memo.
    this.shingleTotals ??= pairCounts(this.whole)
    return this.shingleTotals.get(sh) ?? 0
  }

  /** How many blocks after block i are at least `min` characters long. */
  blocksAfter(i: number, min: number): number {
    if (!this.after) {
      this.after = new Array<number>(this.texts.length + 1).fill(0)
      for (let k = this.texts.length - 1; k >= 0; k--) this.after[k] = this.after[k + 1]! + (this.texts[k]!.length >= min ? 1 : 0)
    }
    return this.after[i + 1] ?? 0
  }

  /** Share of Han characters in the document once `piece` is taken out of it. */
  hanRatioWithout(piece: string): number {
    const han = this.totalHan - hanCount(piece)
    const len = this.totalLength - piece.length
    return len > 0 ? han / len : 0
  }

  /** Block i as a possible title line (short, no sentence), or null. */
  titleLine(i: number): TitleLine | null {
    this.titleLineList ??= this.texts.map((t) => {
      const text = t.trim()
      if (text.length === 0 || text.length > TITLE_LINE_MAX || SENTENCE.test(text)) return null
      const form = fold(text).replace(/[\s\p{P}\p{S}]/gu, '')
      if (form.length === 0) return null
      const label = variantLabel(text)
      const base = label?.base ?? text
      return { form, key: titleKey(base), decorated: hasSeoDecoration(base), variant: label !== null }
    })
    return this.titleLineList[i] ?? null
  }

  /** The document reads as a work summary or plan: its title says so, or its vocabulary does. */
  summaryLike(): boolean {
    this.summary ??=
      (this.title !== null && GENRE_WORD.test(this.title)) || SUMMARY_WORDS.filter((w) => this.whole.includes(w)).length >= MIN_SUMMARY_WORDS
    return this.summary
  }

  private ensureWords(): void {
    if (this.words) return
    this.words = this.texts.map(contentWords)
    this.wordTotals = new Map()
    for (const m of this.words) for (const [w, n] of m) count(this.wordTotals, w, n)
    for (const n of this.wordTotals.values()) this.wordNorm2 += n * n
  }

  private ensureRefs(): void {
    if (this.refs) return
    this.refs = this.texts.map(selfReferences)
    this.refTotals = new Map()
    for (const m of this.refs) for (const [r, n] of m) count(this.refTotals, r, n)
  }
}

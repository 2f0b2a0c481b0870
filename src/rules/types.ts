/** The contract every cleaning rule follows (see STYLE.md rule 2). */
import type { DocStats } from '../text/doc-stats.js'
import type { LineModel, RuleKind, TopicModel } from '../schema.js'

/**
 * Where a rule looks: `inline` returns spans of noise inside each raw line (injected readings,
 * watermarks, spam) before anything else reads it; `line` runs on each line before hard wraps are
 * rejoined (page furniture is line-shaped; a line rule may also cut only spans of its line);
 * `block` on rejoined paragraphs, `span` returns spans inside a block.
 */
export type RuleScope = 'inline' | 'line' | 'block' | 'span'

/** What a rule sees of the block under test. */
export interface RuleBlock {
  readonly text: string
  /** `fold(text)`, computed once for all the rules that read the block. */
  readonly folded: string
  /** Position among the blocks of this stage (0-based) and their count. */
  readonly index: number
  readonly count: number
  /** Index of the first block that reads as document body (a sentence paragraph), or count. */
  readonly firstBodyIndex: number
  /** Index of the last block that reads as document body, or -1: what follows it is the page's tail. */
  readonly lastBodyIndex: number
}

/** Facts about the whole document, computed once before the rules run. */
export interface DocFacts {
  /** The document title (SEO-free), or null. */
  readonly title: string | null
  /** Index, among the line-stage blocks, of the line kept as the title (-1 when none). */
  readonly titleIndex: number
  /** `titleKey(title)`: comparable form, or '' when unknown. */
  readonly titleKey: string
  /** Extra phrases per rule id, from the caller's options. */
  readonly phrases: Readonly<Record<string, readonly string[]>>
  /** All block texts of this stage, for rules that compare a block with the rest. */
  readonly texts: readonly string[]
  /** Whole-document aggregates (words, self-references, shingles), computed once and lazily. */
  readonly stats: DocStats
  /** Off-topic cut-off from the options (0..1, higher = fewer cuts); the model's own when absent. */
  readonly offtopicThreshold?: number
  /** An off-topic model the caller passed; the off-topic rules fall back to the shipped one. */
  readonly topicModel?: TopicModel
  /**
   * Line stage, second round: what the ordinary line rules decided for every line (the kind of the
   * rule that cut it, or null), so that a reviewing rule can read a line in its context.
   */
  readonly lineVerdicts?: readonly (RuleKind | null)[]
  /** A line model the caller passed (`clean(page, { model })`); reviewing rules fall back to the shipped one. */
  readonly model?: LineModel
  /**
   * Block and span stages, and the line stage's reviewing round, of a compilation page: the documents it holds, in
   * order (at the line stage as an earlier pass's cut labels opened them), each with the index
   * of its first block and the title its label gave it. Rules that compare a block with "the rest"
   * compare it with the rest of its own document. Absent for an ordinary page.
   */
  readonly documents?: readonly { readonly start: number; readonly title: string }[]
  /**
   * An earlier pass already cut something off-topic. Judgements relative to the page (the paragraph
   * that stands out from all others) are made once, against the page as it came: with the outlier
   * gone, the next highest is no outlier of that page.
   */
  readonly offtopicCut?: true
}

/** A rule's verdict: cut the whole block, or the listed spans ([start, end) in the block text). */
export interface Cut {
  readonly reason: string
  readonly spans?: readonly (readonly [number, number])[]
  /** Also drop every block after this one (trailing related-document lists). */
  readonly dropRest?: boolean
  /** The reason given for each block `dropRest` takes (the default names a list of other documents). */
  readonly restReason?: string
  /** The kind of this cut when the rule's own kind does not say it (a learned rule judges many kinds). */
  readonly kind?: RuleKind
  /** The cut line separated two documents of a compilation: the next kept line opens one titled so. */
  readonly opensDocument?: string
  /** What is left of the line continues the one before it (its break fell inside a word). */
  readonly continues?: boolean
}

/**
 * What the pipeline needs to know of a rule beyond its scope. `reviews`: a line rule that runs
 * after the others have judged every line, and reads their verdicts (`DocFacts.lineVerdicts`).
 * `furniture`: it recognises page furniture whatever the title (used to find where the body starts).
 */
export interface RuleTraits {
  readonly reviews?: boolean
  readonly furniture?: boolean
  /** Its cuts mean the page lists several documents (compilation labels). */
  readonly separates?: boolean
  /** Its cuts empty the page of everything left (no Chinese text remained): the result is empty, with a reason. */
  readonly empties?: boolean
}

export interface RuleExamples {
  readonly drop: readonly string[]
  readonly keep: readonly string[]
  /** Title the examples are tested under (for rules that compare with it). */
  readonly title?: string
  /** Context blocks placed around each example (for rules that compare with the rest). */
  readonly context?: readonly string[]
  /** Blocks placed before each example, in order (for rules that read what comes before: a closing, a heading). */
  readonly lead?: readonly string[]
}

export interface Rule {
  /** `<kind>/<name>`, the kind being one of the gold `without_kinds`. */
  readonly id: string
  readonly kind: RuleKind
  readonly description: string
  readonly scope: RuleScope
  readonly test: (block: RuleBlock, doc: DocFacts) => Cut | undefined
  readonly examples: RuleExamples
  readonly traits?: RuleTraits
}

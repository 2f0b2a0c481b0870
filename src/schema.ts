/**
 * The only definition of docsift's options and outputs. Types are inferred from these zod
 * schemas (never hand-written twins) and `docsift schema` prints them as JSON Schema.
 */
import { z } from 'zod'

// ---------------------------------------------------------------- errors

/** Closed set of input-fault codes carried by `DocsiftError` and batch error records. */
export const ErrorCode = z.enum([
  'BAD_OPTIONS',
  'BAD_INPUT',
  'BINARY_INPUT',
  'TOO_LARGE',
  'TOO_MANY_BLOCKS',
  'BAD_ENCODING',
  'BAD_HTML',
  'BAD_RECORD',
  'IO_ERROR',
  'TIMEOUT',
  'INTERNAL',
])
export type ErrorCode = z.infer<typeof ErrorCode>

// ---------------------------------------------------------------- options

const RuleIdList = z.array(z.string().min(1))

/**
 * What every linear model carries: named features, one weight each, a bias and the probability
 * cut-off; the models below add their format, their tables and what they were trained on.
 */
const linearFields = {
  /** Feature names, in weight order; they must be this version's features. */
  features: z.array(z.string()).min(1),
  weights: z.array(z.number()),
  bias: z.number(),
  /** A unit is taken (a line cut, a deed kept) when its probability is at least this. */
  threshold: z.number().min(0).max(1),
}
const oneWeightPerFeature = [(m: { weights: number[]; features: string[] }) => m.weights.length === m.features.length, { message: 'one weight per feature' }] as const

/**
 * A learned line classifier as plain data: logistic-regression weights over named features. The
 * shipped one is produced by `scripts/train.ts` from the shared labelled pages; `docsift train`
 * makes one from your own (`clean(page, { model })`).
 */
export const LineModel = z
  .object({
    format: z.literal('docsift-line-model/1'),
    ...linearFields,
    /** What it was trained on (pages, lines, junk lines), for the record. */
    trainedOn: z.object({ pages: z.number().int().nonnegative(), lines: z.number().int().nonnegative(), junk: z.number().int().nonnegative() }),
  })
  .strict()
  .refine(...oneWeightPerFeature)
export type LineModel = z.infer<typeof LineModel>

/** One linear scorer of the off-topic model: named features, weights, bias and cut-off. */
export const LinearScorer = z.object(linearFields).strict().refine(...oneWeightPerFeature)
export type LinearScorer = z.infer<typeof LinearScorer>

/**
 * The off-topic model as plain data: a scorer for whole paragraphs, one for single sentences and one
 * for pairs of sentences inside a paragraph, trained by `scripts/train.ts` on sentence runs spliced
 * from one labelled page into another (positives) and the pages' own text (negatives).
 */
export const TopicModel = z
  .object({
    format: z.literal('docsift-topic-model/2'),
    paragraph: LinearScorer,
    sentence: LinearScorer,
    window: LinearScorer,
    trainedOn: z.object({
      pages: z.number().int().nonnegative(),
      paragraphs: z.number().int().nonnegative(),
      sentences: z.number().int().nonnegative(),
      windows: z.number().int().nonnegative(),
    }),
  })
  .strict()
export type TopicModel = z.infer<typeof TopicModel>

/**
 * The learned deed scorer as plain data: it picks, in prose clauses the hand-written reader leaves
 * alone, the verb-and-object spans that report a deed ("清理河道垃圾"), from shape features and a
 * learned prior of each verb. Trained by `scripts/train.ts` (and `train()`) from pages whose gold
 * lists their activities.
 */
export const DeedModel = z
  .object({
    format: z.literal('docsift-deed-model/1'),
    ...linearFields,
    /** Per verb: the smoothed share of its candidates that were gold deeds (the `verbPrior` feature). */
    verbs: z.record(z.string(), z.number().min(0).max(1)),
    /** The prior of a verb the table does not list. */
    verbBase: z.number().min(0).max(1),
    trainedOn: z.object({ pages: z.number().int().nonnegative(), candidates: z.number().int().nonnegative(), deeds: z.number().int().nonnegative() }),
  })
  .strict()
  .refine(...oneWeightPerFeature)
export type DeedModel = z.infer<typeof DeedModel>

/**
 * A labelled page to train a line model on (`docsift train`): the gold format of the shared sets.
 * `lines` labels each non-empty line k (body), d (junk) or m (mixed); without it, lines are labelled
 * from the snippets (a line holding only `without` snippets is junk, one holding a `with` one body).
 */
export const TrainingGold = z
  .object({
    id: z.string().optional(),
    site: z.string().optional(),
    with: z.array(z.string()).default([]),
    without: z.array(z.string()).default([]),
    lines: z.array(z.enum(['k', 'd', 'm'])).optional(),
    /** Extraction gold; its `activities` (verb-and-object spans as written) train the deed scorer. */
    fields: z.object({ activities: z.array(z.string()).optional() }).passthrough().optional(),
  })
  .passthrough()
export type TrainingGold = z.infer<typeof TrainingGold>

/** One labelled page: its text and its gold. */
export const TrainingPage = z.object({ text: z.string(), gold: TrainingGold }).strict()
export type TrainingPage = z.infer<typeof TrainingPage>
/** A labelled page as callers write it (`with`/`without` may be left out). */
export type TrainingPageInput = z.input<typeof TrainingPage>

/**
 * What `train()` and `docsift train` make: a line model, an off-topic model when the pages come
 * from two or more sites (its positives are runs spliced from one site's page into another's), and a
 * deed scorer when some page's gold lists its activities (`fields.activities`).
 */
export const TrainedModels = z.object({ line: LineModel, topic: TopicModel.nullable(), activities: DeedModel.nullable() }).strict()
export type TrainedModels = z.infer<typeof TrainedModels>

/** Options of `clean()`; every field is optional and has a safe default. */
export const CleanOptions = z
  .object({
    /** Rule ids (or kind prefixes such as `offtopic/`) to switch off. */
    disable: RuleIdList.default([]),
    /** Extra phrases, per rule id, that mark a block as boilerplate for that rule. */
    phrases: z.record(z.string(), z.array(z.string().min(2))).default({}),
    /**
     * 0..1: the off-topic model's probability above which a paragraph or sentence is cut as spliced in
     * from another document (higher = fewer cuts). Default: the cut-off the model was tuned to.
     */
    offtopicThreshold: z.number().min(0).max(1).optional(),
    /** Input format; `auto` sniffs HTML. */
    format: z.enum(['auto', 'text', 'html']).default('auto'),
    /** Charset to decode a Buffer with, overriding every other signal. */
    charset: z.string().optional(),
    /** HTTP Content-Type header of the fetched page, used for its charset. */
    contentType: z.string().optional(),
    /** Page URL: picks the site profile for HTML input and fills `source.url`. */
    url: z.string().optional(),
    /** Input larger than this many bytes is refused with `TOO_LARGE` (never silently truncated). */
    maxBytes: z.number().int().positive().default(25 * 1024 * 1024),
    /** More blocks than this is refused with `TOO_MANY_BLOCKS`. */
    maxBlocks: z.number().int().positive().default(200_000),
    /** A line model to use instead of the shipped one (see `docsift train`). */
    model: LineModel.optional(),
    /** An off-topic model to use instead of the shipped one. */
    topicModel: TopicModel.optional(),
  })
  .strict()
export type CleanOptions = z.input<typeof CleanOptions>
export type ResolvedCleanOptions = z.output<typeof CleanOptions>

/** Options of `extract()`. */
export const ExtractOptions = z
  .object({
    /**
     * When the text was written: a Date, an ISO string (`2013-02-12`, `2013-02-12T04:30:00`) or a year
     * (`2013`). Relative expressions (今天, 上周三, 3天前, 本月) count from it and its year stands in for
     * the document year when the text gives none; a year alone resolves no relative day. Without it,
     * the page's own date (HTML metadata, a 发布时间 line) is used for relative expressions.
     */
    referenceDate: z.union([z.date(), z.string().min(4)]).optional(),
    /** A deed scorer to use instead of the shipped one (see `train()`); `null` reads prose with the hand-written rules only. */
    activityModel: DeedModel.nullable().optional(),
  })
  .strict()
export type ExtractOptions = z.input<typeof ExtractOptions>

/** Options of `sift()`: clean options plus extract options. */
export const SiftOptions = CleanOptions.extend(ExtractOptions.shape).strict()
export type SiftOptions = z.input<typeof SiftOptions>

// ---------------------------------------------------------------- cleaning

export const BlockKind = z.enum(['title', 'heading', 'list-item', 'paragraph'])
export type BlockKind = z.infer<typeof BlockKind>

/** Gold `without_kinds`, used as rule kinds: each rule id is `<kind>/<name>`. */
export const RuleKind = z.enum([
  'boilerplate',
  'template-intro',
  'duplicate-title',
  'page-marker',
  'related-list',
  'offtopic',
  'inline-splice',
  'metadata',
  'layout',
])
export type RuleKind = z.infer<typeof RuleKind>

/** A kept block of the cleaned document. `offset` is its start in the text that holds it: `CleanResult.text` for `blocks`, the document's own `text` for `documents[].blocks`. */
export const Block = z.object({
  kind: BlockKind,
  text: z.string(),
  /** Heading depth: 1 for 一、, 2 for (一), 3 for 1. / 1、, 4 for (1) / ①. */
  level: z.number().int().min(1).max(6).optional(),
  offset: z.number().int().nonnegative(),
  /** Start in the (normalized) input text. */
  sourceOffset: z.number().int().nonnegative(),
  /** Index of the compilation document this block belongs to (0 for a single document). */
  doc: z.number().int().nonnegative(),
})
export type Block = z.infer<typeof Block>

/** One removal: a whole block or a span inside one, with the rule that made it and why. */
export const Removal = z.object({
  rule: z.string(),
  kind: RuleKind,
  reason: z.string(),
  text: z.string(),
  scope: z.enum(['block', 'span']),
  /** Start in the normalized input text (`CleanResult.input`). */
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  /** For a repeated title: where the first one stands. */
  causeOffset: z.number().int().nonnegative().optional(),
})
export type Removal = z.infer<typeof Removal>

export const CleanFlags = z.object({
  truncated: z.boolean(),
  /** Why it looks truncated: a preview marker, or the text stops mid-sentence. */
  truncatedBy: z.enum(['preview-marker', 'mid-sentence']).nullable(),
  placeholders: z.array(z.string()),
  title: z.string().nullable(),
  compilation: z.boolean(),
  /** The input held no document text (empty, whitespace, not Chinese, or an unrendered page). */
  empty: z.boolean(),
  emptyReason: z.string().nullable(),
})
export type CleanFlags = z.infer<typeof CleanFlags>

/** One document of a page (a compilation page has several). */
export const CleanDocument = z.object({
  index: z.number().int().nonnegative(),
  title: z.string().nullable(),
  text: z.string(),
  /** Start of this document's text inside `CleanResult.text`. */
  offset: z.number().int().nonnegative(),
  blocks: z.array(Block),
})
export type CleanDocument = z.infer<typeof CleanDocument>

/** Where an HTML page came from, read from its markup. */
export const SourceMeta = z.object({
  format: z.enum(['text', 'html']),
  site: z.string().nullable(),
  profile: z.string().nullable(),
  url: z.string().nullable(),
  pageTitle: z.string().nullable(),
  documentId: z.string().nullable(),
  uploadDate: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  uploader: z.string().nullable(),
  declaredFormat: z.string().nullable(),
  charset: z.string().nullable(),
  /** Characters that could not be decoded (bad or truncated bytes) and became U+FFFD; present only when some did. */
  decodeErrors: z.number().int().positive().optional(),
})
export type SourceMeta = z.infer<typeof SourceMeta>

export const CleanResult = z.object({
  /** The cleaned text: kept blocks, one per line. */
  text: z.string(),
  /** The normalized input all removal offsets refer to. */
  input: z.string(),
  title: z.string().nullable(),
  blocks: z.array(Block),
  documents: z.array(CleanDocument),
  removed: z.array(Removal),
  flags: CleanFlags,
  source: SourceMeta,
})
export type CleanResult = z.infer<typeof CleanResult>

// ---------------------------------------------------------------- extraction

export const Grain = z.enum(['time', 'day', 'month', 'quarter', 'half-year', 'year', 'multi-year'])
export type Grain = z.infer<typeof Grain>

/** A date, range or period mentioned in the text. `start`/`end` are ISO at the expression's precision. */
export const DateMention = z.object({
  text: z.string(),
  offset: z.number().int().nonnegative(),
  start: z.string().optional(),
  end: z.string().optional(),
  grain: Grain,
  kind: z.enum(['date', 'range', 'period', 'asof', 'recurring', 'placeholder']),
  /** The year was not written and came from the document year or reference date. */
  yearImplied: z.boolean().optional(),
  openEnd: z.boolean().optional(),
  fuzzy: z.boolean().optional(),
  /** No start could be given (placeholder 20xx / X月X日, recurring date, no year known). */
  unresolved: z.boolean().optional(),
  /**
   * Counted from the reference instant (今天, 上周三, 3天前, 本月): resolved from `referenceDate` or the
   * page's own date; with only a year known such a mention has no `start` (and is `unresolved`).
   */
  relative: z.boolean().optional(),
  /**
   * The days a part of a month names (6月中旬 → 11th to 20th), ISO days. The mention itself stands at the
   * month, fuzzy, as the gold annotates it; these are the ten days inside it.
   */
  days: z.object({ start: z.string(), end: z.string() }).optional(),
})
export type DateMention = z.infer<typeof DateMention>

export const Qualifier = z.enum(['over', 'about', 'under', 'exact'])
export type Qualifier = z.infer<typeof Qualifier>

export const Count = z.object({
  text: z.string(),
  offset: z.number().int().nonnegative(),
  value: z.number(),
  valueMax: z.number().optional(),
  unit: z.string(),
  qualifier: Qualifier,
  object: z.string().optional(),
})
export type Count = z.infer<typeof Count>

export const Activity = z.object({
  /** The verbatim source slice. */
  text: z.string(),
  /** Short name: the verb and its object, without time, subject, manner adverbs, 了 or participant clauses. */
  name: z.string(),
  offset: z.number().int().nonnegative(),
  /** The list marker it was given (1、 / (一) / ① / 一是), or null for a headed section. */
  marker: z.string().nullable(),
  index: z.number().int().positive().nullable(),
  dates: z.array(DateMention),
  counts: z.array(Count),
})
export type Activity = z.infer<typeof Activity>

export const Organizer = z.object({ text: z.string(), offset: z.number().int().nonnegative() })
export type Organizer = z.infer<typeof Organizer>

export const Person = z.object({
  name: z.string(),
  role: z.string().nullable(),
  text: z.string(),
  offset: z.number().int().nonnegative(),
})
export type Person = z.infer<typeof Person>

export const Section = z.object({
  heading: z.string(),
  level: z.number().int().min(1).max(6),
  offset: z.number().int().nonnegative(),
})
export type Section = z.infer<typeof Section>

export const Theme = z.object({ text: z.string(), offset: z.number().int().nonnegative() })
export type Theme = z.infer<typeof Theme>

export const Warning = z.object({
  code: z.enum(['declared-total-mismatch', 'period-reversed', 'count-conflict', 'placeholder-year']),
  message: z.string(),
  text: z.string(),
  offset: z.number().int().nonnegative(),
})
export type Warning = z.infer<typeof Warning>

export const Genre = z.enum(['work-summary', 'activity-summary', 'year-end', 'debrief', 'plan', 'report', 'other'])
export type Genre = z.infer<typeof Genre>

/** The facts of one summary document. Offsets refer to `text` (the document's cleaned text). */
export const WorkSummary = z.object({
  title: z.string().nullable(),
  genre: Genre,
  year: z.number().int().nullable(),
  text: z.string(),
  period: z.object({ start: z.string().optional(), end: z.string().optional(), text: z.string() }).nullable(),
  dates: z.array(DateMention),
  counts: z.array(Count),
  activities: z.array(Activity),
  organizers: z.array(Organizer),
  people: z.array(Person),
  theme: Theme.nullable(),
  sections: z.array(Section),
  highlights: z.array(Activity),
  warnings: z.array(Warning),
})
export type WorkSummary = z.infer<typeof WorkSummary>

/** `sift()` result: the clean result, the main summary and one summary per compilation document. */
export const SiftResult = z.object({
  clean: CleanResult,
  summary: WorkSummary,
  documents: z.array(WorkSummary),
})
export type SiftResult = z.infer<typeof SiftResult>

// ---------------------------------------------------------------- batch records (JSONL)

/** A record id: the caller's string or number, or the 1-based line number when it gave none. */
export const RecordId = z.union([z.string(), z.number()])
export type RecordId = z.infer<typeof RecordId>

const Common = {
  id: RecordId.optional(),
  url: z.string().optional(),
  contentType: z.string().optional(),
  charset: z.string().optional(),
}

/** A plain-text record: `{"id","text"}`. */
export const TextRecord = z.object({ ...Common, text: z.string() })
/** An HTML record: `{"id","html","url"?,"contentType"?}`. */
export const HtmlRecord = z.object({ ...Common, html: z.string() })
/** A record pointing at a file to read: `{"id","path"}`. */
export const PathRecord = z.object({ ...Common, path: z.string().min(1) })

/** One JSONL input line, in any of its three shapes. */
export const InputRecord = z.union([TextRecord, HtmlRecord, PathRecord])
export type InputRecord = z.infer<typeof InputRecord>

/** A failed record: the run goes on and this line stands in for it. */
export const ErrorRecord = z.object({
  id: RecordId,
  error: z.object({ code: ErrorCode, message: z.string() }),
})
export type ErrorRecord = z.infer<typeof ErrorRecord>

/** A successful record: cleaned text, what was removed and why, flags, and fields for extract/sift. */
export const ResultRecord = z.object({
  id: RecordId,
  title: z.string().nullable(),
  text: z.string(),
  /** The normalized input removal offsets refer to (only with `--keep-input`, and always for the report). */
  input: z.string().optional(),
  removed: z.array(Removal),
  flags: CleanFlags,
  source: SourceMeta,
  /** The main WorkSummary (extract and sift). */
  fields: WorkSummary.optional(),
  /** One WorkSummary per document of a compilation page (sift). */
  documents: z.array(WorkSummary).optional(),
  /** The whole result rendered for display (file mode of the CLI: text, JSON or Markdown). */
  rendered: z.string().optional(),
})
export type ResultRecord = z.infer<typeof ResultRecord>

/** One JSONL output line. */
export const OutputRecord = z.union([ResultRecord, ErrorRecord])
export type OutputRecord = z.infer<typeof OutputRecord>


// ---------------------------------------------------------------- batch options

/** Default per-record deadline of a worker pool: a record running longer is stopped with `TIMEOUT`. */
export const DEFAULT_TIMEOUT_MS = 60_000

/** Options of `createPool`. */
export const PoolOptions = z
  .object({
    /** What each record goes through. */
    command: z.enum(['clean', 'extract', 'sift']).default('sift'),
    /** Worker threads; 0 runs in-process (no deadline). Default: what the machine affords (cores − 1, ~400 MB each). */
    workers: z.number().int().min(0).max(256).optional(),
    /** Options every record gets. */
    options: SiftOptions.optional(),
    /** Keep the normalized input in each result (the audit report shows removals in place). */
    keepInput: z.boolean().optional(),
    /** Also render each result for display (`rendered`): text, JSON or Markdown. */
    render: z.enum(['text', 'json', 'md']).optional(),
    /** Per-record deadline in ms on worker threads (0: none); a record over it becomes a `TIMEOUT` error record. */
    timeoutMs: z.number().int().min(0).optional(),
    /** Directory `{"path"}` records may read under; without it they are refused. */
    allowPaths: z.string().min(1).optional(),
  })
  .strict()
export type PoolOptions = z.input<typeof PoolOptions>

/** Options of `siftStream`: pool options, or a pool to share, and the in-flight window. */
export const SiftStreamOptions = PoolOptions.extend({
  /** Use this pool (not closed by the stream) instead of starting one. */
  pool: z
    .custom<{ readonly workers: number; run(record: unknown): Promise<unknown>; close(): Promise<void> }>(
      (value) => typeof value === 'object' && value !== null && 'run' in value && typeof value.run === 'function' && 'close' in value && typeof value.close === 'function',
      'a pool from createPool()',
    )
    .optional(),
  /** Records in flight at most. Default: 4 per worker. */
  window: z.number().int().positive().optional(),
}).strict()
export type SiftStreamOptions = z.input<typeof SiftStreamOptions>

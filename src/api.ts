/**
 * The public functions. Thin wrappers: input dispatch (text or HTML), option validation,
 * then the cleaner and the extractors.
 */
import { cleanPlainText, emptyResult, parseOptions, resolveCleanOptions, TEXT_SOURCE } from './clean/index.js'
import { cleanText } from './clean/engine.js'
import { trainLineModel } from './clean/train.js'
import { fitTopicModel, topicPage } from './clean/train-topic.js'
import { DocsiftError, firstIssue } from './errors.js'
import { deedModelProblems, deedRows, extractDocument, fitDeedModel } from './extract/index.js'
import { pageDate, readReference, readWall, type Reference } from './extract/dates/index.js'
import { decodeHtml, htmlToDocument, looksLikeHtml } from './html/index.js'
import { normalizeCharset } from './html/decode.js'
import { cleanToMarkdown as renderMarkdown } from './result/markdown.js'
import {
  CleanResult,
  ExtractOptions,
  SiftOptions,
  TrainingPage,
  type CleanOptions,
  type DeedModel,
  type TrainedModels,
  type TrainingPageInput,
  type ResolvedCleanOptions,
  type SiftResult,
  type WorkSummary,
} from './schema.js'
import { normalizeText } from './text/normalize.js'
import { loadDictionaries } from './text/segment.js'
import { RULES } from './rules/index.js'
import { modelProblems } from './model/index.js'

type Input = string | Uint8Array

function isHtml(input: Input, format: 'auto' | 'text' | 'html'): boolean {
  if (format !== 'auto') return format === 'html'
  return looksLikeHtml(input)
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : typeof value
}

/**
 * Loads what the first call would otherwise load (nodejieba's dictionaries, a few seconds):
 * await it at start-up so no document pays for it. Importing docsift loads no dictionary.
 * @example
 * await ready() // then clean()/extract()/sift() answer at full speed from the first page
 */
export async function ready(): Promise<void> {
  loadDictionaries()
}

/** Sift options parted into what clean() takes and what extract() takes. */
export function splitOptions(options: SiftOptions | undefined): { clean: CleanOptions; extract: ExtractOptions } {
  const { referenceDate, activityModel, ...clean } = options ?? {}
  const extract: ExtractOptions = {}
  if (referenceDate !== undefined) extract.referenceDate = referenceDate
  if (activityModel !== undefined) extract.activityModel = activityModel
  return { clean, extract }
}

/**
 * Checks what the option schema cannot: a charset iconv-lite knows, rule ids and kind prefixes that
 * exist, a reference date that is a real date. Throws `BAD_OPTIONS`.
 */
export function checkOptions(options: SiftOptions | undefined): void {
  const opts = parseOptions(SiftOptions, options)
  if (opts.charset !== undefined && normalizeCharset(opts.charset) === null) {
    throw new DocsiftError('BAD_OPTIONS', `invalid options: charset: unknown charset "${opts.charset}"`)
  }
  for (const id of [...opts.disable, ...Object.keys(opts.phrases)]) {
    const known = RULES.some((rule) => rule.id === id || (id.endsWith('/') && rule.id.startsWith(id)))
    if (!known) {
      const hint = RULES.some((rule) => rule.id.startsWith(`${id}/`)) ? ` (a kind prefix ends with "/": "${id}/")` : ''
      throw new DocsiftError('BAD_OPTIONS', `invalid options: no rule "${id}"${hint}; rule ids are listed by RULES and in the README`)
    }
  }
  if (opts.referenceDate !== undefined) reference(opts.referenceDate)
  for (const [name, model] of [['model', opts.model], ['topicModel', opts.topicModel]] as const) {
    const problem = model ? modelProblems(model)[0] : undefined
    if (problem) throw new DocsiftError('BAD_OPTIONS', `invalid options: ${name}: ${problem}`)
  }
  checkActivityModel(opts.activityModel)
}

function checkActivityModel(model: DeedModel | null | undefined): void {
  const problem = model ? deedModelProblems(model)[0] : undefined
  if (problem) throw new DocsiftError('BAD_OPTIONS', `invalid options: activityModel: ${problem}`)
}

/**
 * Cleans a scraped page (text, or HTML as a string or bytes) into the real document, with
 * every removal explained.
 * @example
 * const r = clean('2020科技活动周工作总结\n下载文档前请自行甄别文档内容的完整性。\n为了办好科技活动周,县科技局举办了活动。')
 * r.text // '2020科技活动周工作总结\n为了办好科技活动周,县科技局举办了活动。'
 */
export function clean(input: Input, options?: CleanOptions): CleanResult {
  const opts = resolveCleanOptions(options)
  checkOptions(options)
  return cleanResolved(input, opts)
}

function cleanResolved(input: Input, opts: ResolvedCleanOptions): CleanResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new DocsiftError('BAD_INPUT', `clean() takes a string or bytes, got ${typeName(input)}`)
  }
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  if (bytes > opts.maxBytes) {
    throw new DocsiftError('TOO_LARGE', `input is ${bytes} bytes, over maxBytes (${opts.maxBytes}); raise maxBytes to accept it`)
  }
  if (isHtml(input, opts.format)) {
    const page = htmlToDocument(input, { url: opts.url, charset: opts.charset, contentType: opts.contentType, maxBytes: opts.maxBytes })
    if (page.empty) return emptyResult(page.text, page.emptyReason ?? 'the page holds no document text', page.source)
    return cleanPlainText(page.text, opts, page.source)
  }
  if (typeof input === 'string') return cleanPlainText(input, opts)
  const decoded = decodeTextBytes(input, opts)
  const source = { ...TEXT_SOURCE, charset: decoded.charset, ...(decoded.errors ? { decodeErrors: decoded.errors } : {}) }
  return cleanPlainText(decoded.text, opts, source)
}

// Text bytes are UTF-8 unless they are not: then the HTML decoder's detection is the better judge
// (it also reads nearly valid UTF-8 as UTF-8, counting the bad bytes).
const utf8 = new TextDecoder('utf-8', { fatal: true })
function decodeTextBytes(bytes: Uint8Array, opts: ResolvedCleanOptions): { text: string; charset: string; errors?: number } {
  if (opts.charset === undefined && opts.contentType === undefined) {
    try {
      return { text: utf8.decode(bytes), charset: 'utf-8' }
    } catch {
      // not UTF-8: detection below
    }
  }
  return decodeHtml(bytes, { charset: opts.charset, contentType: opts.contentType })
}

function reference(ref: Date | string | undefined): Reference | null {
  if (ref === undefined) return null
  // Date accepts 2021-02-30 (as March 2nd): an ISO date that is no calendar date is refused, not moved.
  const read = typeof ref === 'string' && /^\d{4}-\d{2}-\d{2}/.test(ref.trim()) && !readWall(ref) ? null : readReference(ref)
  if (!read) throw new DocsiftError('BAD_OPTIONS', `invalid options: referenceDate is not a date: ${String(ref)}`)
  return read
}

const NO_RULES = RULES.map((r) => r.id)

/** A cleaned string (or any string: a sentence is fine) laid out into blocks without cutting anything. */
function asCleanResult(text: string): CleanResult {
  const input = normalizeText(text)
  const opts = resolveCleanOptions({ disable: NO_RULES })
  return { ...cleanText(input, opts), source: TEXT_SOURCE }
}

/** A string, or something that is a CleanResult (checked against the schema: callers pass parsed JSON too). */
function toCleanResult(input: unknown, caller: string, takesString = true): CleanResult {
  if (takesString && typeof input === 'string') return asCleanResult(input)
  const parsed = typeof input === 'object' && input !== null ? CleanResult.safeParse(input) : undefined
  if (!parsed?.success) {
    const why = parsed ? ` (${firstIssue(parsed.error)})` : ''
    throw new DocsiftError('BAD_INPUT', `${caller} takes ${takesString ? 'a string or ' : ''}a CleanResult, got ${typeName(input)}${why}`)
  }
  return parsed.data
}

/** extractAll() of a result this process just made (not re-validated); for the batch code. */
export function extractFrom(result: CleanResult, options: ExtractOptions | undefined): WorkSummary[] {
  const opts = parseOptions(ExtractOptions, options)
  checkActivityModel(opts.activityModel)
  const ctx = {
    ...(opts.activityModel === undefined ? {} : { activityModel: opts.activityModel }),
    reference: reference(opts.referenceDate),
    pageDate: pageDate({
      metaDate: result.source.uploadDate,
      metadataLines: result.removed.filter((r) => r.kind === 'metadata').map((r) => r.text),
      text: result.text,
    }),
  }
  const docs = result.documents.filter((d) => d.text.length > 0)
  if (docs.length === 0) return [extractDocument({ title: result.title, text: '', blocks: [] }, ctx)]
  return docs.map((d) => extractDocument(d, ctx))
}

/**
 * Every document of a cleaned page as a WorkSummary, the page's main one first.
 * @example
 * extractAll(clean(compilationPage)).map((s) => s.title)
 */
export function extractAll(input: string | CleanResult, options?: ExtractOptions): WorkSummary[] {
  parseOptions(ExtractOptions, options)
  return extractFrom(toCleanResult(input, 'extractAll()'), options)
}

/**
 * Extracts the facts of a cleaned summary (or of any string) as a typed WorkSummary.
 * @example
 * extract('5月15日至21日,县科技局共发放科普资料31000余份。', { referenceDate: '2020-01-01' }).counts[0]?.value // 31000
 */
export function extract(input: string | CleanResult, options?: ExtractOptions): WorkSummary {
  parseOptions(ExtractOptions, options)
  return extractFrom(toCleanResult(input, 'extract()'), options)[0]!
}

/**
 * Clean and extract in one call: the clean result, the main summary and every document's summary.
 * @example
 * const { summary } = sift(pageText)
 */
export function sift(input: Input, options?: SiftOptions): SiftResult {
  checkOptions(options)
  const split = splitOptions(options)
  const cleaned = cleanResolved(input, resolveCleanOptions(split.clean))
  const documents = extractFrom(cleaned, split.extract)
  return { clean: cleaned, summary: documents[0]!, documents }
}

/**
 * Markdown of a clean result: the title as `#`, headings by level, list items, paragraphs.
 * @example
 * cleanToMarkdown(clean(page)) // '# 2020年科技活动周工作总结\n\n为了办好…'
 */
export function cleanToMarkdown(result: CleanResult): string {
  return renderMarkdown(toCleanResult(result, 'cleanToMarkdown()', false))
}

/**
 * Trains docsift's learned parts on your own labelled pages (the gold format of the shared sets:
 * `text`, and `gold` with `lines` k/d/m or `with`/`without` snippets, `site`, and optionally
 * `fields.activities`). The line model goes to `clean(page, { model })`, the off-topic model to
 * `clean(page, { topicModel })`, the deed scorer to `extract(result, { activityModel })`; the same
 * pages give the same models. The off-topic model needs pages from two or more sites, the deed
 * scorer pages whose gold lists their activities.
 * @example
 * const { line } = train([{ text: page, gold: { lines: ['k', 'd', 'k'] } }, …])
 * clean(other, { model: line })
 */
export function train(pages: readonly TrainingPageInput[], options?: CleanOptions): TrainedModels {
  const opts = resolveCleanOptions(options)
  checkOptions(options)
  if (!Array.isArray(pages) || pages.length === 0) throw new DocsiftError('BAD_INPUT', 'train() takes a non-empty array of labelled pages')
  const checked = pages.map((page, i) => {
    const parsed = TrainingPage.safeParse(page)
    if (!parsed.success) throw new DocsiftError('BAD_INPUT', `labelled page ${i}: ${firstIssue(parsed.error, 'page')}`)
    return parsed.data
  })
  const line = trainLineModel(checked, opts)
  const sites = checked.map((p, i) => p.gold.site ?? p.gold.id ?? `page-${i}`)
  const topic = new Set(sites).size >= 2 ? fitTopicModel(checked.map((p, i) => topicPage(p, sites[i]!, opts))) : null
  // The deed scorer learns from the documents as the caller's options clean them.
  const labelled = checked.filter((p) => p.gold.fields?.activities !== undefined)
  const deeds = labelled.flatMap((p) =>
    cleanResolved(p.text, opts).documents.filter((d) => d.text.length > 0).flatMap((d) => deedRows(d, p.gold.fields!.activities!)))
  return { line, topic, activities: labelled.length ? fitDeedModel(deeds, labelled.length) : null }
}

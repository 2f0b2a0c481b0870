/**
 * The public functions. Thin wrappers: input dispatch (text or HTML), option validation,
 * then the cleaner and the extractors.
 */
import { cleanPlainText, emptyResult, parseOptions, resolveCleanOptions, TEXT_SOURCE } from './clean/index.js'
import { cleanText } from './clean/engine.js'
import { DocsiftError } from './errors.js'
import { extractDocument } from './extract/index.js'
import { pageDate, readReference, type Reference } from './extract/dates/index.js'
import { decodeHtml, htmlToDocument, looksLikeHtml } from './html/index.js'
import { cleanToMarkdown } from './result/markdown.js'
import {
  type CleanOptions,
  ExtractOptions,
  SiftOptions,
  type CleanResult,
  type SiftResult,
  type WorkSummary,
} from './schema.js'
import { normalizeText } from './text/normalize.js'
import { RULES } from './rules/index.js'

export { cleanToMarkdown }

type Input = string | Uint8Array

function isHtml(input: Input, format: 'auto' | 'text' | 'html'): boolean {
  if (format !== 'auto') return format === 'html'
  return looksLikeHtml(input)
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
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new DocsiftError('BAD_INPUT', `clean() takes a string or bytes, got ${input === null ? 'null' : typeof input}`)
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
  const text = typeof input === 'string' ? input : decodeTextBytes(input)
  return cleanPlainText(text, opts)
}

// Text bytes are UTF-8 unless they are not: then the HTML decoder's detection is the better judge.
function decodeTextBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decodeHtml(bytes, {}).text
  }
}

function reference(ref: Date | string | undefined): Reference | null {
  if (ref === undefined) return null
  const read = readReference(ref)
  if (!read) throw new DocsiftError('BAD_OPTIONS', `referenceDate is not a date: ${String(ref)}`)
  return read
}

const NO_RULES = RULES.map((r) => r.id)

/** A cleaned string (or any string: a sentence is fine) laid out into blocks without cutting anything. */
function asCleanResult(text: string): CleanResult {
  const input = normalizeText(text)
  const opts = resolveCleanOptions({ disable: NO_RULES })
  return { ...cleanText(input, opts), source: TEXT_SOURCE }
}

/** Every document of a cleaned page as a WorkSummary, the page's main one first. */
export function extractAll(input: string | CleanResult, options?: ExtractOptions): WorkSummary[] {
  const opts = parseOptions(ExtractOptions, options)
  const result = typeof input === 'string' ? asCleanResult(input) : input
  const ctx = {
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
 * Extracts the facts of a cleaned summary (or of any string) as a typed WorkSummary.
 * @example
 * extract('5月15日至21日,县科技局共发放科普资料31000余份。', { referenceDate: '2020-01-01' }).counts[0]?.value // 31000
 */
export function extract(input: string | CleanResult, options?: ExtractOptions): WorkSummary {
  return extractAll(input, options)[0]!
}

/**
 * Clean and extract in one call: the clean result, the main summary and every document's summary.
 * @example
 * const { summary } = sift(pageText)
 */
export function sift(input: Input, options?: SiftOptions): SiftResult {
  parseOptions(SiftOptions, options)
  const { referenceDate, ...cleanOptions } = options ?? {}
  const cleaned = clean(input, cleanOptions)
  const documents = extractAll(cleaned, referenceDate === undefined ? {} : { referenceDate })
  return { clean: cleaned, summary: documents[0]!, documents }
}

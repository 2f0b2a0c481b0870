/** `clean()`: input checks, format dispatch, then the text cleaner. */
import type { z } from 'zod'
import { DocsiftError } from '../errors.js'
import { CleanOptions, type CleanResult, type ResolvedCleanOptions, type SourceMeta } from '../schema.js'
import { normalizeText } from '../text/normalize.js'
import { RULES } from '../rules/index.js'
import { notChinese } from '../text/chars.js'
import { cleanText } from './engine.js'
import { computeFlags } from './flags.js'

// Rules whose cuts leave no document: an empty result with a reason, not an empty success.
const EMPTYING = new Set(RULES.filter((r) => r.traits?.empties).map((r) => r.id))

/** Validates options against a zod schema; a bad option is a `BAD_OPTIONS` error naming the field. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const parsed = schema.safeParse(options ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')
    throw new DocsiftError('BAD_OPTIONS', `invalid options: ${issues}`)
  }
  return parsed.data
}

/** Clean options with their defaults filled in. */
export function resolveCleanOptions(options: unknown): ResolvedCleanOptions {
  return parseOptions(CleanOptions, options)
}

/** The `source` of plain-text input: nothing read from markup. */
export const TEXT_SOURCE: SourceMeta = {
  format: 'text', site: null, profile: null, url: null, pageTitle: null, documentId: null, uploadDate: null,
  pageCount: null, uploader: null, declaredFormat: null, charset: null,
}

// Control characters other than tab/newline, and U+FFFD from failed decoding.
const BINARY_CHARS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g

/** Throws `BINARY_INPUT` when a string is mostly control bytes or decoding debris. */
export function assertTextual(text: string): void {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  const bad = sample.match(BINARY_CHARS)?.length ?? 0
  if (sample.length > 0 && (bad / sample.length > 0.1 || sample.includes('\u0000\u0000\u0000'))) {
    throw new DocsiftError('BINARY_INPUT', `input looks binary (${bad} control or replacement characters in ${sample.length}); pass text or HTML`)
  }
}

/** An empty result with a reason (nothing to clean is not an error). */
export function emptyResult(input: string, reason: string, source: SourceMeta = TEXT_SOURCE): CleanResult {
  const flags = computeFlags('', [], [], null, 1)
  return {
    text: '', input, title: null, blocks: [], removed: [],
    documents: [{ index: 0, title: null, text: '', offset: 0, blocks: [] }],
    flags: { ...flags, truncated: false, truncatedBy: null, empty: true, emptyReason: reason },
    source,
  }
}

/** Cleans text that is already a string of page text (not HTML). */
export function cleanPlainText(raw: string, options: ResolvedCleanOptions, source: SourceMeta = TEXT_SOURCE): CleanResult {
  const bytes = Buffer.byteLength(raw, 'utf8')
  if (bytes > options.maxBytes) {
    throw new DocsiftError('TOO_LARGE', `input is ${bytes} bytes, over maxBytes (${options.maxBytes}); raise maxBytes to accept it`)
  }
  assertTextual(raw)
  const input = normalizeText(raw)
  if (!input.trim()) return emptyResult(input, 'empty input', source)
  if (notChinese(input)) return emptyResult(input, 'no Chinese text: docsift cleans Chinese documents', source)
  const core = cleanText(input, options)
  if (core.text === '' && core.removed.some((r) => EMPTYING.has(r.rule))) {
    return { ...emptyResult(input, 'no Chinese text left after cleaning', source), removed: core.removed }
  }
  return { ...core, source }
}

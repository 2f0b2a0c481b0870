/**
 * HTML input: bytes or markup → plain text (one block per line) plus page metadata, through a
 * site profile when the host is known and the generic content scorer otherwise.
 */
import type { CheerioAPI } from 'cheerio/slim'
import type { Element } from 'domhandler'
import { DocsiftError } from '../errors.js'
import { matchProfile } from '../profiles/index.js'
import type { SourceMeta } from '../schema.js'
import { charsetFromBom, decodeBytes } from './decode.js'
import { parseHtml, pruneJunk } from './dom.js'
import { genericText } from './generic.js'
import { pageTitle, profileTitle, readFields } from './meta.js'
import { looksBinary } from './sniff.js'
import { siteText } from './site.js'
import { documentTitle } from './title.js'

export { looksLikeHtml } from './sniff.js'
export { bigramF1, type BigramScore } from './bigram-f1.js'

/** Options of HTML input: the page URL (profile, `source.url`), a forced charset, the HTTP Content-Type. */
export interface HtmlInputOptions {
  url?: string
  charset?: string
  contentType?: string
  /** Larger input is refused with `TOO_LARGE` (default 25 MB, as `CleanOptions.maxBytes`). */
  maxBytes?: number
}

/** Plain text of a page (one block per line) and where it came from. */
export interface HtmlDocument {
  text: string
  source: SourceMeta
  empty: boolean
  emptyReason: string | null
}

const DEFAULT_MAX_BYTES = 25 * 1024 * 1024
const READABLE = /[\p{L}\p{N}]/u
const NO_TEXT = 'no text: the page body holds no readable text'
const SPACES = /\s+/g

/**
 * Decodes page bytes: caller charset, Content-Type, BOM, `<meta>`, then detection, with declared
 * charsets checked against the bytes so mojibake never reaches the text.
 * @example
 * decodeHtml(Buffer.from('<p>总结</p>'), {}).charset // 'utf-8'
 */
export function decodeHtml(bytes: Uint8Array, opts: HtmlInputOptions): { text: string; charset: string; errors?: number } {
  const { text, charset, errors } = decodeBytes(bytes, opts)
  return errors ? { text, charset, errors } : { text, charset }
}

function checkInput(input: string | Uint8Array, maxBytes: number): void {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength
  if (size > maxBytes) throw new DocsiftError('TOO_LARGE', `HTML input is ${size} bytes, over the ${maxBytes}-byte limit`)
  const utf16 = typeof input !== 'string' && charsetFromBom(input)?.charset.startsWith('utf-16')
  if (!utf16 && looksBinary(input)) throw new DocsiftError('BAD_HTML', 'input is binary data, not an HTML page')
}

function fragmentBody($: CheerioAPI): Element | undefined {
  const top = $.root().children()
  if (top.length === 0) return undefined
  const body = $('<body></body>')
  body.append(top)
  $.root().append(body)
  const el = body[0]
  return el && el.type === 'tag' ? el : undefined
}

/**
 * Turns an HTML page (string or bytes) into plain text, one block per line, plus its source metadata;
 * pages with no document text (empty body, unrendered reader) come back `empty` with a reason.
 * @example
 * htmlToDocument('<html><body><h1>工作总结</h1><p>今年完成了三项任务。</p></body></html>').text
 * // '工作总结\n今年完成了三项任务。'
 */
export function htmlToDocument(input: string | Uint8Array, opts: HtmlInputOptions = {}): HtmlDocument {
  checkInput(input, opts.maxBytes ?? DEFAULT_MAX_BYTES)
  const decoded: { text: string; charset: string | null; errors?: number } = typeof input === 'string' ? { text: input, charset: null } : decodeHtml(input, opts)
  const html = decoded.text
  const $ = parseHtml(html)
  const profile = matchProfile(opts.url, $)
  const page = pageTitle($)
  const title = documentTitle($, page, profileTitle($, profile))
  const fields = readFields($, profile, html, opts.url)
  const source: SourceMeta = {
    format: 'html',
    site: profile?.site ?? null,
    profile: profile?.id ?? null,
    url: opts.url ?? null,
    pageTitle: page,
    documentId: fields.documentId,
    uploadDate: fields.uploadDate,
    pageCount: fields.pageCount === null ? null : Number.parseInt(fields.pageCount, 10),
    uploader: fields.uploader,
    declaredFormat: fields.declaredFormat,
    charset: decoded.charset,
    ...(decoded.errors ? { decodeErrors: decoded.errors } : {}),
  }

  pruneJunk($, profile?.junk ?? [])
  const found = profile ? siteText($, profile) : null
  if (found && 'empty' in found) return { text: '', source, empty: true, emptyReason: found.empty }
  // A fragment ("<p>…</p><p>…</p>", as scrapers often store a page's content) has no body: read
  // all its top-level elements as one.
  const body = $('body')[0] ?? $.root().children('html')[0] ?? fragmentBody($)
  let lines = found?.lines ?? (body && body.type === 'tag' ? genericText($, body) : [])
  if (title && lines.length > 0 && lines[0]!.replace(SPACES, '') !== title.replace(SPACES, '')) lines = [title, ...lines]
  const text = lines.join('\n')
  if (!READABLE.test(text)) return { text: '', source, empty: true, emptyReason: NO_TEXT }
  return { text, source, empty: false, emptyReason: null }
}

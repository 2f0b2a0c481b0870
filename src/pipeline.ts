/**
 * unified plugins: `docsiftParse` (page → mdast), `docsiftClean` (cuts, as vfile messages),
 * `docsiftExtract` (WorkSummary on `file.data`). With remark-stringify they give Markdown:
 * `unified().use(docsiftParse).use(docsiftClean).use(docsiftExtract).use(remarkStringify)`.
 */
import type { Root } from 'mdast'
import remarkStringify from 'remark-stringify'
import { unified, type Plugin } from 'unified'
import type { VFile } from 'vfile'
import { clean, extractAll } from './api.js'
import { DocsiftError } from './errors.js'
import { toMdast } from './result/markdown.js'
import type { CleanOptions, CleanResult, ExtractOptions, WorkSummary } from './schema.js'

declare module 'vfile' {
  interface DataMap {
    /** The clean result of the page (set by docsiftClean). */
    clean: CleanResult
    /** The main summary (set by docsiftExtract). */
    workSummary: WorkSummary
    /** One summary per compilation document (set by docsiftExtract). */
    workSummaries: WorkSummary[]
  }
}

function cleanFile(file: VFile, options?: CleanOptions): CleanResult {
  const existing = file.data.clean
  if (existing) return existing
  const value: unknown = file.value
  // A VFile built from anything (`{ value: 5 }`) reaches here: only text and bytes are pages.
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw new DocsiftError('BAD_INPUT', `docsift takes a file whose value is a string or bytes, got ${value === null ? 'null' : typeof value}`)
  }
  const result = clean(value, options)
  file.data.clean = result
  return result
}

/**
 * Parser: turns the page (text or HTML, in `file.value`) into an mdast tree of the cleaned document.
 * @example
 * unified().use(docsiftParse).parse('2020工作总结\n为了…')
 */
export const docsiftParse: Plugin<[CleanOptions?], string, Root> = function (options) {
  this.parser = (_doc, file) => toMdast(cleanFile(file, options).blocks)
}

/**
 * Transformer: reports every removal as a vfile message (`ruleId`, `source: 'docsift'`, `actual` = removed text).
 * @example
 * const file = await unified().use(docsiftParse).use(docsiftClean).use(remarkStringify).process(page)
 * file.messages.map(String)
 */
export const docsiftClean: Plugin<[CleanOptions?], Root, Root> = function (options) {
  return (tree, file) => {
    const result = cleanFile(file, options)
    for (const r of result.removed) {
      const message = file.info(r.reason, { place: { start: { line: 0, column: 0, offset: r.offset }, end: { line: 0, column: 0, offset: r.offset + r.length } }, ruleId: r.rule.split('/')[1] ?? r.rule, source: 'docsift' })
      message.actual = r.text
      message.url = r.rule
    }
    const fresh = toMdast(result.blocks)
    tree.children = fresh.children
  }
}

/**
 * Transformer: extracts the WorkSummary into `file.data.workSummary`; inconsistencies become warnings.
 * @example
 * (await docsift.process(page)).data.workSummary?.counts
 */
export const docsiftExtract: Plugin<[ExtractOptions?], Root, Root> = function (options) {
  return (_tree, file) => {
    const summaries = extractAll(cleanFile(file), options)
    file.data.workSummaries = summaries
    file.data.workSummary = summaries[0]!
    for (const w of summaries[0]!.warnings) {
      const m = file.message(w.message, { ruleId: w.code, source: 'docsift' })
      m.actual = w.text
    }
  }
}

/**
 * The frozen default processor: page in, Markdown out, summary and removals on the file.
 * @example
 * const file = await docsift.process(pageText); String(file); file.data.workSummary
 */
export const docsift = unified().use(docsiftParse).use(docsiftClean).use(docsiftExtract).use(remarkStringify).freeze()

// unified reads `String(file)` before any plugin runs, so `docsift.process({ value: 5 })` would fail
// with vfile's TypeError: the page is checked first, as every other entry point does.
const parseAnyFile = docsift.parse
docsift.parse = function (this: typeof docsift, file?: Parameters<typeof parseAnyFile>[0]) {
  assertPage(file)
  return parseAnyFile.call(this, file)
} as typeof parseAnyFile

function assertPage(file: unknown): void {
  if (typeof file !== 'object' || file === null || file instanceof Uint8Array || !('value' in file)) return
  const value: unknown = file.value
  if (value === undefined || typeof value === 'string' || value instanceof Uint8Array) return
  throw new DocsiftError('BAD_INPUT', `docsift takes a page as a string or bytes, got a file whose value is ${value === null ? 'null' : typeof value}`)
}

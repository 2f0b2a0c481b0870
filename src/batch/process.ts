/**
 * Turns one task into one output record. Everything a record can do wrong ends here as an error
 * record, so a batch always yields exactly one line per line in.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { clean, extractFrom, sift, splitOptions } from '../api.js'
import { cleanToMarkdown } from '../result/markdown.js'
import { DocsiftError, toErrorRecord } from '../errors.js'
import { summaryToMarkdown, summaryToText } from '../result/summary.js'
import type { CleanOptions, CleanResult, OutputRecord, ResultRecord, SiftOptions, WorkSummary } from '../schema.js'
import type { Task } from './tasks.js'

/** What every record of a run goes through: the command, its options and what to keep. */
export interface Job {
  command: 'clean' | 'extract' | 'sift'
  options?: SiftOptions
  /** Keep the normalized input in each result (the audit report shows removals in place). */
  keepInput?: boolean
  /** Also render the whole result for display (`rendered`): text, JSON or Markdown. */
  render?: 'text' | 'json' | 'md'
  /** Directory `{"path"}` records may read under; without it they are refused. */
  allowPaths?: string
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml'])
const DEFAULT_MAX_BYTES = 25 * 1024 * 1024
const READ_CHUNK = 64 * 1024
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Runs the job on one task; never throws. */
export function processTask(task: Task, job: Job): OutputRecord {
  if (task.kind === 'fault') return { id: task.id, error: { code: task.code, message: task.message } }
  try {
    return run(task, job)
  } catch (error) {
    return { id: task.id, error: toErrorRecord(error) }
  }
}

type Loaded = Exclude<Task, { kind: 'fault' }>

function run(task: Loaded, job: Job): ResultRecord {
  const { clean: base, extract: extractOptions } = splitOptions(job.options)
  const cleanOptions: CleanOptions = { ...base }
  if ('url' in task && task.url !== undefined) cleanOptions.url = task.url
  if ('contentType' in task && task.contentType !== undefined) cleanOptions.contentType = task.contentType
  if ('charset' in task && task.charset !== undefined) cleanOptions.charset = task.charset
  const input = loadInput(task, cleanOptions, job)

  let cleaned: CleanResult
  let fields: WorkSummary | undefined
  let documents: WorkSummary[] | undefined
  let whole: unknown
  if (job.command === 'sift') {
    const result = sift(input, { ...cleanOptions, ...extractOptions })
    ;({ clean: cleaned, summary: fields, documents } = result)
    whole = result
  } else {
    cleaned = clean(input, cleanOptions)
    if (job.command === 'extract') fields = extractFrom(cleaned, extractOptions)[0]
    whole = fields ?? cleaned
  }

  const record: ResultRecord = {
    id: task.id,
    title: cleaned.title,
    text: cleaned.text,
    removed: cleaned.removed,
    flags: cleaned.flags,
    source: cleaned.source,
  }
  if (job.keepInput) record.input = cleaned.input
  if (fields) record.fields = fields
  if (documents) record.documents = documents
  // extract shows the facts it found, in every format; clean and sift show the cleaned document.
  const summary = job.command === 'extract' ? fields : undefined
  if (job.render === 'json') record.rendered = JSON.stringify(whole, null, 2)
  else if (job.render === 'md') record.rendered = summary ? summaryToMarkdown(summary) : cleanToMarkdown(cleaned)
  else if (job.render === 'text') record.rendered = summary ? summaryToText(summary) : cleaned.text
  return record
}

/** Reads the task's document; files are read no further than the size limit, whatever they claim. */
function loadInput(task: Loaded, options: CleanOptions, job: Job): string | Uint8Array {
  switch (task.kind) {
    case 'text':
      return task.text
    case 'html':
      if (options.format === undefined || options.format === 'auto') options.format = 'html'
      return task.html
    case 'bytes':
      return decodeOrKeep(task.bytes, task.name)
    case 'file':
      return decodeOrKeep(readBounded(task.path, options.maxBytes ?? DEFAULT_MAX_BYTES), task.path)
    case 'path':
      return decodeOrKeep(readBounded(confine(task.path, job.allowPaths), options.maxBytes ?? DEFAULT_MAX_BYTES), task.path)
  }
}

/**
 * Where a `{"path"}` record may read: only with an allowed directory, resolved against it, and,
 * once symbolic links are followed, still inside it. Records come from data, and data must not
 * choose to read `/proc/self/environ` into the output.
 */
function confine(path: string, allowed: string | undefined): string {
  if (allowed === undefined) {
    throw new DocsiftError('BAD_RECORD', `"path" records are refused unless a directory is allowed for them (--allow-paths DIR, allowPaths): ${path}`)
  }
  let root: string
  let real: string
  try {
    root = realpathSync(allowed)
  } catch (error) {
    throw new DocsiftError('IO_ERROR', `cannot read the allowed directory ${allowed}: ${messageOf(error)}`, { cause: error })
  }
  try {
    real = realpathSync(resolve(root, path))
  } catch (error) {
    throw new DocsiftError('IO_ERROR', `cannot read ${path}: ${messageOf(error)}`, { cause: error })
  }
  const inside = relative(root, real)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new DocsiftError('BAD_RECORD', `"path" ${path} is outside the allowed directory ${allowed}`)
  }
  return real
}

/**
 * Reads a regular file, refusing it with TOO_LARGE as soon as it passes `limit` bytes: `stat`
 * says 0 for /proc files that go on for gigabytes. Opened non-blocking, so a FIFO cannot hang the
 * worker before it is found not to be a file.
 */
function readBounded(path: string, limit: number): Buffer {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new DocsiftError('IO_ERROR', `cannot read ${path}: ${messageOf(error)}`, { cause: error })
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new DocsiftError('IO_ERROR', `not a file: ${path}`)
    if (stat.size > limit) throw new DocsiftError('TOO_LARGE', `${path} has ${stat.size} bytes, over the limit of ${limit}`)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, limit + 1 - total))
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      chunks.push(chunk.subarray(0, n))
      total += n
      if (total > limit) throw new DocsiftError('TOO_LARGE', `${path} has over ${limit} bytes, the limit`)
    }
    return Buffer.concat(chunks, total)
  } catch (error) {
    if (error instanceof DocsiftError) throw error
    throw new DocsiftError('IO_ERROR', `cannot read ${path}: ${messageOf(error)}`, { cause: error })
  } finally {
    closeSync(fd)
  }
}

/**
 * HTML files stay bytes (their charset is in the markup); other files are passed as text when
 * they are valid UTF-8 and as bytes otherwise, so GBK text files still get charset detection.
 */
function decodeOrKeep(bytes: Uint8Array, name: string | undefined): string | Uint8Array {
  if (name !== undefined && HTML_EXT.has(extname(name).toLowerCase())) return bytes
  try {
    return utf8.decode(bytes)
  } catch {
    return bytes
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Turns one task into one output record. Everything a record can do wrong ends here as an error
 * record, so a batch always yields exactly one line per line in.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { clean, cleanToMarkdown, extract, sift } from '../api.js'
import { DocsiftError, toErrorRecord } from '../errors.js'
import type { CleanOptions, CleanResult, ExtractOptions, SiftOptions, WorkSummary } from '../schema.js'
import type { OutputRecord, ResultRecord, Task } from '../cli/records.js'

/** What every record of a run goes through: the command, its options and what to keep. */
export interface Job {
  command: 'clean' | 'extract' | 'sift'
  options?: SiftOptions
  /** Keep the normalized input in each result (the audit report shows removals in place). */
  keepInput?: boolean
  /** Also render the whole result for display (`rendered`): text, JSON or Markdown. */
  render?: 'text' | 'json' | 'md'
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml'])
const DEFAULT_MAX_BYTES = 25 * 1024 * 1024
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
  const { referenceDate, ...base } = job.options ?? {}
  const cleanOptions: CleanOptions = { ...base }
  if (task.url !== undefined) cleanOptions.url = task.url
  if (task.contentType !== undefined) cleanOptions.contentType = task.contentType
  if (task.charset !== undefined) cleanOptions.charset = task.charset
  const extractOptions: ExtractOptions = referenceDate === undefined ? {} : { referenceDate }
  const input = loadInput(task, cleanOptions)

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
    if (job.command === 'extract') fields = extract(cleaned, extractOptions)
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
  if (job.render === 'json') record.rendered = JSON.stringify(whole, null, 2)
  else if (job.render === 'md') record.rendered = cleanToMarkdown(cleaned)
  else if (job.render === 'text') record.rendered = job.command === 'extract' && fields ? fields.text : cleaned.text
  return record
}

/** Reads the task's document; files are sized before they are read so a huge one costs nothing. */
function loadInput(task: Loaded, options: CleanOptions): string | Uint8Array {
  switch (task.kind) {
    case 'text':
      return task.text
    case 'html':
      if (options.format === undefined || options.format === 'auto') options.format = 'html'
      return task.html
    case 'bytes':
      return decodeOrKeep(task.bytes, task.name)
    case 'path': {
      const limit = options.maxBytes ?? DEFAULT_MAX_BYTES
      let size: number
      try {
        const stat = statSync(task.path)
        if (!stat.isFile()) throw new DocsiftError('IO_ERROR', `not a file: ${task.path}`)
        size = stat.size
      } catch (error) {
        if (error instanceof DocsiftError) throw error
        throw new DocsiftError('IO_ERROR', `cannot read ${task.path}: ${messageOf(error)}`, { cause: error })
      }
      if (size > limit) throw new DocsiftError('TOO_LARGE', `${task.path} has ${size} bytes, over the limit of ${limit}`)
      return decodeOrKeep(readFileSync(task.path), task.path)
    }
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

/**
 * The batch loop of clean/extract/sift: tasks → pool (ordered, bounded window) → stdout or
 * `--out` files, with the tally. Returns the exit code; never throws for a bad record. Flags
 * that cannot work together, an input folder with nothing in it and an `--out` that overlaps
 * the inputs are refused before anything is read.
 */
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import type { SiftOptions } from '../schema.js'
import { createPool, WORKER_MEMORY_BYTES, MAX_DEFAULT_WORKERS, workerPlan } from '../batch/pool.js'
import { mapOrdered } from '../batch/ordered.js'
import type { Job } from '../batch/process.js'
import { CSV_COLUMNS, csvRow, pick, valueAt } from './fields.js'
import { isGlob } from './glob.js'
import { expandInputs, inputDirectories } from './inputs.js'
import { encodeName, OutDir, safeRelative, StdoutWriter } from './output.js'
import { UsageError } from './options.js'
import { Tally } from './progress.js'
import type { OutputRecord, Task } from './records.js'
import { fileTasks, jsonlTasks, stdinTask, type FileTask } from './sources.js'

/** Output formats: rendered text or Markdown, JSON, or CSV rows of flat fields. */
export type Format = 'text' | 'json' | 'md' | 'csv'

/** Everything one CLI run needs; streams are injectable for tests. */
export interface RunSpec {
  command: Job['command']
  paths: string[]
  jsonl: boolean
  format: Format
  /** The format was asked for (`--format`, `--json`), not the command's default. */
  formatGiven?: boolean
  fields?: string[]
  out?: string
  /** `--workers`; undefined: what the machine affords. */
  workers?: number
  timeoutMs?: number
  allowPaths?: string
  quiet: boolean
  verbose?: boolean
  keepInput: boolean
  options: SiftOptions
  stdin: Readable
  stdout: Writable
  stderr: NodeJS.WriteStream
}

/** Exit codes: 0 all records ok, 1 some failed, 2 usage error, 70 internal error, 74 output could not be written. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70, output: 74 } as const

const EXTENSIONS = { text: '.txt', json: '.json', md: '.md', csv: '.csv' } as const
const WINDOW_PER_WORKER = 4
const EXTENSION = /\.[^./]{1,8}$/
const GIB = 1024 ** 3

/** Runs clean/extract/sift over files, stdin or JSONL and reports how it went. */
export async function runBatch(spec: RunSpec): Promise<number> {
  const single = !spec.jsonl && isSingle(spec.paths)
  const fromStdin = !spec.jsonl && (spec.paths.length === 0 || (single && spec.paths[0] === '-'))
  refuseMismatches(spec)
  if (!spec.jsonl && !fromStdin) refuseEmptyInput(spec.paths)
  const out = spec.out === undefined ? undefined : openOut(spec)

  const job: Job = { command: spec.command, options: spec.options }
  if (spec.keepInput) job.keepInput = true
  if (spec.allowPaths !== undefined) job.allowPaths = spec.allowPaths
  // Records are printed as they are, unless a document's own rendering is shown (text, Markdown,
  // the whole result of one document, or one file per document under --out).
  if (spec.jsonl) {
    // JSONL out: the records themselves.
  } else if (spec.format === 'text' || spec.format === 'md') job.render = spec.format
  else if (!spec.jsonl && (single || (out !== undefined && spec.format === 'json'))) job.render = 'json'

  const tasks: AsyncIterable<FileTask> | Iterable<FileTask> = spec.jsonl
    ? jsonlTasks(spec.paths, spec.stdin, spec.options.maxBytes)
    : fromStdin
      ? stdinOnce(spec)
      : fileTasks(spec.paths)

  const quiet = spec.quiet || single
  // Counting files costs a second walk, so it is only done when a bar will show the ETA.
  const total = quiet || !spec.stderr.isTTY || spec.jsonl ? undefined : countFiles(spec.paths)
  const tally = new Tally({ stream: spec.stderr, quiet, ...(total === undefined ? {} : { total }) })
  // One document is not worth starting threads for.
  const workers = single ? 0 : (spec.workers ?? workerPlan().workers)
  if (spec.verbose) spec.stderr.write(`${describeWorkers(spec, single, workers)}\n`)
  const pool = createPool({ ...job, workers, ...(workers > 0 && spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}) })
  const stdout = new StdoutWriter(spec.stdout)
  const printer = new Printer(spec, single, stdout, out)
  try {
    const window = Math.max(pool.workers, 1) * WINDOW_PER_WORKER
    const results = mapOrdered(
      tasks,
      async (task) => {
        const { relative: name, ...plain } = task
        if (out && plain.kind === 'file') out.addInput(plain.path)
        return { record: await pool.run(plain as Task), name }
      },
      window,
    )
    for await (const { record, name } of results) tally.add(await printer.emit(record, name))
    await stdout.settle()
  } finally {
    await pool.close()
  }

  const summary = tally.finish()
  if (!single) spec.stderr.write(`${summary.join('\n')}\n`)
  else if (tally.failed > 0) spec.stderr.write(`docsift: ${tally.firstFailures.join('\n')}\n`)
  return tally.failed > 0 ? EXIT.failed : EXIT.ok
}

/** Prints or writes each record in the run's format; a record that cannot be written comes back as an IO_ERROR. */
class Printer {
  private headerDone = false
  constructor(
    private readonly spec: RunSpec,
    private readonly single: boolean,
    private readonly stdout: StdoutWriter,
    private readonly out: OutDir | undefined,
  ) {}

  async emit(record: OutputRecord, name: string | undefined): Promise<OutputRecord> {
    const { spec, single } = this
    const failed = 'error' in record
    if (this.out) {
      let problem: string | undefined
      if (spec.jsonl) problem = this.out.write(`${encodeName(String(record.id))}.json`, JSON.stringify(this.select(record)))
      else if (!failed) problem = this.out.write(safeRelative(withExtension(name ?? String(record.id), spec.format)), this.rendered(record))
      return problem === undefined ? record : { id: record.id, error: { code: 'IO_ERROR', message: problem } }
    }
    if (spec.format === 'csv') {
      if (single && failed) return record
      const object = single ? parsedWhole(record) : record
      const columns = spec.fields ?? CSV_COLUMNS[single ? singleKind(spec.command) : 'record']
      if (!this.headerDone) await this.stdout.write(`${csvRow(columns)}\n`)
      this.headerDone = true
      await this.stdout.write(`${csvRow(columns.map((column) => valueAt(object, column)))}\n`)
      return record
    }
    if (spec.jsonl || (!single && spec.format === 'json')) {
      await this.stdout.write(`${JSON.stringify(this.select(record))}\n`)
      return record
    }
    if (failed) return record
    const body = this.rendered(record)
    const header = single ? '' : `==> ${String(record.id)} <==\n`
    await this.stdout.write(`${header}${body}${body.endsWith('\n') ? '' : '\n'}`)
    return record
  }

  /** A record as printed: `--fields` picks from it; an error record keeps its id and error. */
  private select(record: OutputRecord): unknown {
    const fields = this.spec.fields
    if (!fields) return record
    return 'error' in record ? { id: record.id, error: record.error } : pick(record, fields)
  }

  /** The document's own rendering; for JSON, the whole result, `--fields` picked from it. */
  private rendered(record: OutputRecord): string {
    const text = 'error' in record ? '' : (record.rendered ?? '')
    if (this.spec.format !== 'json' || !this.spec.fields) return text
    return JSON.stringify(pick(JSON.parse(text) as unknown, this.spec.fields), null, 2)
  }
}

function parsedWhole(record: OutputRecord): unknown {
  return 'error' in record || record.rendered === undefined ? record : (JSON.parse(record.rendered) as unknown)
}

function singleKind(command: Job['command']): keyof typeof CSV_COLUMNS {
  return command === 'clean' ? 'clean' : command === 'extract' ? 'summary' : 'sift'
}

/** Flags that cannot work together fail the run before it starts. */
function refuseMismatches(spec: RunSpec): void {
  if (spec.jsonl && (spec.format === 'text' || spec.format === 'md') && spec.formatGiven) {
    throw new UsageError(`--format ${spec.format} does not apply to --jsonl, whose output is one JSON record per line (or --format csv)`)
  }
  if (spec.fields && (spec.format === 'text' || spec.format === 'md')) {
    throw new UsageError(`--fields selects fields of JSON or CSV output, not of --format ${spec.format}`)
  }
  if (spec.out !== undefined && spec.format === 'csv') throw new UsageError('--format csv writes one table to stdout; it does not go with --out')
}

/** An empty folder or a glob that matches nothing is a mistake worth stopping on. */
function refuseEmptyInput(paths: readonly string[]): void {
  if (!expandInputs(paths).next().done) return
  throw new UsageError(`no documents in ${paths.map((p) => `"${p}"`).join(', ')} (looked for .txt, .text, .html, .htm, .xhtml and .shtml files)`)
}

/** Opens `--out`, refusing a folder that overlaps an input folder (outputs would overwrite inputs or be read as inputs). */
function openOut(spec: RunSpec): OutDir {
  const target = canonical(spec.out as string)
  for (const dir of spec.jsonl ? [] : inputDirectories(spec.paths)) {
    const input = canonical(dir)
    if (within(target, input) || within(input, target)) {
      throw new UsageError(`--out ${spec.out as string} overlaps the input folder ${dir}: choose an output folder outside it`)
    }
  }
  return new OutDir(spec.out as string, spec.stderr)
}

function canonical(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

function within(path: string, dir: string): boolean {
  const inside = relative(dir, path)
  return inside === '' || (!inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside))
}

function describeWorkers(spec: RunSpec, single: boolean, workers: number): string {
  if (single) return 'docsift: one document, run in-process (no per-record deadline)'
  const deadline = workers === 0 ? 'no per-record deadline (in-process)' : spec.timeoutMs === 0 ? 'no per-record deadline (--timeout 0)' : `a deadline of ${((spec.timeoutMs ?? 60_000) / 1000).toFixed(1)} s per record`
  if (spec.workers !== undefined) return `docsift: ${workers === 0 ? 'in-process' : `${workers} worker thread${workers === 1 ? '' : 's'}`} (--workers ${spec.workers}), ${deadline}`
  const plan = workerPlan()
  return (
    `docsift: ${workers} worker thread${workers === 1 ? '' : 's'}: ${plan.cores} cores → up to ${plan.byCores}, ` +
    `${(plan.freeBytes / GIB).toFixed(1)} GiB free → up to ${plan.byMemory} at ~${WORKER_MEMORY_BYTES / 1024 ** 2} MB each, ` +
    `at most ${MAX_DEFAULT_WORKERS}; ${deadline}`
  )
}

async function* stdinOnce(spec: RunSpec): AsyncGenerator<Task> {
  yield await stdinTask(spec.stdin, spec.options.maxBytes)
}

function isSingle(paths: readonly string[]): boolean {
  if (paths.length === 0) return true
  if (paths.length > 1) return false
  const only = paths[0] ?? ''
  if (only === '-') return true
  try {
    return !statSync(only).isDirectory()
  } catch {
    return !isGlob(only)
  }
}

function countFiles(paths: readonly string[]): number {
  let n = 0
  for (const _file of expandInputs(paths)) n++
  return n
}

function withExtension(path: string, format: Format): string {
  return path.replace(EXTENSION, '') + EXTENSIONS[format]
}

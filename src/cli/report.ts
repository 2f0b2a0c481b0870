/**
 * `docsift report`: sifts the inputs on the pool (keeping each normalized input so removals
 * show in place) and writes the one-page HTML audit. Documents are streamed to a side file as
 * they come, so memory holds the totals only, never the corpus or the page as one string.
 */
import { closeSync, createReadStream, createWriteStream, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { isSystemError } from '../errors.js'
import type { SiftOptions } from '../schema.js'
import { ReportWriter } from '../audit/render.js'
import { createPool, workerPlan } from '../batch/pool.js'
import { mapOrdered } from '../batch/ordered.js'
import { OutputError } from './output.js'
import { printable } from './printable.js'
import { Tally } from './progress.js'
import type { Task } from './records.js'
import { fileTasks, jsonlTasks } from './sources.js'
import { write } from './jsonl.js'

/** What a report run needs. */
export interface ReportSpec {
  paths: string[]
  /** The HTML file to write. */
  output: string
  jsonl: boolean
  /** `--workers`; undefined: what the machine affords. */
  workers?: number
  timeoutMs?: number
  allowPaths?: string
  quiet: boolean
  verbose?: boolean
  title: string
  options: SiftOptions
  stdin: Readable
  stdout: Writable
  stderr: NodeJS.WriteStream
}

/** Builds the report and returns the exit code (1 when some documents failed; they still appear in it). */
export async function runReport(spec: ReportSpec): Promise<number> {
  const tasks: AsyncIterable<Task> | Iterable<Task> =
    spec.jsonl || spec.paths.length === 0 ? jsonlTasks(spec.paths, spec.stdin, spec.options.maxBytes) : plainTasks(spec.paths)
  const workers = spec.workers ?? workerPlan().workers
  if (spec.verbose) spec.stderr.write(`docsift: ${workers === 0 ? 'in-process' : `${workers} worker thread${workers === 1 ? '' : 's'}`}\n`)
  const part = join(dirname(spec.output), `.${basename(spec.output)}.${process.pid}.part`)
  const body = openForWriting(part, spec.output)
  const pool = createPool({
    command: 'sift',
    options: spec.options,
    keepInput: true,
    workers,
    ...(workers > 0 && spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
    ...(spec.allowPaths === undefined ? {} : { allowPaths: spec.allowPaths }),
  })
  const tally = new Tally({ stream: spec.stderr, quiet: spec.quiet })
  const report = new ReportWriter({ title: spec.title, generatedAt: new Date().toISOString() })
  try {
    try {
      for await (const record of mapOrdered(tasks, (task) => pool.run(task), Math.max(pool.workers, 1) * 4)) {
        tally.add(record)
        await write(body, `${report.document(record)}\n`)
      }
    } finally {
      await pool.close()
      await new Promise<void>((resolve, reject) => body.end((error?: Error | null) => (error ? reject(error) : resolve())))
    }
    await assemble(spec.output, report, part)
  } catch (error) {
    rmSync(part, { force: true })
    if (isSystemError(error)) throw new OutputError(`cannot write the report ${spec.output}: ${error.message}`)
    throw error
  }
  spec.stderr.write(`${tally.finish().join('\n')}\ndocsift: report written to ${printable(spec.output)}\n`)
  return tally.failed > 0 ? 1 : 0
}

/** Opens the side file up front, so an unwritable destination fails before any document is read. */
function openForWriting(part: string, output: string): Writable {
  try {
    mkdirSync(dirname(output), { recursive: true })
    closeSync(openSync(part, 'w'))
  } catch (error) {
    throw new OutputError(`cannot write the report ${output}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return createWriteStream(part)
}

/** Head (which needs the totals) + the streamed documents + tail, then moved into place. */
async function assemble(output: string, report: ReportWriter, part: string): Promise<void> {
  const final = `${part}.html`
  const out = createWriteStream(final)
  await write(out, report.head())
  await pipeline(createReadStream(part), out, { end: false })
  await new Promise<void>((resolve, reject) => out.end(report.tail(), (error?: Error | null) => (error ? reject(error) : resolve())))
  rmSync(part, { force: true })
  renameSync(final, output)
}

function* plainTasks(paths: readonly string[]): Generator<Task> {
  for (const { relative: _relative, ...task } of fileTasks(paths)) yield task as Task
}

/**
 * The batch loop of clean/extract/sift: tasks → pool (ordered, bounded window) → stdout or
 * `--out` files, with the tally. Returns the exit code; never throws for a bad record.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import type { SiftOptions } from '../schema.js'
import { createPool } from '../batch/pool.js'
import { mapOrdered } from '../batch/ordered.js'
import type { Job } from '../batch/process.js'
import { write } from './jsonl.js'
import { Tally } from './progress.js'
import type { OutputRecord, Task } from './records.js'
import { fileTasks, jsonlTasks, stdinTask } from './sources.js'
import { expandInputs } from './inputs.js'
import { isGlob } from './glob.js'

/** Everything one CLI run needs; streams are injectable for tests. */
export interface RunSpec {
  command: Job['command']
  paths: string[]
  jsonl: boolean
  format: 'text' | 'json' | 'md'
  out?: string
  workers: number
  quiet: boolean
  keepInput: boolean
  options: SiftOptions
  stdin: Readable
  stdout: Writable
  stderr: NodeJS.WriteStream
}

/** Exit codes: 0 all records ok, 1 some failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

const EXTENSIONS = { text: '.txt', json: '.json', md: '.md' } as const
const WINDOW_PER_WORKER = 4
const UNSAFE_NAME = /[^\w.\-\u4e00-\u9fff]/g
// --out never writes above the output directory, and the input extension gives way to the format's.
const LEADING_UP = /^(?:\.\.\/)+|^\/+/
const EXTENSION = /\.[^./]{1,8}$/

/** Runs clean/extract/sift over files, stdin or JSONL and reports how it went. */
export async function runBatch(spec: RunSpec): Promise<number> {
  const single = !spec.jsonl && isSingle(spec.paths)
  const job: Job = { command: spec.command, options: spec.options }
  if (spec.keepInput) job.keepInput = true
  // JSONL output and multi-file JSON output are records; everything else prints the rendered result.
  if (!spec.jsonl && (single || spec.out !== undefined || spec.format !== 'json')) job.render = spec.format

  const tasks: AsyncIterable<Task & { relative?: string }> | Iterable<Task & { relative?: string }> = spec.jsonl
    ? jsonlTasks(spec.paths, spec.stdin, spec.options.maxBytes)
    : spec.paths.length === 0 || (single && spec.paths[0] === '-')
      ? stdinOnce(spec)
      : fileTasks(spec.paths)

  const quiet = spec.quiet || single
  // Counting files costs a second walk, so it is only done when a bar will show the ETA.
  const total = quiet || !spec.stderr.isTTY || spec.jsonl ? undefined : countFiles(spec.paths)
  const tally = new Tally({ stream: spec.stderr, quiet, ...(total === undefined ? {} : { total }) })
  // One document is not worth starting threads for.
  const pool = createPool({ ...job, workers: single ? 0 : spec.workers })
  const relatives = new Map<Task['id'], string>()
  try {
    const window = Math.max(pool.workers, 1) * WINDOW_PER_WORKER
    const results = mapOrdered(
      tasks,
      (task) => {
        if (task.relative !== undefined) relatives.set(task.id, task.relative)
        const { relative: _relative, ...plain } = task
        return pool.run(plain as Task)
      },
      window,
    )
    for await (const record of results) {
      tally.add(record)
      await emit(spec, record, single, relatives.get(record.id))
      relatives.delete(record.id)
    }
  } finally {
    await pool.close()
  }

  const summary = tally.finish()
  if (!single) spec.stderr.write(`${summary.join('\n')}\n`)
  else if (tally.failed > 0) spec.stderr.write(`docsift: ${tally.firstFailures.join('\n')}\n`)
  return tally.failed > 0 ? EXIT.failed : EXIT.ok
}

async function emit(spec: RunSpec, record: OutputRecord, single: boolean, relative: string | undefined): Promise<void> {
  const failed = 'error' in record
  if (spec.out !== undefined) {
    if (failed && !spec.jsonl) return
    const name = spec.jsonl ? `${String(record.id).replace(UNSAFE_NAME, '_')}.json` : withExtension(relative ?? String(record.id), spec.format)
    const target = join(spec.out, name)
    mkdirSync(dirname(target), { recursive: true })
    const body = spec.jsonl || failed || !('rendered' in record) ? JSON.stringify(record) : (record.rendered ?? '')
    writeFileSync(target, body.endsWith('\n') ? body : `${body}\n`)
    return
  }
  if (failed) {
    if (!single && (spec.jsonl || spec.format === 'json')) await write(spec.stdout, `${JSON.stringify(record)}\n`)
    return
  }
  if (spec.jsonl || record.rendered === undefined) {
    await write(spec.stdout, `${JSON.stringify(record)}\n`)
    return
  }
  const header = single ? '' : `==> ${String(record.id)} <==\n`
  const body = record.rendered
  await write(spec.stdout, `${header}${body}${body.endsWith('\n') ? '' : '\n'}`)
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

function withExtension(path: string, format: RunSpec['format']): string {
  return path.replace(LEADING_UP, '').replace(EXTENSION, '') + EXTENSIONS[format]
}

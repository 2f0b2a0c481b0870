/**
 * `docsift report`: sifts the inputs on the pool (keeping each normalized input so removals
 * show in place) and writes the one-page HTML audit.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import type { SiftOptions } from '../schema.js'
import { renderReport } from '../audit/render.js'
import { createPool } from '../batch/pool.js'
import { mapOrdered } from '../batch/ordered.js'
import { Tally } from './progress.js'
import type { OutputRecord, Task } from './records.js'
import { fileTasks, jsonlTasks } from './sources.js'

/** What a report run needs. */
export interface ReportSpec {
  paths: string[]
  output: string
  jsonl: boolean
  workers: number
  quiet: boolean
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
  const pool = createPool({ command: 'sift', options: spec.options, keepInput: true, workers: spec.workers })
  const tally = new Tally({ stream: spec.stderr, quiet: spec.quiet })
  const records: OutputRecord[] = []
  try {
    for await (const record of mapOrdered(tasks, (task) => pool.run(task), Math.max(pool.workers, 1) * 4)) {
      tally.add(record)
      records.push(record)
    }
  } finally {
    await pool.close()
  }
  mkdirSync(dirname(spec.output), { recursive: true })
  writeFileSync(spec.output, renderReport(records, { title: spec.title, generatedAt: new Date().toISOString() }))
  spec.stderr.write(`${tally.finish().join('\n')}\ndocsift: report written to ${spec.output}\n`)
  return tally.failed > 0 ? 1 : 0
}

function* plainTasks(paths: readonly string[]): Generator<Task> {
  for (const { relative: _relative, ...task } of fileTasks(paths)) yield task
}

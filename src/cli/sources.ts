/**
 * Where a run's tasks come from: JSONL lines (files or stdin), document files, or one
 * document on stdin. Each source is lazy, so the pool's window is the only buffer.
 */
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import type { Task } from './records.js'
import { makeTask, taskFromLine } from '../batch/tasks.js'
import { expandInputs } from './inputs.js'
import { leadingId, readLines } from './jsonl.js'

const DEFAULT_MAX_BYTES = 25 * 1024 * 1024
// JSON escaping can grow a document up to six-fold (\u0000 per byte); beyond that a line cannot be valid.
const LINE_SLACK = 6

/** Longest JSONL line read in full for a given document limit. */
export function maxLineBytes(maxBytes = DEFAULT_MAX_BYTES): number {
  return maxBytes * LINE_SLACK + 64 * 1024
}

/** Tasks from JSONL files (or stdin for none or `-`); ids default to the line number. */
export async function* jsonlTasks(paths: readonly string[], stdin: Readable, maxBytes?: number): AsyncGenerator<Task> {
  const sources = paths.length === 0 ? ['-'] : paths
  for (const source of sources) {
    const stream = source === '-' ? stdin : createReadStream(source)
    const prefix = sources.length > 1 ? `${source}:` : ''
    const lines = readLines(stream, maxLineBytes(maxBytes))
    try {
      for await (const line of lines) {
        const fallback = prefix ? `${prefix}${line.number}` : line.number
        if (line.overflow) {
          const id = leadingId(line.text) ?? fallback
          yield makeTask({ id, kind: 'fault', code: 'TOO_LARGE', message: `line ${line.number} has ${line.bytes} bytes, over the limit` })
          continue
        }
        const task = taskFromLine(line.text, line.number)
        yield prefix && task.id === line.number ? { ...task, id: fallback } : task
      }
    } catch (error) {
      // An unreadable JSONL file is one failed record, named by the file.
      yield makeTask({ id: source, kind: 'fault', code: 'IO_ERROR', message: error instanceof Error ? error.message : String(error) })
    }
  }
}

/** A task with the path its output keeps under `--out`. */
export type FileTask = Task & { relative?: string }

/** Tasks for document files named on the command line; the id is the path. A folder that cannot be read is an IO_ERROR task. */
export function* fileTasks(paths: readonly string[]): Generator<FileTask> {
  for (const file of expandInputs(paths)) {
    if (file.error !== undefined) yield makeTask({ id: file.path, kind: 'fault', code: 'IO_ERROR', message: file.error })
    else yield { ...makeTask({ id: file.path, kind: 'file', path: file.path }), relative: file.relative }
  }
}

/** One task from a whole document on stdin, refused early when it grows over `maxBytes`. */
export async function stdinTask(stdin: Readable, maxBytes = DEFAULT_MAX_BYTES): Promise<Task> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > maxBytes) {
      stdin.destroy()
      return makeTask({ id: '-', kind: 'fault', code: 'TOO_LARGE', message: `stdin has over ${maxBytes} bytes, the limit` })
    }
    parts.push(buffer)
  }
  return makeTask({ id: '-', kind: 'bytes', bytes: Buffer.concat(parts) })
}

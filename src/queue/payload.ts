/**
 * What one queue job carries: the record's task, inline while it is small and by reference (a
 * file the worker reads) when it is large, because Redis keeps every job in memory. The job id is
 * the record id, so adding a record twice is one job.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { makeTask, type Task } from '../batch/tasks.js'
import { DocsiftError } from '../errors.js'
import type { RecordId } from '../schema.js'

/** Pages over this many bytes travel by reference instead of inside the job. */
export const LARGE_PAGE_BYTES = 512 * 1024

type BytesTask = Extract<Task, { kind: 'bytes' }>

/** A task as JSON: bytes become base64. */
export type WireTask = Exclude<Task, BytesTask> | (Omit<BytesTask, 'bytes'> & { base64: string })

/** The data of one job: the task itself, or where the worker finds it. */
export type JobData = { task: WireTask } | { id: RecordId; spooled: string }

/** Where large pages go: a directory every worker can read (a shared filesystem across machines). */
export interface PayloadOptions {
  inlineLimit: number
  spoolDir: string
}

/** The job id of a record id: prefixed so numbers and strings stay apart, with no `:` (BullMQ's separator). */
export function jobIdOf(id: RecordId): string {
  return typeof id === 'number' ? `n${id}` : `s${id.replace(/[%:]/g, (c) => (c === '%' ? '%25' : '%3A'))}`
}

/** The record id a job id stands for (inverse of `jobIdOf`). */
export function recordIdOf(jobId: string): RecordId {
  if (jobId.startsWith('n')) return Number(jobId.slice(1))
  return jobId.slice(1).replace(/%3A|%25/g, (c) => (c === '%3A' ? ':' : '%'))
}

/** Packs a task into job data, spooling it to a file when it is over the inline limit. */
export async function toJobData(task: Task, options: PayloadOptions): Promise<{ data: JobData; spooled: boolean }> {
  const wire = toWire(task)
  if (sizeOf(task) <= options.inlineLimit) return { data: { task: wire }, spooled: false }
  const body = JSON.stringify(wire)
  // Content-addressed, so enqueueing the same page again reuses its file.
  const dir = resolve(options.spoolDir)
  const file = join(dir, `${createHash('sha256').update(body).digest('hex').slice(0, 40)}.json`)
  await mkdir(dir, { recursive: true })
  try {
    await writeFile(file, body, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return { data: { id: task.id, spooled: file }, spooled: true }
}

/** Unpacks job data into the task the record processor takes; an unreadable spool file is an IO_ERROR. */
export async function fromJobData(data: JobData): Promise<Task> {
  if ('task' in data) return fromWire(data.task)
  let body: string
  try {
    body = await readFile(data.spooled, 'utf8')
  } catch (error) {
    throw new DocsiftError('IO_ERROR', `cannot read the spooled page ${data.spooled}: ${(error as Error).message}`, { cause: error })
  }
  return fromWire(JSON.parse(body) as WireTask)
}

/** The record id a job stands for, read from its data. */
export function idOfJobData(data: JobData): RecordId {
  return 'task' in data ? data.task.id : data.id
}

/**
 * A document named on the command line: its bytes travel in the job when it is small (the worker
 * needs no access to the file); a large one travels as its absolute path.
 */
export async function fileTask(id: RecordId, path: string, inlineLimit: number): Promise<Task> {
  const absolute = resolve(path)
  try {
    const info = await stat(absolute)
    if (info.isFile() && info.size <= inlineLimit) return makeTask({ id, kind: 'bytes', bytes: await readFile(absolute), name: path })
  } catch {
    // Unreadable here: the worker reports it as this record's IO_ERROR.
  }
  // Made here (marked), so enqueue passes it through instead of reading it as a record from data.
  return makeTask({ id, kind: 'file', path: absolute })
}

function toWire(task: Task): WireTask {
  if (task.kind !== 'bytes') return task
  const { bytes, ...rest } = task
  return { ...rest, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') }
}

function fromWire(wire: WireTask): Task {
  if (wire.kind !== 'bytes') return wire
  const { base64, ...rest } = wire
  return { ...rest, bytes: Buffer.from(base64, 'base64') }
}

function sizeOf(task: Task): number {
  switch (task.kind) {
    case 'text':
      return Buffer.byteLength(task.text)
    case 'html':
      return Buffer.byteLength(task.html)
    case 'bytes':
      return task.bytes.byteLength
    case 'path':
    case 'file':
    case 'fault':
      return 0
  }
}

/**
 * `enqueue`: one BullMQ job per record, its job id the record id, so a record already queued or
 * done is not added again (unless `force` re-runs a done one). Each record also takes a position
 * in the queue's order set the first time it is seen: collect returns results in that order.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocsiftError } from '../errors.js'
import type { InputRecord } from '../schema.js'
import { taskFromValue, type Task } from '../batch/tasks.js'
import { openQueue, type OpenQueue, type QueueTarget } from './connection.js'
import { jobIdOf, LARGE_PAGE_BYTES, toJobData, type JobData } from './payload.js'

/** Options of `enqueue`. */
export interface EnqueueOptions extends QueueTarget {
  /** Records as `sift --jsonl` reads them (or ready tasks); a record without an id takes its 1-based position. */
  records: Iterable<InputRecord | Task> | AsyncIterable<InputRecord | Task>
  /** Add records whose job is done (completed or failed) again. Default false. */
  force?: boolean
  /** Tries per job before its failure becomes an error record. Default 3. */
  attempts?: number
  /** First retry delay in ms, doubled on each retry. Default 1000. */
  backoffMs?: number
  /** Pages over this many bytes are spooled to a file. Default `LARGE_PAGE_BYTES`. */
  inlineLimit?: number
  /** Where spooled pages go; workers on other machines need it on a shared filesystem. Default: the OS temp dir. */
  spoolDir?: string
}

/** What an enqueue did, record by record. */
export interface EnqueueSummary {
  records: number
  /** New jobs. */
  added: number
  /** Done jobs added again (`force`). */
  requeued: number
  /** Records whose job was already waiting, running or done. */
  skipped: number
  /** Records whose id came earlier in the same input (only the first is queued). */
  duplicates: number
  /** Records passed by reference: spooled pages, large files and path records (the worker reads them). */
  byReference: number
  spoolDir: string
}

const CHUNK = 250
const JOB_NAME = 'record'
const DONE_STATES = new Set(['completed', 'failed'])

/**
 * Queues records for `docsift worker`s; idempotent by record id.
 * @example
 * const summary = await enqueue({ connection: 'redis://127.0.0.1:6379', queue: 'crawl', records: [{ id: 'a', text: '…' }] })
 * summary.added // 1 the first time, 0 after
 */
export async function enqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  const attempts = positiveInteger('attempts', options.attempts ?? 3)
  const backoffMs = positiveInteger('backoffMs', options.backoffMs ?? 1000)
  const inlineLimit = positiveInteger('inlineLimit', options.inlineLimit ?? LARGE_PAGE_BYTES)
  const spoolDir = options.spoolDir ?? join(tmpdir(), 'docsift-spool', options.queue)
  const summary: EnqueueSummary = { records: 0, added: 0, requeued: 0, skipped: 0, duplicates: 0, byReference: 0, spoolDir }
  const jobOptions = { attempts, backoff: { type: 'exponential', delay: backoffMs } }

  const open = await openQueue(options, { failFast: true })
  const seen = new Set<string>()
  try {
    let chunk: Task[] = []
    for await (const record of options.records) {
      summary.records++
      const task = taskFromValue(record, summary.records)
      const jobId = jobIdOf(task.id)
      if (seen.has(jobId)) {
        summary.duplicates++
        continue
      }
      seen.add(jobId)
      chunk.push(task)
      if (chunk.length >= CHUNK) {
        await addChunk(open, chunk, { force: options.force ?? false, jobOptions, inlineLimit, spoolDir }, summary)
        chunk = []
      }
    }
    if (chunk.length > 0) await addChunk(open, chunk, { force: options.force ?? false, jobOptions, inlineLimit, spoolDir }, summary)
  } finally {
    await open.close()
  }
  return summary
}

interface ChunkOptions {
  force: boolean
  jobOptions: { attempts: number; backoff: { type: string; delay: number } }
  inlineLimit: number
  spoolDir: string
}

async function addChunk(open: OpenQueue, tasks: Task[], options: ChunkOptions, summary: EnqueueSummary): Promise<void> {
  const { client, queue } = open
  const ids = tasks.map((task) => jobIdOf(task.id))
  const exists = await Promise.all(ids.map((id) => client.exists(queue.toKey(id))))

  const jobs: { name: string; data: JobData; opts: ChunkOptions['jobOptions'] & { jobId: string } }[] = []
  for (const [i, task] of tasks.entries()) {
    const jobId = ids[i] as string
    if (exists[i]) {
      if (!options.force || !DONE_STATES.has(await queue.getJobState(jobId))) {
        summary.skipped++
        continue
      }
      await queue.remove(jobId)
      summary.requeued++
    } else {
      summary.added++
    }
    const { data, spooled } = await toJobData(task, options)
    if (spooled || task.kind === 'path' || task.kind === 'file') summary.byReference++
    jobs.push({ name: JOB_NAME, data, opts: { ...options.jobOptions, jobId } })
  }
  if (jobs.length > 0) await queue.addBulk(jobs)

  // Every record takes a position, even a skipped one: an earlier run that died between adding
  // the job and recording its position is repaired here. NX keeps a known record's place.
  const last = await client.incrby(open.positionKey, ids.length)
  const first = last - ids.length + 1
  await client.zadd(open.orderKey, 'NX', ...ids.flatMap((id, i) => [first + i, id]))
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new DocsiftError('BAD_OPTIONS', `${name} must be a whole number ≥ 1, got ${value}`)
  return value
}

/**
 * `createWorker`: a long-running BullMQ worker. Records run on a piscina thread pool (one thread
 * per concurrency slot, each loading the jieba dictionaries once, before the first job), through
 * the same `processTask` as `sift --jsonl`, so a job's result is that command's output line.
 *
 * A record's own faults (binary input, over a limit…) are results: error records, never retried.
 * What fails around a record is retried with BullMQ's backoff: a thread that crashed, a spool file
 * that could not be read, a job over its time limit (the thread is terminated). The last attempt
 * turns the failure into an error record, so every job ends with exactly one result. A worker that
 * dies mid-job leaves its job locked; when the lock expires BullMQ's stalled check (run by every
 * other worker) puts the job back in the queue.
 */
import { Piscina } from 'piscina'
import type { Job as BullJob } from 'bullmq'
import { DocsiftError, firstIssue, toErrorRecord } from '../errors.js'
import { SiftOptions, type OutputRecord } from '../schema.js'
import type { Task } from '../batch/tasks.js'
import type { Job } from '../batch/process.js'
import { WORKER_YOUNG_GENERATION_MB, workerEntry } from '../batch/pool.js'
import { redisClient, type QueueTarget } from './connection.js'
import { fromJobData, idOfJobData, type JobData } from './payload.js'

/** Options of `createWorker`. */
export interface QueueWorkerOptions extends QueueTarget {
  /** What each record goes through. Default `sift`. */
  command?: Job['command']
  /** Cleaning and extraction options, as `sift --jsonl` takes them. Start every worker of a queue with the same. */
  options?: SiftOptions
  /** Directory `{"path"}` records may read from (as `--allow-paths`); without it they are refused. */
  allowPaths?: string
  /** Records processed at once, one thread each (each holds its own dictionaries, ≈ 300 MB). Default 1. */
  concurrency?: number
  /** Time limit per job attempt in ms; the thread is terminated and the attempt fails. Default 120 000. */
  timeoutMs?: number
  /** How long a job's lock lasts without renewal (ms): a dead worker's job is free again after this. Default 30 000. */
  lockDuration?: number
  /** How often this worker looks for stalled jobs (ms). Default 30 000. */
  stalledInterval?: number
  /** Stalls a job may survive before it fails. Default 1. */
  maxStalledCount?: number
  /** Name stored on the jobs this worker takes (BullMQ's `processedBy`). */
  name?: string
  /** Receives one line per notable event (retry, stall, returned job). */
  onLog?: (line: string) => void
}

/** What a worker has done so far. */
export interface WorkerStats {
  /** Jobs completed with a result (error records included). */
  done: number
  /** Of those, error records. */
  errorRecords: number
  /** Attempts that failed and were left to BullMQ to retry. */
  retried: number
  /** Jobs given back to the queue unfinished at shutdown. */
  returned: number
  /** Stalled jobs this worker found and put back in the queue. */
  stalled: number
}

/** A running worker. */
export interface QueueWorker {
  readonly concurrency: number
  stats(): WorkerStats
  /**
   * Stops taking jobs and lets the active ones finish; after `graceMs` (default: no limit) the
   * ones still running are given back to the queue unfinished. Calling again can shorten the grace.
   */
  close(options?: { graceMs?: number }): Promise<void>
}

const TIMEOUT = Symbol('timeout')
const RETURN = Symbol('return')
const LOST = Symbol('lock lost')
const WARM_UP: Task = { id: 'warm-up', kind: 'text', text: '二〇二三年社区志愿服务活动总结\n社区组织志愿者开展环境整治活动三次。' }

interface Active {
  abort: AbortController
}

/**
 * Starts a worker on a queue; resolves once every thread has loaded its dictionaries.
 * @example
 * const worker = await createWorker({ connection: 'redis://127.0.0.1:6379', queue: 'crawl', concurrency: 2 })
 * process.once('SIGTERM', () => void worker.close({ graceMs: 30_000 }))
 */
export async function createWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const concurrency = whole('concurrency', options.concurrency ?? 1)
  const timeoutMs = whole('timeoutMs', options.timeoutMs ?? 120_000)
  const parsed = SiftOptions.safeParse(options.options ?? {})
  if (!parsed.success) throw new DocsiftError('BAD_OPTIONS', `bad option ${firstIssue(parsed.error, 'options')}`)
  const job: Job = { command: options.command ?? 'sift', options: options.options ?? {}, ...(options.allowPaths ? { allowPaths: options.allowPaths } : {}) }
  if (!['clean', 'extract', 'sift'].includes(job.command)) throw new DocsiftError('BAD_OPTIONS', `command must be clean, extract or sift, got "${job.command}"`)
  const log = options.onLog ?? (() => {})

  const { filename, execArgv } = workerEntry()
  const threads = new Piscina({
    filename, workerData: job, minThreads: concurrency, maxThreads: concurrency, execArgv, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  })
  await Promise.all(Array.from({ length: concurrency }, () => threads.run({ task: WARM_UP })))

  const { client, owned } = await redisClient(options.connection, false)
  const { Worker, WaitingError } = await import('bullmq')
  const stats: WorkerStats = { done: 0, errorRecords: 0, retried: 0, returned: 0, stalled: 0 }
  const active = new Map<string, Active>()

  const processor = async (bullJob: BullJob<JobData, OutputRecord>, token?: string, signal?: AbortSignal): Promise<OutputRecord> => {
    const attempt = bullJob.attemptsMade + 1
    const attempts = bullJob.opts.attempts ?? 1
    const abort = new AbortController()
    const key = bullJob.id ?? ''
    active.set(key, { abort })
    const timer = setTimeout(() => abort.abort(TIMEOUT), timeoutMs)
    // BullMQ aborts its signal when this worker lost the job's lock: stop working on it.
    const onLost = (): void => abort.abort(LOST)
    signal?.addEventListener('abort', onLost)
    try {
      const task = await fromJobData(bullJob.data)
      return (await threads.run({ task }, { signal: abort.signal })) as OutputRecord
    } catch (error) {
      const reason: unknown = abort.signal.aborted ? abort.signal.reason : undefined
      if (reason === RETURN) {
        await bullJob.moveToWait(token)
        stats.returned++
        log(`returned ${key} to the queue unfinished`)
        throw new WaitingError()
      }
      if (reason === LOST) throw new Error('lock lost: the stalled check gives this job to another worker')
      const failure = reason === TIMEOUT ? new DocsiftError('TIMEOUT', `no result within ${timeoutMs} ms`) : error
      if (attempt < attempts) {
        stats.retried++
        log(`attempt ${attempt} of ${attempts} failed for ${key}, retrying: ${toErrorRecord(failure).message}`)
        throw failure instanceof Error ? failure : new Error(String(failure))
      }
      const { code, message } = toErrorRecord(failure)
      return { id: idOfJobData(bullJob.data), error: { code, message: `${message} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})` } }
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onLost)
      active.delete(key)
    }
  }

  const worker = new Worker<JobData, OutputRecord>(options.queue, processor, {
    connection: client,
    concurrency,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.lockDuration === undefined ? {} : { lockDuration: whole('lockDuration', options.lockDuration) }),
    ...(options.stalledInterval === undefined ? {} : { stalledInterval: whole('stalledInterval', options.stalledInterval) }),
    ...(options.maxStalledCount === undefined ? {} : { maxStalledCount: options.maxStalledCount }),
    ...(options.name === undefined ? {} : { name: options.name }),
  })
  worker.on('completed', (_job, result) => {
    stats.done++
    if ('error' in result) stats.errorRecords++
  })
  worker.on('stalled', (jobId) => {
    stats.stalled++
    log(`job ${jobId} stalled (its worker stopped renewing the lock): back in the queue`)
  })
  worker.on('error', (error) => log(`error: ${error.message}`))

  let closing: Promise<void> | undefined
  let grace: NodeJS.Timeout | undefined
  const giveBack = (): void => {
    for (const entry of active.values()) entry.abort.abort(RETURN)
  }
  return {
    concurrency,
    stats: () => ({ ...stats }),
    close: ({ graceMs = Number.POSITIVE_INFINITY } = {}) => {
      if (graceMs <= 0) giveBack()
      else if (Number.isFinite(graceMs)) {
        clearTimeout(grace)
        grace = setTimeout(giveBack, graceMs)
      }
      closing ??= (async () => {
        await worker.close()
        clearTimeout(grace)
        await threads.destroy()
        if (owned) await client.quit().catch(() => client.disconnect())
      })()
      return closing
    },
  }
}

function whole(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new DocsiftError('BAD_OPTIONS', `${name} must be a whole number ≥ 1, got ${value}`)
  return value
}

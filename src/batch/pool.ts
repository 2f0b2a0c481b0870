/**
 * The worker pool behind `--workers`: piscina threads running src/batch/worker, or the same
 * code in-process for `workers: 0`. Works from dist (worker.js beside this bundle) and from TS
 * sources (worker.ts, started through tsx). On threads every record has a deadline: a record
 * that runs past it is stopped (its thread is replaced) and becomes a `TIMEOUT` error record.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism, freemem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { MessageChannel } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { parseOptions } from '../clean/index.js'
import { DocsiftError, toErrorRecord } from '../errors.js'
import { DEFAULT_TIMEOUT_MS, PoolOptions, type InputRecord, type OutputRecord } from '../schema.js'
import { processTask, type Job } from './process.js'
import { taskFromValue, type Task } from './tasks.js'

/** A running pool: `run` never rejects (failures are error records); `close` ends the threads. */
export interface Pool {
  readonly workers: number
  run(record: InputRecord | Task): Promise<OutputRecord>
  close(): Promise<void>
}

/** What a worker thread costs: its own nodejieba dictionaries and heap (measured, see README). */
export const WORKER_MEMORY_BYTES = 400 * 1024 * 1024
/**
 * A worker thread's young generation, MB (left to V8, a batch's young generation grows to 32 MB and
 * more): a page's garbage dies young either way, and the smaller nursery is part of keeping a one-worker batch under 400 MB
 * (README, Workers and memory). The process-wide settings are the CLI's: cli/heap.ts.
 */
export const WORKER_YOUNG_GENERATION_MB = 12
/** More threads than this never paid off: the default stops here whatever the machine. */
export const MAX_DEFAULT_WORKERS = 8

/** The default worker count and what it was chosen from. */
export interface WorkerPlan {
  workers: number
  cores: number
  freeBytes: number
  byCores: number
  byMemory: number
}

/**
 * What the machine can afford: one core left to the main thread (reading, writing, V8's
 * collector), ~400 MB of free memory per worker, at most MAX_DEFAULT_WORKERS, at least 1.
 */
export function workerPlan(): WorkerPlan {
  const cores = availableParallelism()
  const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0
  const freeBytes = constrained > 0 ? Math.min(freemem(), Math.max(0, constrained - process.memoryUsage().rss)) : freemem()
  const byCores = Math.max(1, cores - 1)
  const byMemory = Math.max(1, Math.floor(freeBytes / WORKER_MEMORY_BYTES))
  return { workers: Math.min(byCores, byMemory, MAX_DEFAULT_WORKERS), cores, freeBytes, byCores, byMemory }
}

/** Default worker count: see `workerPlan`. */
export function defaultWorkers(): number {
  return workerPlan().workers
}

/**
 * Starts a pool that cleans/extracts/sifts records, one output record per record.
 * @example
 * const pool = createPool({ command: 'sift', workers: 2, timeoutMs: 30_000 })
 * const out = await pool.run({ id: 'a', text: '2023年社区活动总结……' })
 * await pool.close()
 */
export function createPool(options: PoolOptions = {}): Pool {
  const opts = parseOptions(PoolOptions, options)
  const job: Job = { command: opts.command, options: opts.options ?? {} }
  if (opts.keepInput) job.keepInput = true
  if (opts.render) job.render = opts.render
  if (opts.allowPaths !== undefined) job.allowPaths = opts.allowPaths
  const workers = opts.workers ?? defaultWorkers()
  let sequence = 0
  const toTask = (record: InputRecord | Task): Task => taskFromValue(record, ++sequence)

  if (workers === 0) {
    if (opts.timeoutMs) {
      throw new DocsiftError('BAD_OPTIONS', 'invalid options: timeoutMs needs workers ≥ 1 (a running document can only be stopped on a worker thread)')
    }
    return {
      workers: 0,
      run: (record) =>
        new Promise((resolve) => {
          // setImmediate lets I/O and progress updates run between documents.
          const task = toTask(record)
          setImmediate(() => resolve(processTask(task, job)))
        }),
      close: async () => {},
    }
  }

  return threadPool(job, workers, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, workerEntry(), toTask)
}

/** The threaded pool; `entry` is the worker module (tests give one of their own). */
export function threadPool(
  job: Job,
  workers: number,
  timeoutMs: number,
  { filename, execArgv }: { filename: string; execArgv: string[] },
  toTask: (record: InputRecord | Task) => Task,
): Pool {
  let closing: Promise<void> | undefined
  const piscina = new Piscina({
    filename,
    workerData: job,
    minThreads: workers,
    maxThreads: workers,
    execArgv,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  })
  // A thread that fails (to start, or natively) fails its task, which becomes an error record;
  // the pool's own 'error' event must not also end the process.
  piscina.on('error', () => {})
  return {
    workers,
    run: async (record) => {
      const task = toTask(record)
      // The deadline starts when a thread takes the task (it says so on this port), not when the
      // task is queued: waiting behind other records, or for a new thread's dictionaries, is not slowness.
      const { port1: started, port2 } = new MessageChannel()
      const stop = new AbortController()
      let timer: NodeJS.Timeout | undefined
      if (timeoutMs > 0) started.once('message', () => (timer = setTimeout(() => stop.abort(), timeoutMs)))
      try {
        return (await piscina.run({ task, started: port2 }, { signal: stop.signal, transferList: [port2] })) as OutputRecord
      } catch (error) {
        if (stop.signal.aborted) {
          return { id: task.id, error: { code: 'TIMEOUT', message: `stopped after ${timeoutMs} ms; raise --timeout (timeoutMs) to give records more time` } }
        }
        // A crashed worker (out of memory, native fault) still yields this record's line.
        return { id: task.id, error: toErrorRecord(error) }
      } finally {
        clearTimeout(timer)
        started.close()
      }
    },
    // Closing twice (stream flush, then destroy) must not destroy twice.
    close: () => (closing ??= piscina.destroy()),
  }
}

/** Finds the worker beside this module: worker.js when built, worker.ts under tsx or vitest. */
export function workerEntry(): { filename: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url)
  const dir = dirname(here)
  for (const candidate of ['worker.js', 'worker.ts']) {
    const path = join(dir, candidate)
    if (!existsSync(path)) continue
    // tsx is resolved here, not by the worker, so the pool works whatever the cwd is.
    const execArgv = path.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(here).resolve('tsx')).href] : []
    return { filename: pathToFileURL(path).href, execArgv }
  }
  throw new Error(`docsift: worker file not found beside ${here}`)
}

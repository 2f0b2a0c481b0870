/**
 * The worker pool behind `--workers`: piscina threads running src/batch/worker, or the
 * same code in-process for one worker. Works from dist (worker.js/.cjs beside this bundle)
 * and from TS sources (worker.ts, started through tsx).
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Piscina } from 'piscina'
import { toErrorRecord } from '../errors.js'
import type { InputRecord, OutputRecord, Task } from '../cli/records.js'
import { processTask, type Job } from './process.js'
import { taskFromValue } from './tasks.js'

/** Options of `createPool`. */
export interface PoolOptions extends Partial<Job> {
  /** Worker threads; 0 or 1 runs in-process. Default: os.availableParallelism(). */
  workers?: number
}

/** A running pool: `run` never rejects (failures are error records); `close` ends the threads. */
export interface Pool {
  readonly workers: number
  run(record: InputRecord | Task): Promise<OutputRecord>
  close(): Promise<void>
}

/** Default worker count: one per available core. */
export function defaultWorkers(): number {
  return availableParallelism()
}

/**
 * Starts a pool that cleans/extracts/sifts records, one output record per record.
 * @example
 * const pool = createPool({ command: 'sift', workers: 2 })
 * const out = await pool.run({ id: 'a', text: '2023年社区活动总结……' })
 * await pool.close()
 */
export function createPool(options: PoolOptions = {}): Pool {
  const job: Job = { command: options.command ?? 'sift', options: options.options ?? {} }
  if (options.keepInput) job.keepInput = true
  if (options.render) job.render = options.render
  const workers = Math.max(0, Math.floor(options.workers ?? defaultWorkers()))
  let sequence = 0
  const toTask = (record: InputRecord | Task): Task => taskFromValue(record, ++sequence)

  if (workers <= 1) {
    return {
      workers: 1,
      run: (record) =>
        new Promise((resolve) => {
          // setImmediate lets I/O and progress updates run between documents.
          const task = toTask(record)
          setImmediate(() => resolve(processTask(task, job)))
        }),
      close: async () => {},
    }
  }

  const { filename, execArgv } = workerEntry()
  let closing: Promise<void> | undefined
  const piscina = new Piscina({
    filename,
    workerData: job,
    minThreads: workers,
    maxThreads: workers,
    execArgv,
  })
  return {
    workers,
    run: async (record) => {
      const task = toTask(record)
      try {
        return (await piscina.run(task)) as OutputRecord
      } catch (error) {
        // A crashed worker (out of memory, native fault) still yields this record's line.
        return { id: task.id, error: toErrorRecord(error) }
      }
    },
    // Closing twice (stream flush, then destroy) must not destroy twice.
    close: () => (closing ??= piscina.destroy()),
  }
}

/** Finds the worker beside this module: worker.js / worker.cjs when built, worker.ts under tsx or vitest. */
export function workerEntry(): { filename: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url)
  const dir = dirname(here)
  const ext = extname(here)
  for (const candidate of [`worker${ext}`, 'worker.js', 'worker.ts']) {
    const path = join(dir, candidate)
    if (!existsSync(path)) continue
    // tsx is resolved here, not by the worker, so the pool works whatever the cwd is.
    const execArgv = path.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(here).resolve('tsx')).href] : []
    return { filename: pathToFileURL(path).href, execArgv }
  }
  throw new Error(`docsift: worker file not found beside ${here}`)
}

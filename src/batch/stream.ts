/**
 * `siftStream`: a Node Transform (object mode) from records to results, also async-iterable.
 * One result per record, in order; at most `window` records in flight, and the write side
 * stalls while the read side is full, so memory stays bounded under a slow consumer.
 */
import { Transform, type TransformCallback } from 'node:stream'
import type { InputRecord, OutputRecord, Task } from '../cli/records.js'
import { createPool, type Pool, type PoolOptions } from './pool.js'
import { taskFromLine, taskFromValue } from './tasks.js'

/** Options of `siftStream`: a pool to share, or pool options (default: in-process, command `sift`). */
export interface SiftStreamOptions extends PoolOptions {
  /** Use this pool (not closed by the stream) instead of starting one. */
  pool?: Pool
  /** Records in flight at most. Default: 4 per worker. */
  window?: number
}

interface Slot {
  done: boolean
  result?: OutputRecord
}

/**
 * Creates a record → result transform; strings are read as JSONL lines.
 * @example
 * for await (const out of Readable.from(records).pipe(siftStream({ workers: 2 }))) console.log(out.id)
 */
export function siftStream(options: SiftStreamOptions = {}): Transform {
  const ownPool = options.pool === undefined
  const pool = options.pool ?? createPool({ ...options, workers: options.workers ?? 0 })
  const window = Math.max(1, Math.floor(options.window ?? Math.max(pool.workers, 1) * 4))
  const slots: Slot[] = []
  let count = 0
  let waiting: TransformCallback | undefined
  let flushed: TransformCallback | undefined

  const stream = new Transform({
    objectMode: true,
    highWaterMark: window,
    transform(chunk: unknown, _encoding, callback) {
      count++
      const task: Task = typeof chunk === 'string' ? taskFromLine(chunk, count) : taskFromValue(chunk as InputRecord, count)
      const slot: Slot = { done: false }
      slots.push(slot)
      void pool.run(task).then((result) => {
        slot.done = true
        slot.result = result
        release()
      })
      // Ask for the next record only while the window has room.
      if (slots.length < window) callback()
      else waiting = callback
    },
    flush(callback) {
      flushed = callback
      release()
    },
    destroy(error, callback) {
      if (ownPool) void pool.close()
      callback(error)
    },
  })

  function release(): void {
    while (slots[0]?.done) {
      const slot = slots.shift() as Slot
      stream.push(slot.result)
    }
    if (waiting && slots.length < window) {
      const callback = waiting
      waiting = undefined
      callback()
    }
    if (flushed && slots.length === 0) {
      const callback = flushed
      flushed = undefined
      const end = (): void => callback()
      if (ownPool) void pool.close().then(end, end)
      else end()
    }
  }

  return stream
}

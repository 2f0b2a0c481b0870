/**
 * `collect` and `queueStatus`: results in input order, one per enqueued record, and progress counts.
 * Results are read straight from BullMQ's job hashes and finished sets, a page of records per round
 * trip, without loading the jobs' (possibly large) input data.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { OutputRecord } from '../schema.js'
import { openQueue, type OpenQueue, type QueueTarget } from './connection.js'
import { recordIdOf } from './payload.js'

/** Options of `collect`. */
export interface CollectOptions extends QueueTarget {
  /** How often to look again while the next record in order is unfinished (ms). Default 500. */
  pollMs?: number
  /** Called while waiting for an unfinished record, at most once per poll. */
  onWait?: (pending: { id: OutputRecord['id']; collected: number }) => void
}

/** Progress of a queue. */
export interface QueueStatus {
  /** Records enqueued (distinct ids). */
  records: number
  /** Waiting for a worker (prioritized included; a paused queue's records wait too). */
  waiting: number
  active: number
  /** Waiting out a retry backoff. */
  delayed: number
  /** Finished with a result line (error records included). */
  done: number
  /** Given up by BullMQ (stalled too often); collect reports each as an INTERNAL error record. */
  failed: number
}

const PAGE = 200

/**
 * Yields one result per enqueued record, in input order, waiting for unfinished ones.
 * @example
 * for await (const record of collect({ connection: 'redis://127.0.0.1:6379', queue: 'crawl' })) out.write(`${JSON.stringify(record)}\n`)
 */
export async function* collect(options: CollectOptions): AsyncGenerator<OutputRecord> {
  const pollMs = Math.max(10, options.pollMs ?? 500)
  const open = await openQueue(options, { failFast: true })
  try {
    let position = 0
    for (;;) {
      const jobIds = await open.client.zrange(open.orderKey, position, position + PAGE - 1)
      if (jobIds.length === 0) return
      const results = await readResults(open, jobIds)
      let ready = 0
      for (const result of results) {
        if (result === undefined) break
        yield result
        ready++
      }
      position += ready
      if (ready < jobIds.length) {
        options.onWait?.({ id: recordIdOf(jobIds[ready] ?? ''), collected: position })
        await sleep(pollMs)
      }
    }
  } finally {
    await open.close()
  }
}

/**
 * Counts a queue's records by state.
 * @example
 * const { records, done } = await queueStatus({ connection: 'redis://127.0.0.1:6379', queue: 'crawl' })
 */
export async function queueStatus(target: QueueTarget): Promise<QueueStatus> {
  const open = await openQueue(target, { failFast: true })
  try {
    const counts = await open.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed')
    const n = (state: string): number => counts[state] ?? 0
    return {
      records: await open.client.zcard(open.orderKey),
      waiting: n('waiting') + n('prioritized'),
      active: n('active'),
      delayed: n('delayed'),
      done: n('completed'),
      failed: n('failed'),
    }
  } finally {
    await open.close()
  }
}

/** The result of each job, or undefined while it is unfinished. */
async function readResults(open: OpenQueue, jobIds: string[]): Promise<(OutputRecord | undefined)[]> {
  const { queue } = open
  const pipeline = open.client.pipeline()
  for (const jobId of jobIds) {
    pipeline.zscore(queue.keys.completed ?? '', jobId)
    pipeline.zscore(queue.keys.failed ?? '', jobId)
    pipeline.hmget(queue.toKey(jobId), 'returnvalue', 'failedReason')
    pipeline.exists(queue.toKey(jobId))
  }
  const replies = (await pipeline.exec()) ?? []
  return jobIds.map((jobId, i) => {
    const [completed, failed, fields, exists] = replies.slice(i * 4, i * 4 + 4).map(([error, value]) => {
      if (error) throw error
      return value
    })
    const [returnvalue, failedReason] = (fields ?? []) as (string | null)[]
    const id = recordIdOf(jobId)
    if (completed !== null && returnvalue) return JSON.parse(returnvalue) as OutputRecord
    if (failed !== null) return { id, error: { code: 'INTERNAL', message: `the queue gave up on this record: ${failedReason ?? 'no reason given'}` } }
    if (!exists) return { id, error: { code: 'INTERNAL', message: 'no job for this record in the queue (removed?)' } }
    return undefined
  })
}

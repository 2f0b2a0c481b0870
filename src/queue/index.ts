/** The distributed mode: BullMQ jobs on Redis, one per record, results in input order. */
export { enqueue, type EnqueueOptions, type EnqueueSummary } from './enqueue.js'
export { createWorker, type QueueWorker, type QueueWorkerOptions, type WorkerStats } from './worker.js'
export { collect, queueStatus, type CollectOptions, type QueueStatus } from './collect.js'
export { LARGE_PAGE_BYTES, fileTask } from './payload.js'
export type { QueueConnection, QueueTarget, RedisConnectionOptions, RedisClientLike } from './connection.js'

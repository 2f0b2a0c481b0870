/** docsift: clean scraped Chinese work-summary pages into text and typed data. */
export { clean, extract, extractAll, sift, cleanToMarkdown, ready, train } from './api.js'
export { DocsiftError, toErrorRecord } from './errors.js'
export { docsift, docsiftClean, docsiftExtract, docsiftParse } from './pipeline.js'
export { RULES } from './rules/index.js'
export type { Rule, RuleScope, Cut, DocFacts, RuleBlock } from './rules/types.js'
export * from './schema.js'
export { createPool, defaultWorkers, type Pool } from './batch/pool.js'
export { siftStream } from './batch/stream.js'
export { renderReport } from './audit/render.js'
export {
  createWorker,
  enqueue,
  collect,
  queueStatus,
  LARGE_PAGE_BYTES,
  type QueueWorker,
  type QueueWorkerOptions,
  type WorkerStats,
  type EnqueueOptions,
  type EnqueueSummary,
  type CollectOptions,
  type QueueStatus,
  type QueueConnection,
  type RedisConnectionOptions,
  type RedisClientLike,
  type QueueTarget,
} from './queue/index.js'

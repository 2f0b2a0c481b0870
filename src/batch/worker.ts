/**
 * Piscina worker entry (built to dist/worker.js). Each worker thread loads nodejieba's
 * dictionaries as it starts, before it takes a task, so no record's deadline pays for them.
 */
import type { MessagePort } from 'node:worker_threads'
import { workerData } from 'node:worker_threads'
import type { OutputRecord } from '../schema.js'
import type { Task } from './tasks.js'
import { loadDictionaries } from '../text/segment.js'
import { processTask, type Job } from './process.js'

const job = (workerData ?? { command: 'sift' }) as Job
// Synchronous on purpose: a worker module with top-level await cannot be loaded through tsx.
loadDictionaries()

/** Processes one task with the job the pool was started with; tells the pool when it starts. */
export default function work({ task, started }: { task: Task; started?: MessagePort }): OutputRecord {
  started?.postMessage('started')
  return processTask(task, job)
}

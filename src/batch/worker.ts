/**
 * Piscina worker entry (built to dist/worker.js). Each worker thread loads nodejieba's
 * dictionaries once, lazily, on its first document.
 */
import { workerData } from 'node:worker_threads'
import type { OutputRecord, Task } from '../cli/records.js'
import { processTask, type Job } from './process.js'

const job = (workerData ?? { command: 'sift' }) as Job

/** Processes one task with the job the pool was started with. */
export default function work(task: Task): OutputRecord {
  return processTask(task, job)
}

/**
 * The V8 heap setting of the `docsift` process. It is process-wide, so the CLI sets it and the
 * library leaves its host's heap alone (a pool's worker threads get their own young-generation
 * size: `WORKER_YOUNG_GENERATION_MB` in batch/pool.ts).
 */
import v8 from 'node:v8'

/**
 * How far V8 may grow the old space after a full collection, in percent. Left to itself, V8 grows a
 * heap that allocates fast by up to 4×: a batch run's old space reaches ~130 MB of which ~25 MB is
 * live (sift's garbage is per page). 25 % keeps a 2,000-record run about 70–120 MB smaller for about
 * 10 % more CPU (measured: README, Workers and memory).
 */
export const HEAP_GROWING_PERCENT = 25

/**
 * Sets HEAP_GROWING_PERCENT for this process and its worker threads. (The young generation's size
 * cannot be set this way: V8 fixes it when the isolate starts, so only worker threads get a smaller one.)
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}

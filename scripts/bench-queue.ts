/**
 * `npx tsx scripts/bench-queue.ts [--records N] [--rounds R]`: throughput of the queue mode with
 * 1 and 2 worker processes against `sift --jsonl`, on a redis-server this script starts (and stops),
 * and the per-job overhead of the queue. Prints a markdown table (docs/queue-bench.md holds a run).
 * A benchmark, not a test: nothing here asserts a time. Needs `npm run build` (it runs dist/cli.js,
 * as a deployment would) and Debian's redis-server.
 *
 * What is timed: processing only. Worker processes start with the queue paused and the clock starts
 * when every one of them has loaded its dictionaries and the queue is resumed; it stops when the
 * last job completes. For `sift --jsonl` the start-up (dictionaries) cancels out of the slope between
 * a run over a quarter of the records and a run over all of them. Enqueue and collect are timed on their own.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { Queue } from 'bullmq'
import { collect, enqueue } from '../src/queue/index.js'
import { jsonlTasks } from '../src/cli/sources.js'
import { hasRedisServer, startRedisServer, type RedisServer } from '../test/redis-server.js'
import { queueJsonl } from '../test/queue-records.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist/cli.js')
const argv = process.argv.slice(2)
const RECORDS = numberFlag('--records', 1000)
const ROUNDS = numberFlag('--rounds', 3)

interface Row {
  label: string
  /** Processing time of each round, ms. */
  rounds: number[]
  note?: string
}

function numberFlag(flag: string, fallback: number): number {
  const at = argv.indexOf(flag)
  const value = at === -1 ? undefined : Number(argv[at + 1])
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/** Wall time of one `sift --jsonl` process over a file, ms. */
function jsonlRun(file: string, workers: number): number {
  const start = performance.now()
  const run = spawnSync(process.execPath, [CLI, 'sift', '--jsonl', '--quiet', '--workers', String(workers), file], { stdio: ['ignore', 'ignore', 'pipe'] })
  if (run.status !== 0 && run.status !== 1) throw new Error(`sift --jsonl failed: ${String(run.stderr)}`)
  return performance.now() - start
}

/**
 * Processing time of `sift --jsonl` for all records: the slope between a run over a quarter of them
 * and a run over all, so the start-up (every thread's dictionaries) cancels out.
 */
function jsonlRounds(file: string, quarter: string, workers: number): { rounds: number[]; startup: number[] } {
  const rounds: number[] = []
  const startup: number[] = []
  const part = Math.max(1, Math.floor(RECORDS / 4))
  for (let r = 0; r < ROUNDS; r++) {
    const small = jsonlRun(quarter, workers)
    const whole = jsonlRun(file, workers)
    const perRecord = (whole - small) / (RECORDS - part)
    rounds.push(perRecord * RECORDS)
    startup.push(small - perRecord * part)
  }
  return { rounds, startup }
}

/** Starts `processes` workers on a paused queue, resumes it once all are ready, times until every job is done. */
async function queueRound(server: RedisServer, lines: string[], file: string, processes: number, concurrency: number, name: string): Promise<{ ms: number; enqueueMs: number; collectMs: number }> {
  const queue = new Queue(name, { connection: { host: '127.0.0.1', port: server.port } })
  await queue.pause()
  const enqueueStart = performance.now()
  await enqueue({ connection: server.url, queue: name, records: jsonlTasks([file], process.stdin) })
  const enqueueMs = performance.now() - enqueueStart

  const workers = Array.from({ length: processes }, () => {
    const child = spawn(process.execPath, [CLI, 'worker', '--redis', server.url, '--queue', name, '--concurrency', String(concurrency)], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    return { child, stderr: () => stderr, exited }
  })
  while (!workers.every((w) => w.stderr().includes('ready'))) await sleep(20)

  const start = performance.now()
  await queue.resume()
  while ((await queue.getCompletedCount()) < lines.length) await sleep(10)
  const ms = performance.now() - start

  for (const w of workers) w.child.kill('SIGTERM')
  await Promise.all(workers.map((w) => w.exited))
  const collectStart = performance.now()
  let n = 0
  for await (const _record of collect({ connection: server.url, queue: name })) n++
  const collectMs = performance.now() - collectStart
  if (n !== lines.length) throw new Error(`collected ${n} of ${lines.length}`)
  await queue.obliterate({ force: true })
  await queue.close()
  return { ms, enqueueMs, collectMs }
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first')
  if (!hasRedisServer()) throw new Error('redis-server is not installed (apt-get install redis-server)')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'docsift-bench-queue-'))
  const lines = queueJsonl(RECORDS)
  const file = path.join(dir, 'in.jsonl')
  const quarter = path.join(dir, 'quarter.jsonl')
  writeFileSync(file, `${lines.join('\n')}\n`)
  writeFileSync(quarter, `${lines.slice(0, Math.max(1, Math.floor(RECORDS / 4))).join('\n')}\n`)

  const server = await startRedisServer()
  const rows: Row[] = []
  const enqueueMs: number[] = []
  const collectMs: number[] = []
  try {
    const jsonl1 = jsonlRounds(file, quarter, 1)
    rows.push({ label: '`sift --jsonl --workers 1`', rounds: jsonl1.rounds, note: `start-up ${(median(jsonl1.startup) / 1000).toFixed(1)} s not counted` })
    const jsonl2 = jsonlRounds(file, quarter, 2)
    rows.push({ label: '`sift --jsonl --workers 2`', rounds: jsonl2.rounds, note: `start-up ${(median(jsonl2.startup) / 1000).toFixed(1)} s not counted` })
    for (const [processes, concurrency] of [
      [1, 1],
      [2, 1],
      [1, 2],
    ] as const) {
      const rounds: number[] = []
      for (let r = 0; r < ROUNDS; r++) {
        const round = await queueRound(server, lines, file, processes, concurrency, `bench-${processes}x${concurrency}-${r}`)
        rounds.push(round.ms)
        enqueueMs.push(round.enqueueMs)
        collectMs.push(round.collectMs)
      }
      const label = `queue: ${processes} worker process${processes > 1 ? 'es' : ''}${concurrency > 1 ? ` × --concurrency ${concurrency}` : ''}`
      rows.push({ label, rounds })
    }
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }

  const base = median(rows[0]?.rounds ?? [1])
  const queue1 = median(rows[2]?.rounds ?? [1])
  const perRecord = (ms: number): string => (ms / RECORDS).toFixed(2)
  const out: string[] = []
  out.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}; load average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} (a shared machine).`)
  out.push('')
  out.push(`${RECORDS} synthetic records (${lines.length} JSONL lines, ~1–2 KB pages, 2% error records), ${ROUNDS} rounds each, median (range); worker processes run dist/cli.js and each loads the dictionaries before the clock starts.`)
  out.push('')
  out.push('| mode | records/s | ms per record | time ÷ `--jsonl --workers 1` | rounds (s) | note |')
  out.push('|---|---|---|---|---|---|')
  for (const row of rows) {
    const m = median(row.rounds)
    const range = row.rounds.map((ms) => (ms / 1000).toFixed(1)).join(', ')
    out.push(`| ${row.label} | ${(RECORDS / (m / 1000)).toFixed(0)} | ${perRecord(m)} | ${(m / base).toFixed(2)}× | ${range} | ${row.note ?? ''} |`)
  }
  out.push('')
  out.push(`Per-job overhead of the queue over \`--jsonl\` (1 worker): **${perRecord(queue1 - base)} ms per record** (${perRecord(queue1)} − ${perRecord(base)}).`)
  out.push(`Enqueue: ${(RECORDS / (median(enqueueMs) / 1000)).toFixed(0)} records/s; collect: ${(RECORDS / (median(collectMs) / 1000)).toFixed(0)} records/s (median of ${enqueueMs.length} runs).`)
  process.stdout.write(`${out.join('\n')}\n`)
}

await main()

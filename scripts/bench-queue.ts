/**
 * `npx tsx scripts/bench-queue.ts [--records N] [--rounds R]`: throughput of the queue mode with
 * 1 and 2 worker processes against `sift --jsonl`, on a redis-server this script starts (and stops),
 * and the per-job overhead of the queue. Prints a markdown table (docs/bench.md holds a run).
 * A benchmark, not a test: nothing here asserts a time. Needs `npm run build` (it runs dist/cli.js,
 * as a deployment would) and Debian's redis-server.
 *
 * Only steady-state processing is timed, never the dictionary loads. `sift --jsonl` reads stdin: warm-up
 * records go first, and the clock starts once their results are out (every thread has loaded its
 * dictionaries) and stops at the last result. Queue workers start on a paused queue; the clock starts
 * when all are ready and the queue is resumed, and stops when the last job completes. Every round runs
 * every mode once, so each comparison is made under the same load (the machine is shared), and the
 * ratios are medians of per-round ratios.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { collect, enqueue } from '../src/queue/index.js'
import { jsonlTasks } from '../src/cli/sources.js'
import { hasRedisServer, startRedisServer, type RedisServer } from '../test/redis-server.js'
import { queueJsonl } from '../test/queue-records.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist/cli.js')
const argv = process.argv.slice(2)
const RECORDS = numberFlag('--records', 1000)
const ROUNDS = numberFlag('--rounds', 5)
// Must match src/cli/run.ts: records in flight per worker thread.
const WINDOW_PER_WORKER = 4
const WARM_UP_WINDOWS = 3

interface Mode {
  label: string
  run: () => Promise<number>
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

/**
 * Steady-state time of `sift --jsonl --workers W` for `lines`, ms. The batch keeps a window of 4 records
 * per worker in flight and writes a result only when the window is full or the input ends, so the clock
 * starts once all but a window of the warm-up records are out, and the window's records timed with the
 * rest are taken out in proportion.
 */
async function jsonlTime(lines: string[], workers: number): Promise<number> {
  const child = spawn(process.execPath, [CLI, 'sift', '--jsonl', '--quiet', '--workers', String(workers)], { stdio: ['pipe', 'pipe', 'ignore'] })
  let results = 0
  const waiters: { count: number; resolve: () => void }[] = []
  child.stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) results++
    for (const waiter of waiters.filter((w) => results >= w.count)) waiter.resolve()
  })
  const reach = (count: number): Promise<void> => new Promise((resolve) => waiters.push({ count, resolve }))
  const window = Math.max(1, workers) * WINDOW_PER_WORKER
  const warm = window * WARM_UP_WINDOWS
  child.stdin.write(`${lines.slice(0, warm).map((line) => line.replace(/"id":/, '"warm":')).join('\n')}\n`)
  await reach(warm - window + 1)
  const start = performance.now()
  child.stdin.end(`${lines.join('\n')}\n`)
  await reach(warm + lines.length)
  const ms = performance.now() - start
  await new Promise((resolve) => child.once('exit', resolve))
  return (ms * lines.length) / (lines.length + window - 1)
}

/** Steady-state time of `processes` workers for the records of `file`, ms (paused queue, resumed when all are ready). */
async function queueTime(server: RedisServer, file: string, processes: number, concurrency: number, name: string, extra: { enqueueMs: number[]; collectMs: number[]; bytesPerRecord: number[] }): Promise<number> {
  const queue = new Queue(name, { connection: { host: '127.0.0.1', port: server.port } })
  const redis = new Redis(server.url)
  await queue.pause()
  const before = await usedMemory(redis)
  const enqueueStart = performance.now()
  await enqueue({ connection: server.url, queue: name, records: jsonlTasks([file], process.stdin) })
  extra.enqueueMs.push(performance.now() - enqueueStart)

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
  while ((await queue.getCompletedCount()) < RECORDS) await sleep(10)
  const ms = performance.now() - start

  for (const w of workers) w.child.kill('SIGTERM')
  await Promise.all(workers.map((w) => w.exited))
  extra.bytesPerRecord.push(((await usedMemory(redis)) - before) / RECORDS)
  const collectStart = performance.now()
  let n = 0
  for await (const _record of collect({ connection: server.url, queue: name })) n++
  extra.collectMs.push(performance.now() - collectStart)
  if (n !== RECORDS) throw new Error(`collected ${n} of ${RECORDS}`)
  await queue.obliterate({ force: true })
  await queue.close()
  redis.disconnect()
  return ms
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory')
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0)
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first')
  if (!hasRedisServer()) throw new Error('redis-server is not installed (apt-get install redis-server)')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'docsift-bench-queue-'))
  const lines = queueJsonl(RECORDS)
  const file = path.join(dir, 'in.jsonl')
  writeFileSync(file, `${lines.join('\n')}\n`)
  // Records with no text: each is an error record made at once, so only the plumbing is timed.
  const empty = Array.from({ length: RECORDS }, (_, i) => JSON.stringify({ id: `e-${i}` }))
  const emptyFile = path.join(dir, 'empty.jsonl')
  writeFileSync(emptyFile, `${empty.join('\n')}\n`)

  const server = await startRedisServer()
  const extra = { enqueueMs: [] as number[], collectMs: [] as number[], bytesPerRecord: [] as number[] }
  let round = 0
  const queueMode = (processes: number, concurrency: number, input = file, suffix = ''): Mode => ({
    label: `queue: ${processes} worker process${processes > 1 ? 'es' : ''}${concurrency > 1 ? `, --concurrency ${concurrency}` : ''}${suffix}`,
    run: () => queueTime(server, input, processes, concurrency, `bench-${processes}x${concurrency}${suffix ? '-empty' : ''}-${round}`, extra),
  })
  const modes: Mode[] = [
    { label: '`sift --jsonl --workers 1`', run: () => jsonlTime(lines, 1) },
    { label: '`sift --jsonl --workers 2`', run: () => jsonlTime(lines, 2) },
    queueMode(1, 1),
    queueMode(2, 1),
    queueMode(1, 2),
    { label: '`sift --jsonl --workers 1`, records without text', run: () => jsonlTime(empty, 1) },
    queueMode(1, 1, emptyFile, ', records without text'),
  ]
  const times: number[][] = modes.map(() => [])
  try {
    for (round = 0; round < ROUNDS; round++) {
      for (const [i, mode] of modes.entries()) times[i]?.push(await mode.run())
      process.stderr.write(`round ${round + 1}/${ROUNDS}: ${times.map((t) => ((t.at(-1) ?? 0) / 1000).toFixed(1)).join(' / ')} s\n`)
    }
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }

  const base = times[0] ?? []
  const ratio = (i: number): number => median((times[i] ?? []).map((t, r) => t / (base[r] ?? 1)))
  const perRecord = (ms: number): string => (ms / RECORDS).toFixed(2)
  const overheads = (times[2] ?? []).map((t, r) => (t - (base[r] ?? 0)) / RECORDS)
  const out: string[] = []
  out.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}; load average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} (a shared machine).`)
  out.push('')
  out.push(`${RECORDS} synthetic records (~1–2 KB pages as text and HTML, 2% error records), ${ROUNDS} rounds; each round runs every mode once. Steady state only: every thread has loaded its dictionaries before the clock starts.`)
  out.push('')
  out.push('| mode | records/s (median) | ms per record | time ÷ `--jsonl --workers 1` (median of per-round ratios) | rounds (s) |')
  out.push('|---|---|---|---|---|')
  for (const [i, mode] of modes.entries()) {
    const m = median(times[i] ?? [])
    out.push(`| ${mode.label} | ${(RECORDS / (m / 1000)).toFixed(0)} | ${perRecord(m)} | ${ratio(i).toFixed(2)}× | ${(times[i] ?? []).map((t) => (t / 1000).toFixed(1)).join(', ')} |`)
  }
  out.push('')
  const plumbing = (times[6] ?? []).map((t, r) => (t - (times[5]?.[r] ?? 0)) / RECORDS)
  out.push(`Per-job overhead of the queue over \`--jsonl\`, 1 worker, same round: ${median(overheads).toFixed(2)} ms per record on real pages (median; rounds ${overheads.map((o) => o.toFixed(2)).join(', ')}),`)
  out.push(`**${median(plumbing).toFixed(2)} ms per record** on records without text, where nothing but the plumbing runs (rounds ${plumbing.map((o) => o.toFixed(2)).join(', ')}).`)
  out.push(`Enqueue ${(RECORDS / (median(extra.enqueueMs) / 1000)).toFixed(0)} records/s, collect ${(RECORDS / (median(extra.collectMs) / 1000)).toFixed(0)} records/s; Redis holds ${(median(extra.bytesPerRecord) / 1024).toFixed(1)} KB per done record (input + result; median of ${extra.enqueueMs.length} runs).`)
  process.stdout.write(`${out.join('\n')}\n`)
}

await main()

/**
 * The queue mode as it runs in production: worker processes of the CLI (tsx on the source, as the
 * other process tests), one killed with SIGKILL mid-run, one stopped with SIGTERM, a third finishing
 * the queue. Every record must come back exactly once, byte for byte what `sift --jsonl` writes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/program.js'
import { hasRedisServer, startRedisServer, type RedisServer } from './redis-server.js'
import { queueJsonl } from './queue-records.js'

const ROOT = join(import.meta.dirname, '..')
const ENTRY = join(ROOT, 'src/cli/main.ts')
const RECORDS = 1000
const REDIS = hasRedisServer()
if (!REDIS) console.warn('docsift: redis-server is not installed, so the queue process test is skipped (apt-get install redis-server)')

interface WorkerProcess {
  child: ChildProcess
  stderr: () => string
  exited: Promise<number | null>
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const stdin = new PassThrough()
  stdin.end()
  const code = await runCli(['node', 'docsift', ...args], { stdin, stdout, stderr: stderr as unknown as NodeJS.WriteStream })
  return { code, stdout: out, stderr: err }
}

async function until(what: string, test: () => Promise<boolean> | boolean, limitMs = 240_000): Promise<void> {
  const end = Date.now() + limitMs
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`)
    await sleep(25)
  }
}

describe.skipIf(!REDIS)('queue workers as processes', () => {
  let server: RedisServer
  const started: WorkerProcess[] = []
  const dir = mkdtempSync(join(tmpdir(), 'docsift-queue-processes-'))

  // Short locks and stall checks so the killed worker's job comes back in seconds, and room for a
  // stall the busy machine may cause on its own.
  const worker = (name: string): WorkerProcess => {
    const args = ['--import', 'tsx', ENTRY, 'worker', '--redis', server.url, '--queue', 'crash', '--name', name]
    args.push('--lock-duration', '4000', '--stalled-interval', '1000', '--max-stalled', '2')
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    const running = { child, stderr: () => stderr, exited }
    started.push(running)
    return running
  }

  beforeAll(async () => {
    server = await startRedisServer()
  }, 30_000)
  afterAll(async () => {
    for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await Promise.all(started.map(({ exited }) => exited))
    await server?.stop()
  })

  it(
    `${RECORDS} records, 2 workers, one SIGKILLed mid-run: every record has exactly one result, the bytes of sift --jsonl`,
    async () => {
      const file = join(dir, 'in.jsonl')
      writeFileSync(file, `${queueJsonl(RECORDS).join('\n')}\n`)
      const target = ['--redis', server.url, '--queue', 'crash']
      expect((await cli(['enqueue', ...target, '--jsonl', file])).stderr).toContain(`${RECORDS} records: ${RECORDS} added`)

      const queue = new Queue('crash', { connection: { host: '127.0.0.1', port: server.port } })
      try {
        const activeOn = async (name: string): Promise<string[]> =>
          (await queue.getActive()).filter((job) => job.processedBy === name).map((job) => job.id ?? '')
        const completed = (): Promise<number> => queue.getCompletedCount()

        const a = worker('A')
        const b = worker('B')
        await until('both workers ready', () => /ready/.test(a.stderr()) && /ready/.test(b.stderr()))

        // Kill A while it holds a job: that job stays active, locked by a dead worker.
        await until('a fifth of the records done, with A on a job', async () => (await completed()) >= RECORDS / 5 && (await activeOn('A')).length > 0)
        a.child.kill('SIGKILL')
        expect(await a.exited).toBeNull()
        const orphans = await activeOn('A')
        expect(orphans.length).toBeGreaterThan(0)

        // SIGTERM B mid-run: it finishes its job and leaves nothing locked behind.
        await until('over half done', async () => (await completed()) >= RECORDS / 2)
        b.child.kill('SIGTERM')
        expect(await b.exited).toBe(0)
        expect(b.stderr()).toMatch(/SIGTERM: finishing active jobs[\s\S]*stopped: \d+ done/)
        expect(await activeOn('B')).toEqual([])

        const c = worker('C')
        await until('every record done', async () => (await completed()) === RECORDS)
        c.child.kill('SIGTERM')
        expect(await c.exited).toBe(0)
        expect(await queue.getFailedCount()).toBe(0)

        // The orphans were found by the stalled check and finished by another worker.
        for (const id of orphans) {
          const job = await queue.getJob(id)
          expect(await job?.getState()).toBe('completed')
          expect(job?.stalledCounter).toBeGreaterThan(0)
        }
        expect(`${b.stderr()}${c.stderr()}`).toContain(`job ${orphans[0] ?? ''} stalled`)
      } finally {
        await queue.close()
      }

      const collected = await cli(['collect', ...target])
      const sifted = await cli(['sift', '--jsonl', '--workers', '1', file])
      const lines = collected.stdout.trimEnd().split('\n')
      expect(lines).toHaveLength(RECORDS)
      expect(new Set(lines.map((line) => (JSON.parse(line) as { id: unknown }).id)).size).toBe(RECORDS)
      expect(collected.stdout === sifted.stdout).toBe(true)

      // Enqueueing the same input again adds no work.
      expect((await cli(['enqueue', ...target, '--jsonl', file])).stderr).toContain(`${RECORDS} records: 0 added, 0 requeued, ${RECORDS} already queued or done`)
      expect(JSON.parse((await cli(['status', ...target, '--json'])).stdout)).toEqual({ records: RECORDS, waiting: 0, active: 0, delayed: 0, done: RECORDS, failed: 0 })
    },
    // Three worker processes each load the dictionaries on a shared 2-core machine: a budget, not a speed check.
    400_000,
  )
})

/**
 * The queue mode against a real redis-server (started here on a free port, stopped after), with
 * workers in this process. The multi-process crash test is in queue-processes.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { Queue } from 'bullmq'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { processTask } from '../src/batch/process.js'
import { taskFromValue } from '../src/batch/tasks.js'
import { runCli } from '../src/cli/program.js'
import { OutputRecord, type InputRecord } from '../src/schema.js'
import { collect, createWorker, enqueue, fileTask, queueStatus, type QueueWorker } from '../src/queue/index.js'
import { hasRedisServer, startRedisServer, type RedisServer } from './redis-server.js'
import { queueJsonl, summaryHtml, summaryText } from './queue-records.js'

const REDIS = hasRedisServer()
if (!REDIS) console.warn('docsift: redis-server is not installed, so the queue tests are skipped (apt-get install redis-server)')

async function cli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const input = new PassThrough()
  input.end(stdin)
  const code = await runCli(['node', 'docsift', ...args], { stdin: input, stdout, stderr: stderr as unknown as NodeJS.WriteStream })
  return { code, stdout: out, stderr: err }
}

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of source) out.push(item)
  return out
}

/** The `sift --jsonl` line of one record, from the function that command runs. */
function siftLine(record: InputRecord, position: number): string {
  return JSON.stringify(processTask(taskFromValue(record, position), { command: 'sift', options: {} }))
}

/** A long page: the summary's measures repeated (sift takes well over a second on it). */
function longText(n: number, paragraphs: number): string {
  const [title = '', ...body] = summaryText(n).split('\n')
  return [title, ...Array.from({ length: paragraphs }, (_, i) => body[i % body.length] ?? '')].join('\n')
}

it('the package entry exports the queue API', async () => {
  const api = await import('../src/index.js')
  for (const name of ['enqueue', 'createWorker', 'collect', 'queueStatus'] as const) expect(typeof api[name]).toBe('function')
  expect(api.LARGE_PAGE_BYTES).toBe(512 * 1024)
})

// Each test starts worker threads that load the dictionaries: generous limits for a busy machine, not speed checks.
describe.skipIf(!REDIS)('queue mode on a real redis-server', { timeout: 120_000 }, () => {
  let server: RedisServer
  const workers: QueueWorker[] = []
  const dir = mkdtempSync(join(tmpdir(), 'docsift-queue-'))
  const start = async (queue: string, options: Partial<Parameters<typeof createWorker>[0]> = {}): Promise<QueueWorker> => {
    const worker = await createWorker({ connection: server.url, queue, ...options })
    workers.push(worker)
    return worker
  }
  // One open connection polled often: the long page below is active for well under a second on a fast machine.
  const untilActive = async (name: string): Promise<void> => {
    const queue = new Queue(name, { connection: { host: '127.0.0.1', port: server.port } })
    try {
      while ((await queue.getActiveCount()) === 0) await sleep(5)
    } finally {
      await queue.close()
    }
  }

  beforeAll(async () => {
    server = await startRedisServer()
  }, 30_000)
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.close({ graceMs: 0 })))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('enqueue, worker, collect give the bytes of sift --jsonl; enqueue again adds nothing', async () => {
    const file = join(dir, 'batch.jsonl')
    writeFileSync(file, `${queueJsonl(60).join('\n')}\n`)
    const queue = ['--redis', server.url, '--queue', 'batch']

    const first = await cli(['enqueue', ...queue, '--jsonl', file])
    expect(first.code).toBe(0)
    expect(first.stderr).toContain('60 records: 60 added, 0 requeued, 0 already queued or done')
    expect((await cli(['status', ...queue])).stdout).toBe('60 records: 60 waiting, 0 active, 0 delayed, 0 done, 0 failed\n')

    const worker = await start('batch')
    const collected = await cli(['collect', ...queue])
    const sifted = await cli(['sift', '--jsonl', '--workers', '1', file])
    // Error records (a line that is not JSON, binary text) are results too: both exit 1.
    expect(sifted.code).toBe(1)
    expect(collected.code).toBe(1)
    expect(collected.stdout.split('\n')).toHaveLength(61)
    expect(collected.stdout).toBe(sifted.stdout)
    expect(collected.stderr).toContain('docsift: 60 records, 58 ok, 2 failed (BINARY_INPUT 1, BAD_RECORD 1)')
    // A record's own fault is its result, not a failure of the job: nothing was retried.
    expect(worker.stats()).toMatchObject({ done: 60, errorRecords: 2, retried: 0 })

    const again = await cli(['enqueue', ...queue, '--jsonl', file])
    expect(again.stderr).toContain('60 records: 0 added, 0 requeued, 60 already queued or done')
    expect(JSON.parse((await cli(['status', ...queue, '--json'])).stdout)).toEqual({ records: 60, waiting: 0, active: 0, delayed: 0, done: 60, failed: 0 })
  })

  it('large pages travel by reference and come back the same; ids 1 and "1" are two records', async () => {
    const files = join(dir, 'files')
    mkdirSync(files, { recursive: true })
    writeFileSync(join(files, 'small.txt'), summaryText(3))
    writeFileSync(join(files, 'large.html'), summaryHtml(4).replace('</article>', `<p>${longText(4, 40)}</p></article>`))
    const spoolDir = join(dir, 'spool')
    const records: InputRecord[] = [
      { id: 1, text: summaryText(1) },
      { id: '1', text: summaryText(2) },
      { id: 'large', text: longText(5, 60) },
    ]
    const inlineLimit = 3000
    const summary = await enqueue({ connection: server.url, queue: 'refs', records, inlineLimit, spoolDir })
    expect(summary).toMatchObject({ records: 3, added: 3, byReference: 1 })
    expect(readdirSync(spoolDir)).toHaveLength(1)
    // Files named on the command line: the small one travels in the job, the large one as its path.
    const enqueued = await cli(['enqueue', '--redis', server.url, '--queue', 'refs', '--inline-limit', String(inlineLimit), files])
    expect(enqueued.stderr).toContain('2 records: 2 added, 0 requeued, 0 already queued or done, 0 repeated ids ignored, 1 by reference')
    const fileTasks = [await fileTask(join(files, 'large.html'), join(files, 'large.html'), inlineLimit), await fileTask(join(files, 'small.txt'), join(files, 'small.txt'), inlineLimit)]
    expect(fileTasks.map((task) => task.kind)).toEqual(['file', 'bytes'])

    await start('refs')
    const results = await all(collect({ connection: server.url, queue: 'refs', pollMs: 50 }))
    expect(results.map((r) => r.id)).toEqual([1, '1', 'large', join(files, 'large.html'), join(files, 'small.txt')])
    const expected = [...records.map((r, i) => siftLine(r, i + 1)), ...fileTasks.map((task) => JSON.stringify(processTask(task, { command: 'sift', options: {} })))]
    expect(results.map((r) => JSON.stringify(r))).toEqual(expected)
    for (const result of results) expect('error' in OutputRecord.parse(result)).toBe(false)

    // --out: one file per record, the same bytes as the JSONL line.
    const out = join(dir, 'refs-out')
    expect((await cli(['collect', '--redis', server.url, '--queue', 'refs', '--out', out, '--quiet'])).code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['1.json', '1~2.json', `${join(files, 'large.html').replace(/[^\w.\-]/g, '_')}.json`, `${join(files, 'small.txt').replace(/[^\w.\-]/g, '_')}.json`, 'large.json'].sort())
    expect(readFileSync(join(out, 'large.json'), 'utf8')).toBe(`${expected[2] ?? ''}\n`)
  })

  it('--force queues done records again; without it, and for unfinished ones, nothing changes', async () => {
    const records = [0, 1, 2].map((n) => ({ id: `f-${n}`, text: summaryText(n) }))
    const target = { connection: server.url, queue: 'force' }
    expect(await enqueue({ ...target, records })).toMatchObject({ added: 3, skipped: 0 })
    // Not done yet: force leaves waiting jobs alone.
    expect(await enqueue({ ...target, records, force: true })).toMatchObject({ added: 0, requeued: 0, skipped: 3 })
    const worker = await start('force')
    expect(await all(collect({ ...target, pollMs: 50 }))).toHaveLength(3)
    expect(worker.stats().done).toBe(3)

    expect(await enqueue({ ...target, records: [...records, { id: 'f-3', text: summaryText(3) }, records[0] as InputRecord] })).toMatchObject({
      records: 5,
      added: 1,
      skipped: 3,
      duplicates: 1,
    })
    expect(await enqueue({ ...target, records: records.slice(0, 2), force: true })).toMatchObject({ requeued: 2, skipped: 0 })
    const results = await all(collect({ ...target, pollMs: 50 }))
    expect(results.map((r) => r.id)).toEqual(['f-0', 'f-1', 'f-2', 'f-3'])
    expect(worker.stats().done).toBe(6)
  })

  it('a job over its time limit is retried with backoff, then becomes a TIMEOUT error record', async () => {
    const target = { connection: server.url, queue: 'slow' }
    // Sifting 200 KB takes far longer than 1 ms on any machine.
    await enqueue({ ...target, records: [{ id: 'slow', text: longText(6, 3000) }], attempts: 2, backoffMs: 1 })
    const worker = await start('slow', { timeoutMs: 1 })
    const results = await all(collect({ ...target, pollMs: 50 }))
    expect(results).toEqual([{ id: 'slow', error: { code: 'TIMEOUT', message: 'no result within 1 ms (gave up after 2 attempts)' } }])
    expect(worker.stats()).toMatchObject({ done: 1, errorRecords: 1, retried: 1 })
  })

  it('close({ graceMs: 0 }) gives the active job back unfinished; close() lets it finish', async () => {
    const target = { connection: server.url, queue: 'shutdown' }
    await enqueue({ ...target, records: [{ id: 'long', text: longText(7, 3000) }] })
    const leaving = await start('shutdown')
    await untilActive('shutdown')
    await leaving.close({ graceMs: 0 })
    expect(leaving.stats()).toMatchObject({ done: 0, returned: 1 })
    expect(await queueStatus(target)).toMatchObject({ records: 1, waiting: 1, active: 0, done: 0, failed: 0 })

    // The job given back is taken by the next worker, which is closed while working on it.
    const finishing = await start('shutdown')
    await untilActive('shutdown')
    await finishing.close()
    expect(finishing.stats()).toMatchObject({ done: 1, returned: 0 })
    const results = await all(collect({ ...target, pollMs: 50 }))
    expect(results.map((r) => [r.id, 'error' in r])).toEqual([['long', false]])
  })

  it('refuses bad options up front and says when Redis cannot be reached', async () => {
    await expect(createWorker({ connection: server.url, queue: 'x', command: 'rm' as 'sift' })).rejects.toMatchObject({ code: 'BAD_OPTIONS' })
    await expect(createWorker({ connection: server.url, queue: 'x', options: { offtopicThreshold: 7 } })).rejects.toMatchObject({ code: 'BAD_OPTIONS' })
    await expect(enqueue({ connection: server.url, queue: 'a:b', records: [] })).rejects.toMatchObject({ code: 'BAD_OPTIONS' })
    await expect(enqueue({ connection: server.url, queue: 'x', records: [], attempts: 0 })).rejects.toMatchObject({ code: 'BAD_OPTIONS' })

    const closed = await startRedisServer()
    await closed.stop()
    const status = await cli(['status', '--redis', closed.url, '--queue', 'x'])
    expect(status.code).toBe(3)
    expect(status.stderr).toMatch(/^docsift: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/)
    expect((await cli(['worker', '--queue', 'x', '--concurrency', '0'])).code).toBe(2)
  })
})

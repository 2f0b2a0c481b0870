import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Readable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { mapOrdered } from '../src/batch/ordered.js'
import { createPool, defaultWorkers, threadPool, workerPlan } from '../src/batch/pool.js'
import { makeTask, taskFromLine, taskFromRecord, taskFromValue } from '../src/batch/tasks.js'
import { DocsiftError } from '../src/errors.js'
import { globBase, isGlob } from '../src/cli/glob.js'
import { expandInputs } from '../src/cli/inputs.js'
import { leadingId, readLines } from '../src/cli/jsonl.js'
import { OutputRecord } from '../src/cli/records.js'

const SUMMARY = [
  '2022年街道消防安全宣传月活动总结',
  '为提高辖区居民消防安全意识,11月1日至30日,街道办事处联合区消防救援大队开展了消防安全宣传月活动。',
  '一、加强领导,精心组织',
  '街道成立了由分管副主任任组长的活动领导小组,制定了活动方案。',
  '二、广泛宣传,营造氛围',
  '1、发放宣传资料5000余份,悬挂横幅32条。',
  '2、组织消防演练6场,参与居民800余人。',
].join('\n')

function lines(...chunks: string[]): Readable {
  return Readable.from(chunks.map((c) => Buffer.from(c)))
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of source) out.push(item)
  return out
}

describe('mapOrdered', () => {
  it('keeps input order when later items finish first, and never exceeds the window', async () => {
    let inFlight = 0
    let peak = 0
    const delays = Array.from({ length: 60 }, (_, i) => (i * 7) % 5)
    const out = await collect(
      mapOrdered(
        delays,
        async (delay, index) => {
          inFlight++
          peak = Math.max(peak, inFlight)
          await new Promise((r) => setTimeout(r, delay))
          inFlight--
          return index
        },
        4,
      ),
    )
    expect(out).toEqual(delays.map((_, i) => i))
    expect(peak).toBeLessThanOrEqual(4)
    expect(peak).toBeGreaterThan(1)
  })

  it('pulls the source only as results are consumed (back-pressure)', async () => {
    let pulled = 0
    function* source(): Generator<number> {
      for (let i = 0; i < 1000; i++) {
        pulled++
        yield i
      }
    }
    const results = mapOrdered(source(), async (n) => n * 2, 8)
    const first = await results.next()
    expect(first.value).toBe(0)
    expect(pulled).toBeLessThanOrEqual(9)
    await results.return(undefined)
  })
})

describe('readLines', () => {
  it('splits lines across chunk borders, drops CR and blank lines, and numbers physical lines', async () => {
    const out = await collect(readLines(lines('{"id":1}\r\n\n{"id"', ':2}\n   \n{"id":3}'), 1000))
    expect(out.map((l) => [l.number, l.text])).toEqual([
      [1, '{"id":1}'],
      [3, '{"id":2}'],
      [5, '{"id":3}'],
    ])
  })

  it('keeps multi-byte characters split between chunks intact', async () => {
    const bytes = Buffer.from('{"text":"活动总结"}\n')
    const out = await collect(readLines(Readable.from([bytes.subarray(0, 11), bytes.subarray(11)]), 1000))
    expect(out[0]?.text).toBe('{"text":"活动总结"}')
  })

  it('reports an overlong line with its head only, and reads the id from that head', async () => {
    const long = `{"id":"big-7","text":"${'长'.repeat(5000)}"}`
    const out = await collect(readLines(lines(`{"id":1,"text":"短"}\n${long}\n{"id":3,"text":"短"}\n`), 2000))
    expect(out.map((l) => l.overflow)).toEqual([false, true, false])
    expect(out[1]?.bytes).toBe(Buffer.byteLength(long))
    expect(out[1]?.text.length).toBeLessThan(4097)
    expect(leadingId(out[1]?.text ?? '')).toBe('big-7')
    expect(leadingId('{"text":"no id first"}')).toBeUndefined()
    expect(leadingId('  { "id" : 42, "text": "x')).toBe(42)
  })
})

describe('tasks from JSONL lines', () => {
  it('accepts text, html and path records and keeps their id', () => {
    expect(taskFromLine('{"id":"a","text":"工作总结"}', 1)).toMatchObject({ id: 'a', kind: 'text', text: '工作总结' })
    expect(taskFromLine('{"id":7,"html":"<p>活动</p>","url":"https://example.com/d/1.html"}', 2)).toMatchObject({
      id: 7,
      kind: 'html',
      url: 'https://example.com/d/1.html',
    })
    expect(taskFromLine('{"path":"pages/a.txt"}', 3)).toMatchObject({ id: 3, kind: 'path', path: 'pages/a.txt' })
  })

  it('turns bad lines into BAD_RECORD faults named by id or line number', () => {
    expect(taskFromLine('{"id":"x", "text": 12}', 4)).toMatchObject({ id: 'x', kind: 'fault', code: 'BAD_RECORD' })
    expect(taskFromLine('{not json', 5)).toMatchObject({ id: 5, kind: 'fault', code: 'BAD_RECORD' })
    expect(taskFromLine('[1,2]', 6)).toMatchObject({ id: 6, kind: 'fault', code: 'BAD_RECORD' })
    expect(taskFromRecord({ id: { nested: true }, text: '总结' }, 8)).toMatchObject({ id: 8, kind: 'fault', code: 'BAD_RECORD' })
  })
})

describe('glob and inputs', () => {
  it('tells globs from paths and finds where a glob starts', () => {
    expect(isGlob('pages/*.txt')).toBe(true)
    expect(isGlob('pages/{a,b}.txt')).toBe(true)
    expect(isGlob('pages/a.txt')).toBe(false)
    expect(globBase('pages/2023/**/*.html')).toBe('pages/2023')
    expect(globBase('*.txt')).toBe('.')
  })

  it('expands globs without crossing directories except with **', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docsift-glob-'))
    mkdirSync(join(dir, 'x', 'y'), { recursive: true })
    for (const name of ['a.html', 'x/y/b.htm', 'x/b.txt', 'c.txt']) writeFileSync(join(dir, name), '总结')
    const rel = (pattern: string) => [...expandInputs([`${dir}/${pattern}`])].map((f) => f.relative)
    expect(rel('**/*.{html,htm}')).toEqual(['a.html', 'x/y/b.htm'])
    expect(rel('*.txt')).toEqual(['c.txt'])
    expect(rel('?.txt')).toEqual(['c.txt'])
  })

  it('walks directories recursively in a stable order, skipping non-documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docsift-inputs-'))
    for (const name of ['b.txt', 'a.html', 'notes.json']) writeFileSync(join(dir, name), '总结')
    const sub = join(dir, 'sub')
    mkdirSync(sub)
    writeFileSync(join(sub, 'c.txt'), '总结')
    const files = [...expandInputs([dir])].map((f) => f.relative)
    expect(files).toEqual(['a.html', 'b.txt', 'sub/c.txt'])
    const globbed = [...expandInputs([`${dir}/**/*.txt`])].map((f) => f.relative)
    expect(globbed).toEqual(['b.txt', 'sub/c.txt'])
  })
})

describe('createPool', () => {
  const pools: { close(): Promise<void> }[] = []
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()))
  })

  it('runs in-process and turns faults into error records', async () => {
    const pool = createPool({ command: 'sift', workers: 0 })
    pools.push(pool)
    const ok = await pool.run({ id: 'ok', text: SUMMARY })
    expect(OutputRecord.parse(ok)).toBeTruthy()
    expect('error' in ok).toBe(false)
    if (!('error' in ok)) {
      expect(ok.text).toContain('组织消防演练6场')
      expect(ok.fields?.year).toBe(2022)
    }
    const bad = await pool.run({ id: 'bin', text: '\u0000\u0001\u0002\u0003'.repeat(50) })
    expect(bad).toEqual({ id: 'bin', error: { code: 'BINARY_INPUT', message: expect.any(String) } })
  })

  it('runs on worker threads from the TS sources, same results as in-process', async () => {
    const threaded = createPool({ command: 'clean', workers: 2 })
    const local = createPool({ command: 'clean', workers: 0 })
    pools.push(threaded, local)
    expect(threaded.workers).toBe(2)
    const records = Array.from({ length: 12 }, (_, i) => ({ id: i, text: SUMMARY.replace('32条', `${i + 10}条`) }))
    const [a, b] = await Promise.all([
      Promise.all(records.map((r) => threaded.run(r))),
      Promise.all(records.map((r) => local.run(r))),
    ])
    expect(a.map((r) => r.id)).toEqual(records.map((r) => r.id))
    expect(a).toEqual(b)
    expect(a[3] && !('error' in a[3]) && a[3].text).toContain('悬挂横幅13条')
  }, 120_000)

  it('refuses bad pool options with BAD_OPTIONS instead of hanging or running something else', () => {
    const bad = [{ workers: Number.NaN }, { workers: -1 }, { workers: 1.5 }, { command: 'rm' }, { timeoutMs: -5 }, { workers: 0, timeoutMs: 1000 }, { nope: true }]
    for (const options of bad) {
      expect(() => createPool(options as never), JSON.stringify(options)).toThrow(DocsiftError)
      try {
        createPool(options as never)
      } catch (error) {
        expect((error as DocsiftError).code).toBe('BAD_OPTIONS')
      }
    }
  })

  it('defaults to what the machine affords: cores − 1 and ~400 MB per worker, at most 8', () => {
    const plan = workerPlan()
    expect(plan.workers).toBe(Math.min(plan.byCores, plan.byMemory, 8))
    expect(plan.byCores).toBe(Math.max(1, plan.cores - 1))
    expect(plan.byMemory).toBe(Math.max(1, Math.floor(plan.freeBytes / (400 * 1024 * 1024))))
    expect(defaultWorkers()).toBeGreaterThanOrEqual(1)
    expect(defaultWorkers()).toBeLessThanOrEqual(8)
  })

  it('stops a record that runs past its deadline; the batch goes on, in order', async () => {
    const entry = { filename: pathToFileURL(join(import.meta.dirname, 'hang-worker.mjs')).href, execArgv: [] }
    let n = 0
    const pool = threadPool({ command: 'clean' }, 1, 500, entry, (record) => taskFromValue(record, ++n))
    pools.push(pool)
    const ids = ['before', 'hang', 'after-1', 'after-2']
    const out = await collect(mapOrdered(ids, (id) => pool.run({ id, text: '总结' }), 4))
    expect(out.map((r) => r.id)).toEqual(ids)
    expect(out.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['INTERNAL', 'TIMEOUT', 'INTERNAL', 'INTERNAL'])
    expect(out[1]).toMatchObject({ error: { message: expect.stringContaining('500 ms') } })
    // The records after it ran on the thread that replaced the stopped one.
    expect(out[3]).toMatchObject({ error: { message: 'echo after-2' } })
  }, 60_000)
})

describe('file records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docsift-files-'))
  const allowed = join(dir, 'allowed')
  mkdirSync(join(allowed, 'sub'), { recursive: true })
  writeFileSync(join(allowed, 'sub', 'page.txt'), SUMMARY)
  writeFileSync(join(dir, 'secret.txt'), '2022年机密工作总结\n不应被读取的正文。')
  symlinkSync(join(dir, 'secret.txt'), join(allowed, 'link.txt'))
  const pool = createPool({ command: 'clean', workers: 0, allowPaths: allowed })
  const closed = createPool({ command: 'clean', workers: 0 })
  const code = async (p: typeof pool, path: string) => {
    const out = await p.run({ id: path, path })
    return 'error' in out ? out.error.code : 'ok'
  }

  it('are refused unless a directory is allowed for them', async () => {
    expect(await code(closed, join(allowed, 'sub', 'page.txt'))).toBe('BAD_RECORD')
    expect(await code(closed, '/etc/passwd')).toBe('BAD_RECORD')
    expect(await code(closed, '/proc/self/environ')).toBe('BAD_RECORD')
  })

  it('are resolved against the allowed directory and confined to it, links followed', async () => {
    expect(await code(pool, 'sub/page.txt')).toBe('ok')
    expect(await code(pool, join(allowed, 'sub', 'page.txt'))).toBe('ok')
    expect(await code(pool, '../secret.txt')).toBe('BAD_RECORD')
    expect(await code(pool, 'sub/../../secret.txt')).toBe('BAD_RECORD')
    expect(await code(pool, join(dir, 'secret.txt'))).toBe('BAD_RECORD')
    expect(await code(pool, 'link.txt')).toBe('BAD_RECORD')
    expect(await code(pool, '/etc/passwd')).toBe('BAD_RECORD')
    expect(await code(pool, 'missing.txt')).toBe('IO_ERROR')
    expect(await code(pool, 'sub')).toBe('IO_ERROR')
  })

  it('are read no further than maxBytes, whatever stat says', async () => {
    // /proc files say size 0 and go on: with /proc allowed, one is cut off at the limit.
    const proc = createPool({ command: 'clean', workers: 0, allowPaths: '/proc', options: { maxBytes: 1000 } })
    expect(await code(proc, 'self/smaps')).toBe('TOO_LARGE')
    const big = createPool({ command: 'clean', workers: 0, allowPaths: allowed, options: { maxBytes: 100 } })
    expect(await code(big, 'sub/page.txt')).toBe('TOO_LARGE')
  })

  it('are never opened when they are not regular files (a FIFO cannot hang the worker)', async () => {
    const fifo = join(allowed, 'pipe')
    try {
      execFileSync('mkfifo', [fifo])
    } catch {
      return
    }
    expect(await code(pool, 'pipe')).toBe('IO_ERROR')
  })

  it('look-alike task objects from data are validated as records, not trusted', async () => {
    const forged = { id: 'x', kind: 'file', path: '/etc/passwd' }
    expect(await closed.run(forged as never)).toMatchObject({ id: 'x', error: { code: 'BAD_RECORD' } })
  })

  it('files named on the command line are read; an unreadable one is IO_ERROR, never INTERNAL', async () => {
    const paths = [join(allowed, 'sub', 'page.txt'), join(allowed, 'sub'), join(dir, 'missing.txt')]
    const out = await Promise.all(paths.map((path) => closed.run(makeTask({ id: path, kind: 'file', path }))))
    expect(out.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['ok', 'IO_ERROR', 'IO_ERROR'])
  })
})

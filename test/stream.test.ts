import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { createPool } from '../src/batch/pool.js'
import { siftStream } from '../src/batch/stream.js'
import { OutputRecord } from '../src/cli/records.js'
import { DocsiftError } from '../src/errors.js'

async function drain(stream: AsyncIterable<OutputRecord>): Promise<OutputRecord[]> {
  const out: OutputRecord[] = []
  for await (const record of stream) out.push(record)
  return out
}

const PLACES = ['城关镇', '东湖街道', '实验小学', '县人民医院', '农业农村局']
function note(n: number): string {
  const place = PLACES[n % PLACES.length] ?? '城关镇'
  return [
    `${2016 + (n % 8)}年${place}工作总结`,
    `今年以来,${place}围绕中心工作,共开展各类活动${(n % 40) + 3}次,服务群众${500 + n}人次。`,
    `一是加强学习,组织集中学习${(n % 10) + 2}次;二是完善制度,修订制度${(n % 5) + 1}项。`,
  ].join('\n')
}

describe('siftStream', () => {
  it('keeps one result per record, in order, with bounded buffering under a slow consumer', async () => {
    const total = 600
    let pulled = 0
    let consumed = 0
    let peak = 0
    function* records(): Generator<{ id: string; text: string } | string> {
      for (let i = 0; i < total; i++) {
        pulled++
        peak = Math.max(peak, pulled - consumed)
        // Every 100th item is a raw JSONL line that is not JSON: it must still yield its own record.
        yield i % 100 === 99 ? '{"id": broken' : { id: `n${i}`, text: note(i) }
      }
    }
    const stream = siftStream({ window: 8 })
    Readable.from(records()).pipe(stream)
    const ids: (string | number)[] = []
    for await (const out of stream as AsyncIterable<OutputRecord>) {
      consumed++
      ids.push(out.id)
      const i = ids.length - 1
      if (i % 100 === 99) expect(out).toMatchObject({ id: i + 1, error: { code: 'BAD_RECORD' } })
      else {
        expect('error' in out).toBe(false)
        if (!('error' in out)) expect(out.fields?.year).toBe(2016 + (i % 8))
      }
      if (consumed % 25 === 0) await sleep(5)
    }
    expect(ids).toHaveLength(total)
    expect(ids[0]).toBe('n0')
    expect(ids[total - 2]).toBe(`n${total - 2}`)
    // Window (8) + readable and writable buffers (8 each) + Readable.from's buffer (16) + slack: far below 600.
    expect(peak).toBeLessThanOrEqual(48)
  }, 300_000)

  it('shares a worker pool and works in a pipeline', async () => {
    const pool = createPool({ command: 'clean', workers: 1 })
    try {
      const results: OutputRecord[] = []
      await pipeline(
        Readable.from(Array.from({ length: 40 }, (_, i) => ({ id: i, text: note(i) }))),
        siftStream({ pool }),
        async function (source: AsyncIterable<OutputRecord>) {
          for await (const out of source) results.push(out)
        },
      )
      expect(results.map((r) => r.id)).toEqual(Array.from({ length: 40 }, (_, i) => i))
      expect(results.every((r) => !('error' in r) && r.fields === undefined)).toBe(true)
      const r7 = results[7]
      expect(r7 && !('error' in r7) && r7.text).toContain('服务群众507人次')
    } finally {
      await pool.close()
    }
  }, 120_000)

  it('reads a JSONL file stream: chunks are split into lines wherever they end, and a BOM is no record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docsift-stream-'))
    const file = join(dir, 'in.jsonl')
    const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `r${i}`, text: note(i) }))
    writeFileSync(file, `\ufeff${lines.join('\r\n')}\n`)
    // 64-byte chunks cut records, and multi-byte characters, in the middle.
    const fromBuffers = await drain(createReadStream(file, { highWaterMark: 64 }).pipe(siftStream({ command: 'clean' })))
    expect(fromBuffers.map((r) => r.id)).toEqual(lines.map((_, i) => `r${i}`))
    expect(fromBuffers.every((r) => !('error' in r))).toBe(true)
    const fromStrings = await drain(createReadStream(file, { highWaterMark: 50, encoding: 'utf8' }).pipe(siftStream({ command: 'clean' })))
    expect(fromStrings.map((r) => r.id)).toEqual(lines.map((_, i) => `r${i}`))
  }, 120_000)

  it('still takes one whole JSON line per string chunk, without its newline', async () => {
    const chunks = [JSON.stringify({ id: 'a', text: note(1) }), JSON.stringify({ id: 'b', text: note(2) })]
    const out = await drain(Readable.from(chunks).pipe(siftStream({ command: 'clean' })))
    expect(out.map((r) => [r.id, 'error' in r])).toEqual([['a', false], ['b', false]])
  })

  it('refuses bad options with BAD_OPTIONS', () => {
    for (const options of [{ window: Number.NaN }, { window: 0 }, { workers: -1 }, { pool: {} }, { command: 'rm' }]) {
      expect(() => siftStream(options as never), JSON.stringify(options)).toThrow(DocsiftError)
    }
  })
})

/**
 * The CLI, run in-process through the program's entry with injected streams: commands, formats,
 * flags, exit codes and the JSONL batch contract (N lines in, N lines out, in order). One smoke
 * test of the built dist/cli.js lives in cli-dist.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CleanResult, SiftResult, WorkSummary } from '../src/schema.js'
import { batch, checkBatch, docsift, EXPECTED_ERROR, MAX_BYTES, records, summary } from './cli-helpers.js'

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

describe('docsift CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docsift-cli-'))
  const file = join(dir, 'summary.txt')
  writeFileSync(file, summary(4))

  it('prints help with commands and per-command examples, and its version', async () => {
    const top = await docsift(['--help'])
    expect(top.code).toBe(0)
    for (const command of ['clean', 'extract', 'sift', 'schema', 'report']) expect(top.stdout).toContain(command)
    const clean = await docsift(['clean', '--help'])
    expect(clean.stdout).toContain('--jsonl')
    expect(clean.stdout).toContain('$ docsift clean page.txt')
    expect((await docsift(['frobnicate'])).code).toBe(2)
    const version = await docsift(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(PACKAGE.version)
  })

  it('clean FILE prints the cleaned text, one paragraph per line', async () => {
    const run = await docsift(['clean', file])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('2019年市图书馆环境整治活动总结')
    expect(lines).toContain('1、发放宣传资料1004余份,接待群众咨询54人次。')
    expect(run.stdout).not.toContain('下载文档前请自行甄别')
  })

  it('clean --json prints the whole CleanResult and --format md prints Markdown', async () => {
    const json = await docsift(['clean', file, '--json'])
    const result = CleanResult.parse(JSON.parse(json.stdout))
    expect(result.removed.map((r) => r.kind)).toContain('boilerplate')
    const md = await docsift(['clean', file, '--format', 'md'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('环境整治')
    expect(md.stdout).not.toContain('"removed"')
  })

  it('extract FILE prints the WorkSummary; sift prints the SiftResult; stdin works', async () => {
    const extract = WorkSummary.parse(JSON.parse((await docsift(['extract', file])).stdout))
    expect(extract.year).toBe(2019)
    expect(extract.counts.map((c) => c.value)).toContain(1004)
    const sift = SiftResult.parse(JSON.parse((await docsift(['sift', '-'], summary(4))).stdout))
    expect(sift.summary.year).toBe(2019)
  })

  it('extract -f md and -f text print the fields, not the document text', async () => {
    const md = await docsift(['extract', file, '-f', 'md'])
    expect(md.code).toBe(0)
    expect(md.stdout).toMatch(/^# 2019年市图书馆环境整治活动总结/)
    expect(md.stdout).toContain('- year: 2019')
    expect(md.stdout).toContain('## Counts')
    expect(md.stdout).toContain('1004余份')
    // The body sentence itself is not printed: only the facts read from it.
    expect(md.stdout).not.toContain('部分群众参与积极性不高')
    const text = await docsift(['extract', file, '-f', 'text'])
    expect(text.stdout).toContain('year: 2019')
    expect(text.stdout).not.toContain('部分群众参与积极性不高')
  })

  it('-p/--fields picks fields of JSON output, one document or records', async () => {
    const one = JSON.parse((await docsift(['extract', file, '-p', 'year,genre,period.start'])).stdout) as Record<string, unknown>
    expect(Object.keys(one).sort()).toEqual(['genre', 'year'].concat(one.period === undefined ? [] : ['period']).sort())
    expect(one.year).toBe(2019)
    const jsonl = [JSON.stringify({ id: 'a', text: summary(1) }), JSON.stringify({ id: 'b', text: '\u0000\u0001\u0002'.repeat(50) })].join('\n')
    const run = await docsift(['extract', '--jsonl', '--workers', '0', '-p', 'id,fields.year'], jsonl)
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 'a', fields: { year: 2016 } },
      { id: 'b', error: { code: 'BINARY_INPUT', message: expect.any(String) } },
    ])
  })

  it('--format csv writes a header and one row of flat fields per record', async () => {
    const jsonl = [JSON.stringify({ id: 'a,1', text: summary(1) }), JSON.stringify({ id: '=cmd', text: summary(2) })].join('\n')
    const run = await docsift(['sift', '--jsonl', '--workers', '0', '-f', 'csv', '-p', 'id,fields.year,fields.counts'], jsonl)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('id,fields.year,fields.counts')
    expect(lines[1]).toMatch(/^"a,1",2016,"\[\{""text""/)
    // A cell a spreadsheet would evaluate is defused.
    expect(lines[2]).toMatch(/^'=cmd,2017,/)
    const single = await docsift(['extract', file, '--format', 'csv'])
    expect(single.stdout.split('\n')[0]).toBe('title,genre,year,period.start,period.end,period.text,theme.text')
    expect(single.stdout.split('\n')[1]).toMatch(/^2019年市图书馆环境整治活动总结,[a-z-]+,2019,/)
  })

  it('refuses flag combinations that would be ignored, before reading anything', async () => {
    expect((await docsift(['clean', '--jsonl', '--format', 'md'], '{"text":"x"}')).code).toBe(2)
    expect((await docsift(['clean', file, '--fields', 'title'])).code).toBe(2)
    expect((await docsift(['clean', file, '--json', '--format', 'md'])).code).toBe(2)
    expect((await docsift(['clean', join(dir, 'pages-none'), '--format', 'csv', '--out', join(dir, 'x')])).code).toBe(2)
  })

  it('an empty folder or a glob with no match exits 2 with a message', async () => {
    const empty = join(dir, 'empty')
    mkdirSync(empty, { recursive: true })
    const folder = await docsift(['clean', empty])
    expect(folder.code).toBe(2)
    expect(folder.stderr).toContain('no documents in')
    const glob = await docsift(['clean', join(dir, '*.nothing')])
    expect(glob.code).toBe(2)
    expect(glob.stderr).toContain('no documents in')
  })

  it('schema prints JSON Schemas of the outputs and the JSONL records', async () => {
    const run = await docsift(['schema'])
    const schemas = JSON.parse(run.stdout) as Record<string, { type?: string; properties?: Record<string, unknown> }>
    expect(Object.keys(schemas).sort()).toEqual(['CleanResult', 'InputRecord', 'OutputRecord', 'SiftResult', 'WorkSummary'])
    expect(Object.keys(schemas.WorkSummary?.properties ?? {})).toEqual(expect.arrayContaining(['year', 'dates', 'counts', 'activities']))
    const one = JSON.parse((await docsift(['schema', 'CleanResult'])).stdout) as { properties: Record<string, unknown> }
    expect(Object.keys(one.properties)).toContain('removed')
    expect((await docsift(['schema', 'Nope'])).code).toBe(2)
  })

  it('refuses bad options with exit code 2 before reading anything', async () => {
    const run = await docsift(['clean', file, '--offtopic-threshold', '7'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('offtopicThreshold')
    expect((await docsift(['clean', file, '--workers', 'many'])).code).toBe(2)
    expect((await docsift(['clean', file, '--workers', 'NaN'])).code).toBe(2)
    expect((await docsift(['clean', file, '--timeout', 'soon'])).code).toBe(2)
    expect((await docsift(['clean', file, '--allow-paths', join(dir, 'nowhere')])).code).toBe(2)
    // Checks the schema alone cannot make: each named in one line, and no input is read (stdin stays unread).
    for (const [flag, value, word] of [
      ['--charset', 'foo', 'charset'],
      ['--disable', 'nosuchrule', 'nosuchrule'],
      ['--disable', 'offtopic', 'offtopic/'],
      ['--reference-date', '2021-13-45', 'referenceDate'],
    ] as const) {
      const bad = await docsift(['clean', '--jsonl', flag, value], '{"id":1,"text":"总结"}\n')
      expect(bad.code, `${flag} ${value}`).toBe(2)
      expect(bad.stderr).toContain(word)
      expect(bad.stdout).toBe('')
    }
  })

  it('a missing file fails with exit 1 and a message naming it', async () => {
    const run = await docsift(['clean', join(dir, 'nope.txt')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('IO_ERROR')
    expect(run.stdout).toBe('')
  })

  it('escapes control characters of ids and messages on stderr', async () => {
    const run = await docsift(['clean', '--jsonl', '--workers', '0'], `${JSON.stringify({ id: 'a\u001b[2J\nforged: 0 failed', text: '\u0000\u0001\u0002'.repeat(50) })}\n`)
    expect(run.code).toBe(1)
    expect(run.stderr).not.toContain('\u001b')
    expect(run.stderr).toContain('a\\u001b[2J\\u000aforged: 0 failed')
    expect(run.stderr.split('\n').filter((line) => line.startsWith('forged'))).toEqual([])
  })

  it('a failed write to stdout ends the run with one line and exit 74', async () => {
    const full = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))
      },
    })
    full.on('error', () => {})
    const jsonl = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: i, text: summary(i) })).join('\n')
    const run = await docsift(['clean', '--jsonl', '--workers', '0', '--quiet'], jsonl, full)
    expect(run.code).toBe(74)
    expect(run.stderr.trim().split('\n')).toEqual(['docsift: cannot write to stdout: ENOSPC: no space left on device, write'])
  })

  it('--verbose says how many workers were chosen and why', async () => {
    const jsonl = `${JSON.stringify({ id: 1, text: summary(1) })}\n`
    const chosen = await docsift(['clean', '--jsonl', '--workers', '0', '--verbose'], jsonl)
    expect(chosen.stderr).toContain('in-process (--workers 0)')
    const deadline = await docsift(['clean', '--jsonl', '--workers', '1', '--timeout', '2.5s', '--verbose'], jsonl)
    expect(deadline.stderr).toContain('1 worker thread (--workers 1), a deadline of 2.5 s per record')
    expect(records(deadline.stdout)).toHaveLength(1)
  }, 120_000)

  const { jsonl, kinds } = batch(1040)

  it('--jsonl: 1,040 mixed records in, 1,040 results out, in order, errors only on the bad ones', async () => {
    const run = await docsift(['sift', '--jsonl', '--workers', '0', '--max-bytes', String(MAX_BYTES)], jsonl)
    const out = checkBatch(run.stdout, kinds)
    const failed = out.filter((r) => 'error' in r).length
    expect(failed).toBe(kinds.filter((k) => EXPECTED_ERROR[k]).length)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`docsift: 1040 records, ${1040 - failed} ok, ${failed} failed`)
    expect(run.stderr).toContain('BINARY_INPUT')
  }, 300_000)

  // Threads against in-process: batch.test.ts compares the records, cli-dist.test.ts runs the CLI on two threads.

  it('a JSONL file that starts with a UTF-8 BOM reads its first record', async () => {
    const bom = join(dir, 'bom.jsonl')
    writeFileSync(bom, `\ufeff${JSON.stringify({ id: 'first', text: summary(3) })}\n${JSON.stringify({ id: 'second', text: summary(5) })}\n`)
    const run = await docsift(['clean', '--jsonl', '--workers', '0', bom])
    expect(run.code).toBe(0)
    expect(records(run.stdout).map((r) => [r.id, 'error' in r])).toEqual([['first', false], ['second', false]])
  })
})

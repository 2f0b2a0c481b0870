import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { CleanResult, SiftResult, WorkSummary } from '../src/schema.js'
import { OutputRecord } from '../src/cli/records.js'

const ROOT = join(import.meta.dirname, '..')
const ENTRY = join(ROOT, 'src/cli/main.ts')
const DIST = join(ROOT, 'dist/cli.js')

function docsift(args: string[], input?: string | Buffer, entry = ENTRY) {
  const argv = entry.endsWith('.ts') ? ['--import', 'tsx', entry, ...args] : [entry, ...args]
  const run = spawnSync(process.execPath, argv, {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

// Synthetic summaries in the shapes of real pages: title, site notice, body with numbered measures.
const UNITS = ['街道办事处', '县科技局', '区教育局', '镇卫生院', '市图书馆', '社区居委会']
const THEMES = ['科普宣传周', '安全生产月', '志愿服务月', '读书节', '环境整治', '法治宣传日']
function summary(n: number): string {
  const unit = UNITS[n % UNITS.length] ?? '县科技局'
  const theme = THEMES[n % THEMES.length] ?? '读书节'
  const year = 2015 + (n % 9)
  return [
    `${year}年${unit}${theme}活动总结`,
    '下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充等服务。',
    `为切实办好本次${theme}活动,${(n % 12) + 1}月${(n % 20) + 1}日,${unit}召开专题会议,研究部署各项工作。`,
    '一、领导重视,组织有力',
    `${unit}成立了活动领导小组,制定了实施方案,明确了责任分工。`,
    '二、形式多样,成效明显',
    `1、发放宣传资料${1000 + n}余份,接待群众咨询${50 + (n % 300)}人次。`,
    `2、举办专题讲座${(n % 9) + 2}场,参加人员${200 + n}人。`,
    '三、存在的不足',
    '部分群众参与积极性不高,今后我们将进一步创新形式,扩大活动覆盖面。',
  ].join('\n')
}
function page(n: number): string {
  const [title = '', notice = '', ...body] = summary(n).split('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} - 文档下载</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zj/">工作总结</a></div>
<div class="content"><h1>${title}</h1><p>${notice}</p>${body.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="footer">Copyright © 文库网 版权所有</div></body></html>`
}

type Kind = 'text' | 'html' | 'empty' | 'binary' | 'oversized' | 'notjson' | 'notext'
const MAX_BYTES = 4000
function batch(size: number): { jsonl: string; kinds: Kind[] } {
  const kinds: Kind[] = []
  const lines: string[] = []
  for (let i = 0; i < size; i++) {
    const kind: Kind =
      i % 97 === 13 ? 'notjson' : i % 89 === 5 ? 'notext' : i % 50 === 7 ? 'binary' : i % 41 === 3 ? 'oversized' : i % 37 === 1 ? 'empty' : i % 3 === 0 ? 'html' : 'text'
    kinds.push(kind)
    const id = `doc-${i}`
    if (kind === 'text') lines.push(JSON.stringify({ id, text: summary(i) }))
    else if (kind === 'html') lines.push(JSON.stringify({ id, html: page(i), url: `https://wenku.example.com/view/${i}.html` }))
    else if (kind === 'empty') lines.push(JSON.stringify({ id, text: '' }))
    else if (kind === 'binary') lines.push(JSON.stringify({ id, text: String.fromCharCode(...Array.from({ length: 300 }, (_, k) => (k * 31) % 9)) }))
    else if (kind === 'oversized') lines.push(JSON.stringify({ id, text: summary(i).repeat(20) }))
    else if (kind === 'notext') lines.push(JSON.stringify({ id, title: '没有正文' }))
    else lines.push(`{"id": "${id}", "text": 未加引号的正文}`)
  }
  return { jsonl: `${lines.join('\n')}\n`, kinds }
}

const EXPECTED_ERROR: Partial<Record<Kind, string>> = {
  binary: 'BINARY_INPUT',
  oversized: 'TOO_LARGE',
  notjson: 'BAD_RECORD',
  notext: 'BAD_RECORD',
}

function checkBatch(stdout: string, kinds: Kind[]): OutputRecord[] {
  const records = stdout.trimEnd().split('\n').map((line) => OutputRecord.parse(JSON.parse(line)))
  expect(records).toHaveLength(kinds.length)
  records.forEach((record, i) => {
    const kind = kinds[i] as Kind
    // A line that is not JSON is named by its line number; every other record keeps its id.
    expect(record.id).toBe(kind === 'notjson' ? i + 1 : `doc-${i}`)
    const expected = EXPECTED_ERROR[kind]
    if (expected) {
      expect('error' in record && record.error.code, `record ${i} (${kind})`).toBe(expected)
      return
    }
    expect('error' in record, `record ${i} (${kind}) failed: ${JSON.stringify(record).slice(0, 200)}`).toBe(false)
    if ('error' in record) return
    if (kind === 'empty') {
      expect(record.flags.empty).toBe(true)
      return
    }
    expect(record.text).toContain('举办专题讲座')
    expect(record.text).not.toContain('下载文档前请自行甄别')
    expect(record.removed.some((r) => r.text.includes('下载文档前请自行甄别'))).toBe(true)
    expect(record.fields?.year).toBe(2015 + (i % 9))
  })
  return records
}

describe('docsift CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docsift-cli-'))
  const file = join(dir, 'summary.txt')
  writeFileSync(file, summary(4))

  it('prints help with commands and per-command examples', () => {
    const top = docsift(['--help'])
    expect(top.code).toBe(0)
    for (const command of ['clean', 'extract', 'sift', 'schema', 'report']) expect(top.stdout).toContain(command)
    const clean = docsift(['clean', '--help'])
    expect(clean.stdout).toContain('--jsonl')
    expect(clean.stdout).toContain('$ docsift clean page.txt')
    expect(docsift(['frobnicate']).code).toBe(2)
  })

  it('clean FILE prints the cleaned text, one paragraph per line', () => {
    const run = docsift(['clean', file])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('2019年市图书馆环境整治活动总结')
    expect(lines).toContain('1、发放宣传资料1004余份,接待群众咨询54人次。')
    expect(run.stdout).not.toContain('下载文档前请自行甄别')
  })

  it('clean --json prints the whole CleanResult and --format md prints Markdown', () => {
    const json = docsift(['clean', file, '--json'])
    const result = CleanResult.parse(JSON.parse(json.stdout))
    expect(result.removed.map((r) => r.kind)).toContain('boilerplate')
    const md = docsift(['clean', file, '--format', 'md'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('环境整治')
    expect(md.stdout).not.toContain('"removed"')
  })

  it('extract FILE prints the WorkSummary; sift prints the SiftResult; stdin works', () => {
    const extract = WorkSummary.parse(JSON.parse(docsift(['extract', file]).stdout))
    expect(extract.year).toBe(2019)
    expect(extract.counts.map((c) => c.value)).toContain(1004)
    const sift = SiftResult.parse(JSON.parse(docsift(['sift', '-'], summary(4)).stdout))
    expect(sift.summary.year).toBe(2019)
  })

  it('schema prints JSON Schemas of the outputs and the JSONL records', () => {
    const run = docsift(['schema'])
    const schemas = JSON.parse(run.stdout) as Record<string, { type?: string; properties?: Record<string, unknown> }>
    expect(Object.keys(schemas).sort()).toEqual(['CleanResult', 'InputRecord', 'OutputRecord', 'SiftResult', 'WorkSummary'])
    expect(Object.keys(schemas.WorkSummary?.properties ?? {})).toEqual(expect.arrayContaining(['year', 'dates', 'counts', 'activities']))
    const one = JSON.parse(docsift(['schema', 'CleanResult']).stdout) as { properties: Record<string, unknown> }
    expect(Object.keys(one.properties)).toContain('removed')
    expect(docsift(['schema', 'Nope']).code).toBe(2)
  })

  it('refuses bad options with exit code 2 before reading anything', () => {
    const run = docsift(['clean', file, '--offtopic-threshold', '7'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('offtopicThreshold')
    expect(docsift(['clean', file, '--workers', 'many']).code).toBe(2)
  })

  it('a missing file fails with exit 1 and a message naming it', () => {
    const run = docsift(['clean', join(dir, 'nope.txt')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('IO_ERROR')
    expect(run.stdout).toBe('')
  })

  const { jsonl, kinds } = batch(1040)

  it('--jsonl: 1,040 mixed records in, 1,040 results out, in order, errors only on the bad ones', () => {
    const run = docsift(['sift', '--jsonl', '--workers', '1', '--max-bytes', String(MAX_BYTES)], jsonl)
    const records = checkBatch(run.stdout, kinds)
    const failed = records.filter((r) => 'error' in r).length
    expect(failed).toBe(kinds.filter((k) => EXPECTED_ERROR[k]).length)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`docsift: 1040 records, ${1040 - failed} ok, ${failed} failed`)
    expect(run.stderr).toContain('BINARY_INPUT')
  }, 600_000)

  it('--jsonl --workers 2 gives the same lines as in-process', () => {
    const half = batch(1040)
    const one = docsift(['extract', '--jsonl', '--workers', '0', '--max-bytes', String(MAX_BYTES)], half.jsonl)
    const two = docsift(['extract', '--jsonl', '--workers', '2', '--max-bytes', String(MAX_BYTES)], half.jsonl)
    checkBatch(two.stdout, half.kinds)
    expect(two.stdout).toBe(one.stdout)
    expect(two.code).toBe(1)
  }, 600_000)

  it('walks a directory and a glob, writing one file per input with --out', () => {
    const pages = join(dir, 'pages')
    mkdirSync(join(pages, '2023'), { recursive: true })
    writeFileSync(join(pages, 'a.txt'), summary(1))
    writeFileSync(join(pages, '2023', 'b.html'), page(2))
    writeFileSync(join(pages, '2023', 'gbk.txt'), iconv.encode(summary(3), 'gbk'))
    const out = join(dir, 'out')
    const run = docsift(['clean', pages, '--out', out, '--quiet'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('3 records, 3 ok, 0 failed')
    expect(readdirSync(join(out, '2023')).sort()).toEqual(['b.txt', 'gbk.txt'])
    expect(readFileSync(join(out, '2023', 'b.txt'), 'utf8')).toContain('举办专题讲座')
    expect(readFileSync(join(out, '2023', 'b.txt'), 'utf8')).not.toContain('首页')
    expect(readFileSync(join(out, '2023', 'gbk.txt'), 'utf8')).toContain('2018年镇卫生院读书节活动总结')

    const globbed = docsift(['extract', `${pages}/**/*.html`])
    const records = globbed.stdout.trimEnd().split('\n').map((l) => OutputRecord.parse(JSON.parse(l)))
    expect(records.map((r) => r.id)).toEqual([join(pages, '2023', 'b.html')])
  })

  it.skipIf(!existsSync(DIST))('the built dist/cli.js runs the same JSONL batch with --workers 2', () => {
    const small = batch(120)
    const run = docsift(['sift', '--jsonl', '--workers', '2', '--max-bytes', String(MAX_BYTES)], small.jsonl, DIST)
    checkBatch(run.stdout, small.kinds)
  }, 300_000)
})

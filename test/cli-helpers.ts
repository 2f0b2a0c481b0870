/**
 * Shared by the CLI tests: the program run in-process with injected streams (no child process,
 * no tsx start-up per call), and synthetic pages and JSONL batches written for the tests.
 */
import { PassThrough, Readable, Writable } from 'node:stream'
import { expect } from 'vitest'
import { runCli } from '../src/cli/program.js'
import { OutputRecord } from '../src/cli/records.js'

/** What one in-process run printed and returned. */
export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `docsift …args` in this process; `input` is stdin, `stdout` replaces the captured stream. */
export async function docsift(args: string[], input: string | Buffer = '', stdout?: Writable): Promise<Run> {
  const out = new PassThrough()
  const err = new PassThrough()
  const chunks: Buffer[] = []
  const errors: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  err.on('data', (chunk: Buffer) => errors.push(chunk))
  const code = await runCli(['node', 'docsift', ...args], {
    stdin: Readable.from(input === '' ? [] : [typeof input === 'string' ? Buffer.from(input) : input]),
    stdout: stdout ?? out,
    stderr: err as unknown as NodeJS.WriteStream,
  })
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: Buffer.concat(errors).toString('utf8') }
}

/** Parses JSONL output into output records. */
export function records(stdout: string): OutputRecord[] {
  return stdout.trimEnd().split('\n').filter(Boolean).map((line) => OutputRecord.parse(JSON.parse(line)))
}

// Synthetic summaries in the shapes of real pages: title, site notice, body with numbered measures.
const UNITS = ['街道办事处', '县科技局', '区教育局', '镇卫生院', '市图书馆', '社区居委会']
const THEMES = ['科普宣传周', '安全生产月', '志愿服务月', '读书节', '环境整治', '法治宣传日']
export function summary(n: number): string {
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
export function page(n: number): string {
  const [title = '', notice = '', ...body] = summary(n).split('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} - 文档下载</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zj/">工作总结</a></div>
<div class="content"><h1>${title}</h1><p>${notice}</p>${body.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="footer">Copyright © 文库网 版权所有</div></body></html>`
}

export type Kind = 'text' | 'html' | 'empty' | 'binary' | 'oversized' | 'notjson' | 'notext'
export const MAX_BYTES = 4000
export function batch(size: number): { jsonl: string; kinds: Kind[] } {
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

export const EXPECTED_ERROR: Partial<Record<Kind, string>> = {
  binary: 'BINARY_INPUT',
  oversized: 'TOO_LARGE',
  notjson: 'BAD_RECORD',
  notext: 'BAD_RECORD',
}

export function checkBatch(stdout: string, kinds: Kind[]): OutputRecord[] {
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


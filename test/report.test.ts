import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docsift } from './cli-helpers.js'
import { renderReport } from '../src/audit/render.js'
import { segmentInput } from '../src/audit/segments.js'
import { corpusTotals } from '../src/audit/totals.js'
import type { OutputRecord, ResultRecord } from '../src/cli/records.js'
import type { Removal } from '../src/schema.js'

const CHROMIUM = '/usr/bin/chromium'

const INPUT = '2021年农技推广工作总结\n本文档由用户上传,仅供参考。\n全年举办培训班12期,培训农民<1500>人次。\n相关文档:农技推广工作计划'
function cut(rule: string, kind: Removal['kind'], text: string, scope: Removal['scope'] = 'block'): Removal {
  const offset = INPUT.indexOf(text)
  return { rule, kind, reason: `${rule} matched`, text, scope, offset, length: text.length }
}
const RECORD: ResultRecord = {
  id: 'doc<1>',
  title: '2021年农技推广工作总结',
  text: '2021年农技推广工作总结\n全年举办培训班12期,培训农民<1500>人次。',
  input: INPUT,
  removed: [cut('boilerplate/upload-notice', 'boilerplate', '本文档由用户上传,仅供参考。'), cut('related-list/related-docs', 'related-list', '相关文档:农技推广工作计划')],
  flags: { truncated: false, truncatedBy: null, placeholders: [], title: '2021年农技推广工作总结', compilation: false, empty: false, emptyReason: null },
  source: { format: 'text', site: null, profile: null, url: null, pageTitle: null, documentId: null, uploadDate: null, pageCount: null, uploader: null, declaredFormat: null, charset: null },
}

describe('audit report pieces', () => {
  it('segments the input around removals, clipping overlaps and bad offsets', () => {
    const inner: Removal = { ...cut('inline-splice/x', 'inline-splice', '仅供参考', 'span') }
    const past: Removal = { ...cut('metadata/y', 'metadata', '相关文档'), offset: INPUT.length - 2, length: 50 }
    const segments = segmentInput(INPUT, [...RECORD.removed, inner, past])
    expect(segments.map((s) => s.text).join('')).toBe(INPUT)
    expect(segments.filter((s) => s.removal).map((s) => s.removal?.rule)).toEqual(['boilerplate/upload-notice', 'related-list/related-docs'])
  })

  it('totals removal share by rule and counts failures by code', () => {
    const failed: OutputRecord = { id: 9, error: { code: 'BINARY_INPUT', message: 'looks binary' } }
    const totals = corpusTotals([RECORD, failed])
    expect(totals).toMatchObject({ documents: 2, ok: 1, failed: 1, failuresByCode: { BINARY_INPUT: 1 }, inputChars: INPUT.length })
    expect(totals.rules.map((r) => r.rule)).toEqual(['boilerplate/upload-notice', 'related-list/related-docs'])
    expect(totals.rules[0]?.share).toBeCloseTo('本文档由用户上传,仅供参考。'.length / INPUT.length)
  })

  it('escapes everything from the page and loads nothing from the network', () => {
    const hostile: ResultRecord = { ...RECORD, id: '<img src=x onerror=alert(1)>', title: '"><script>alert(1)</script>' }
    const html = renderReport([hostile], { title: 'a & b' })
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('培训农民&lt;1500&gt;人次')
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/(?:src|href)="https?:/)
  })

  it('escapes or refuses every value of a record given from code, numbers included', () => {
    const payload = '<img src=x onerror=alert(1)>'
    const forged = {
      ...RECORD,
      removed: [{ ...RECORD.removed[0], length: payload, offset: payload }],
      flags: { ...RECORD.flags, truncated: payload },
    }
    const html = renderReport([forged, { id: payload, error: { code: payload, message: payload } }], { title: 't' })
    expect(html).not.toContain('<img')
    // Records that are not output records show as failed documents, their id escaped.
    expect((html.match(/not a docsift output record/g) ?? []).length).toBe(2)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it("admits only its own style and script, by hash: no 'unsafe-inline', no inline style attributes", () => {
    const html = renderReport([RECORD], { title: 't' })
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("base-uri 'none'")
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(csp).toContain(`style-src ${hash(style)}`)
    expect(csp).toContain(`script-src ${hash(script)}`)
    expect(html).not.toMatch(/ style="/)
    expect(html).not.toMatch(/ on[a-z]+=/)
  })
})

function launchable(): boolean {
  return existsSync(CHROMIUM)
}

describe('audit report in Chromium', () => {
  const skip = !launchable() && !process.env.CI
  if (skip) console.warn(`report.test: ${CHROMIUM} is missing, browser test skipped (apt-get install -y chromium)`)

  it.skipIf(skip)('docsift report writes a page that loads cleanly, shows documents, and reveals a rule on click', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docsift-report-'))
    const lines = [
      { id: 'a', text: ['2020年社区文明创建工作总结', '下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。', '今年以来,社区开展文明创建活动15次,参与居民2000余人。', '一、加强宣传', '社区制作宣传展板20块,发放倡议书3000余份。'].join('\n') },
      { id: 'b', html: '<html><head><meta charset="utf-8"><title>2019年学校读书节活动总结</title></head><body><div class="content"><h1>2019年学校读书节活动总结</h1><p>4月23日,学校举办了读书节启动仪式,全校师生1200余人参加。</p><p>活动期间共开展读书分享会8场。</p></div></body></html>' },
      { id: 'c', text: '\u0000\u0001\u0002\u0003'.repeat(40) },
    ]
    writeFileSync(join(dir, 'in.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'))
    const output = join(dir, 'report.html')
    const run = await docsift(['report', '--jsonl', join(dir, 'in.jsonl'), '-o', dir, '--workers', '0'])
    expect(run.stderr).toContain('3 records, 2 ok, 1 failed')
    expect(run.code).toBe(1)
    expect(statSync(output).size).toBeGreaterThan(1000)
    const html = readFileSync(output, 'utf8')

    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    try {
      const page = await browser.newPage()
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('request', (request) => {
        if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`network: ${request.url()}`)
      })
      await page.goto(`file://${output}`)
      expect(await page.locator('article.doc').count()).toBe(3)
      expect(await page.locator('article.doc.failed').textContent()).toContain('BINARY_INPUT')
      await expect.poll(() => page.locator('[data-total=documents]').textContent()).toBe('3')
      const struck = page.locator('del.cut', { hasText: '下载文档前请自行甄别' })
      expect(await struck.count()).toBe(1)
      const rule = await struck.getAttribute('data-rule')
      expect(rule).toMatch(/^boilerplate\//)
      expect(await page.locator('#detail').isHidden()).toBe(true)
      await struck.click()
      expect(await page.locator('#detail').isVisible()).toBe(true)
      expect(await page.locator('#detail [data-f=rule]').textContent()).toBe(rule)
      expect(await page.locator('#legend li', { hasText: rule ?? '' }).count()).toBe(1)
      expect(await page.locator('#doc-0 h3', { hasText: 'Counts' }).count()).toBe(1)
      expect(await page.getByText('2000余人').count()).toBeGreaterThan(0)
      await page.screenshot({ path: join(dir, 'report.png'), fullPage: true })
      expect(statSync(join(dir, 'report.png')).size).toBeGreaterThan(5000)
      expect(problems).toEqual([])
      expect(html).toContain('2019年学校读书节活动总结')
    } finally {
      await browser.close()
    }
  }, 120_000)
})

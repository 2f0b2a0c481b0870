/**
 * Hostile input: arbitrary strings and HTML never throw anything but DocsiftError, every offset
 * points at the text it claims, pathological pages finish (timeouts are hang guards, not speed
 * claims), and limits refuse input instead of truncating it.
 */
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { clean, DocsiftError, extract, sift, type CleanResult, type WorkSummary } from '../src/index.js'

const HANG_GUARD = { timeout: 60_000 }

// Synthetic page pieces so random pages reach the rules and extractors, not only the empty path.
const PIECES = [
  '2021年社区志愿服务活动总结', '一、活动概况', '(二)主要做法', '1、', '2、', '①', '一是', '、',
  '5月12日至18日,', '2021年3月', '上半年', '20xx年x月x日', '街道办事处联合区文明办举办了', '共发放宣传册2000余份,',
  '参与群众达三百多人次。', '本文档由用户上传,仅供学习参考。', '第2页 共5页', '相关推荐', '\n', '\n\n', ' ', '。', ',',
  '“', '”', '(', ')', '时間:', '２０２１年', '萬', '……此处隐藏2345个字……', '责任编辑:张明',
]
const pageLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((a) => a.join(''))
const TAGS = ['div', 'p', 'span', 'h1', 'h2', 'li', 'ul', 'td', 'tr', 'table', 'script', 'style', 'br', 'a', 'b']
const tagged = fc
  .tuple(fc.constantFrom(...TAGS), fc.oneof(pageLike, fc.string({ maxLength: 30 })), fc.boolean())
  .map(([tag, body, close]) => `<${tag} class="c">${body}${close ? `</${tag}>` : ''}`)
const htmlLike = fc
  .array(fc.oneof(tagged, fc.constantFrom('<html>', '<body>', '</body>', '<!-- x -->', '<meta charset="gbk">', '&nbsp;', '&#x4e2d;', '<', '>', '</')), { maxLength: 30 })
  .map((a) => a.join(''))
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  pageLike,
  htmlLike,
)
const anyBytes = fc.uint8Array({ maxLength: 400 })

/** Runs `fn`; an input fault must be a DocsiftError with a code, anything else fails the test. */
function faultTolerant<T>(fn: () => T): T | null {
  try {
    return fn()
  } catch (error) {
    if (!(error instanceof DocsiftError)) throw error
    expect(typeof error.code).toBe('string')
    return null
  }
}

// Known bug (see 'residue removals point at their text' below): residue removals of joined blocks
// carry the joined text. Exempted here so the property keeps guarding every other removal.
const RESIDUE_RULE = 'layout/non-chinese-residue'

function expectCleanOffsets(r: CleanResult): void {
  for (const rem of r.removed) {
    expect(r.input.slice(rem.offset, rem.offset + rem.length)).toBe(rem.text)
  }
  for (const b of r.blocks) expect(r.text.slice(b.offset, b.offset + b.text.length)).toBe(b.text)
  for (const d of r.documents) {
    expect(r.text.slice(d.offset, d.offset + d.text.length)).toBe(d.text)
    // A document's blocks are placed in the document's own text (extraction runs on it).
    for (const b of d.blocks) expect(d.text.slice(b.offset, b.offset + b.text.length)).toBe(b.text)
  }
}

function expectSummaryOffsets(s: WorkSummary): void {
  const spans = [...s.dates, ...s.counts, ...s.activities, ...s.organizers, ...s.people, ...s.warnings]
  if (s.theme) spans.push(s.theme)
  for (const span of spans) expect(s.text.slice(span.offset, span.offset + span.text.length)).toBe(span.text)
  for (const sec of s.sections) expect(s.text.slice(sec.offset, sec.offset + sec.heading.length)).toBe(sec.heading)
}

describe('arbitrary input', HANG_GUARD, () => {
  it('clean, extract and sift throw nothing but DocsiftError on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        faultTolerant(() => clean(x))
        faultTolerant(() => extract(x))
        faultTolerant(() => sift(x))
      }),
      { numRuns: 150 },
    )
  })

  it('clean and sift throw nothing but DocsiftError on arbitrary bytes, as text or HTML', () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom('auto', 'text', 'html') as fc.Arbitrary<'auto' | 'text' | 'html'>, (bytes, format) => {
        faultTolerant(() => clean(bytes, { format }))
        faultTolerant(() => sift(bytes, { format }))
      }),
      { numRuns: 150 },
    )
  })

  it('every clean offset points at the text it claims', () => {
    fc.assert(
      fc.property(fc.oneof(pageLike, htmlLike, fc.string({ unit: 'grapheme', maxLength: 200 })), (x) => {
        const r = faultTolerant(() => clean(x))
        if (r) expectCleanOffsets(r)
      }),
      { numRuns: 200 },
    )
  })

  // A residue block can join lines around a cut block: its removal comes in contiguous pieces.
  it('the blocks of a compilation document point into that document', () => {
    const r = clean('上半年\n2021年社区志愿服务活动总结')
    expect(r.documents.length).toBeGreaterThan(1)
    expectCleanOffsets(r)
  })

  it('residue removals point at their text in result.input', () => {
    const r = clean('<div><div>"</div><b>本文档由用户上传,仅供学习参考。<div>0!', { format: 'html' })
    expect(r.removed.some((rem) => rem.rule === RESIDUE_RULE)).toBe(true)
    expectCleanOffsets(r)
  })

  it('every extracted offset points at the text it claims in summary.text', () => {
    fc.assert(
      fc.property(fc.oneof(pageLike, fc.string({ unit: 'grapheme', maxLength: 200 })), (x) => {
        const s = faultTolerant(() => extract(x))
        if (s) expectSummaryOffsets(s)
        const r = faultTolerant(() => sift(x))
        if (r) {
          expectCleanOffsets(r.clean)
          for (const doc of r.documents) expectSummaryOffsets(doc)
        }
      }),
      { numRuns: 150 },
    )
  })
})

const SUMMARY = '2021年社区志愿服务活动总结\n5月12日,街道办事处联合区文明办举办了志愿服务启动仪式,共发放宣传册2000余份。\n'

describe('pathological inputs finish', HANG_GUARD, () => {
  it('a 100,000-char line with no punctuation', () => {
    const line = '社区志愿服务活动'.repeat(12_500)
    const r = sift(line)
    expect(r.clean.input.length).toBe(100_000)
    expectCleanOffsets(r.clean)
  })

  it('10,000 repeated 、 inside a sentence', () => {
    const r = sift(`${SUMMARY}开展了${'、'.repeat(10_000)}等活动。`)
    expectCleanOffsets(r.clean)
    expectSummaryOffsets(r.summary)
  })

  it('50,000 list markers in a row', () => {
    const r = sift(`${SUMMARY}${'1、'.repeat(50_000)}`)
    expectCleanOffsets(r.clean)
    expectSummaryOffsets(r.summary)
  })

  it('50,000 list markers, one per line', () => {
    const r = faultTolerant(() => sift(`${SUMMARY}${'1、\n'.repeat(50_000)}`))
    if (r) expectCleanOffsets(r.clean)
  })

  it('HTML nested 10,000 levels deep', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${SUMMARY}</p>${'</div>'.repeat(10_000)}</body></html>`
    const r = faultTolerant(() => clean(html, { format: 'html' }))
    if (r) expect(r.text).toContain('共发放宣传册2000余份')
  })

  it('a 20 MB page (bloated markup around a short summary)', () => {
    const filler = `<div class="nav"><a href="/doc/1.html">相关文档</a></div><script>var a=${'1,'.repeat(400)}0;</script>\n`
    const html = `<html><head><title>社区志愿服务活动总结</title></head><body>${filler.repeat(Math.ceil((20 * 1024 * 1024) / filler.length))}<div class="content"><p>${SUMMARY}</p></div></body></html>`
    expect(html.length).toBeGreaterThan(20 * 1024 * 1024)
    const r = clean(html, { format: 'html' })
    expectCleanOffsets(r)
  })

  it('invalid UTF-8 bytes among valid text are decoded, not thrown as anything but DocsiftError', () => {
    const good = Buffer.from(SUMMARY)
    const bytes = Buffer.concat([good, Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), good])
    const r = faultTolerant(() => clean(new Uint8Array(bytes)))
    if (r) expectCleanOffsets(r)
  })

  it('NUL bytes: a few in a page are tolerated, a page of them is BINARY_INPUT', () => {
    const some = faultTolerant(() => clean(`${SUMMARY}\u0000${SUMMARY}`))
    if (some) expectCleanOffsets(some)
    expect(() => clean('\u0000'.repeat(1000))).toThrow(DocsiftError)
    try {
      clean(new Uint8Array(4096))
    } catch (e) {
      expect(e).toBeInstanceOf(DocsiftError)
    }
  })

  it('mixed GBK and UTF-8 bytes in one page', () => {
    const bytes = Buffer.concat([iconv.encode(SUMMARY, 'gbk'), Buffer.from(SUMMARY, 'utf8'), iconv.encode(SUMMARY, 'gbk')])
    for (const format of ['text', 'html'] as const) {
      const r = faultTolerant(() => clean(new Uint8Array(bytes), { format }))
      if (r) expectCleanOffsets(r)
    }
  })
})

describe('input limits refuse, never truncate', () => {
  function codeOf(fn: () => unknown): string | null {
    try {
      fn()
      return null
    } catch (e) {
      if (!(e instanceof DocsiftError)) throw e
      return e.code
    }
  }

  it('text over maxBytes is TOO_LARGE, counted in UTF-8 bytes', () => {
    // 1,000 Han characters: 1,000 UTF-16 units but 3,000 UTF-8 bytes.
    const text = '志愿服务活动总结'.repeat(125)
    expect(codeOf(() => clean(text, { maxBytes: 2000 }))).toBe('TOO_LARGE')
    expect(codeOf(() => sift(text, { maxBytes: 2000 }))).toBe('TOO_LARGE')
    expect(codeOf(() => clean(new Uint8Array(Buffer.from(text)), { maxBytes: 2000 }))).toBe('TOO_LARGE')
    expect(codeOf(() => clean(text, { maxBytes: 3000 }))).toBeNull()
  })

  it('HTML bytes over maxBytes are TOO_LARGE', () => {
    const html = Buffer.from(`<html><body><p>${SUMMARY.repeat(20)}</p></body></html>`)
    expect(codeOf(() => clean(new Uint8Array(html), { format: 'html', maxBytes: 1000 }))).toBe('TOO_LARGE')
  })

  // Bug: src/api.ts clean() compares input.length (UTF-16 units) with maxBytes and does not pass
  // maxBytes on to htmlToDocument, so an HTML string over the limit in bytes is accepted.
  it('an HTML string over maxBytes in UTF-8 is TOO_LARGE even when its extracted text is under', () => {
    // 3,500 UTF-16 units, ~10 KB of UTF-8; the text inside is ~2 KB.
    const html = `<html><body><div>${'<a href="/d">相关文档推荐阅读</a>'.repeat(100)}</div><p>${SUMMARY.repeat(10)}</p></body></html>`
    expect(html.length).toBeLessThan(5000)
    expect(Buffer.byteLength(html)).toBeGreaterThan(5000)
    expect(codeOf(() => clean(html, { format: 'html', maxBytes: 5000 }))).toBe('TOO_LARGE')
  })

  it('more blocks than maxBlocks is TOO_MANY_BLOCKS', () => {
    const text = `${SUMMARY}${Array.from({ length: 200 }, (_, i) => `${i + 1}、组织志愿者开展入户走访活动。`).join('\n')}`
    expect(codeOf(() => clean(text, { maxBlocks: 50 }))).toBe('TOO_MANY_BLOCKS')
    expect(codeOf(() => sift(text, { maxBlocks: 50 }))).toBe('TOO_MANY_BLOCKS')
    const html = `<html><body>${Array.from({ length: 200 }, (_, i) => `<p>${i + 1}、组织志愿者开展入户走访活动。</p>`).join('')}</body></html>`
    expect(codeOf(() => clean(html, { format: 'html', maxBlocks: 50 }))).toBe('TOO_MANY_BLOCKS')
    const ok = clean(text, { maxBlocks: 1000 })
    expect(ok.blocks.length).toBeGreaterThan(50)
  })

  it('bad limit options are BAD_OPTIONS', () => {
    expect(codeOf(() => clean(SUMMARY, { maxBytes: -1 }))).toBe('BAD_OPTIONS')
    expect(codeOf(() => clean(SUMMARY, { maxBlocks: 0 }))).toBe('BAD_OPTIONS')
  })
})

import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { DocsiftError } from '../errors.js'
import { charsetFromContentType, charsetFromMeta, decodeBytes, decodingQuality, normalizeCharset } from './decode.js'
import { decodeHtml } from './index.js'

const BODY = '<p>本学期共开展安全教育活动十二次，参加学生一千二百余人，整改隐患二十三处。</p>'
const html = (head: string): string => `<html><head>${head}<title>安全工作总结</title></head><body>${BODY}</body></html>`

describe('decodeHtml: every signal in order', () => {
  it('caller charset wins over everything', () => {
    const bytes = iconv.encode(html('<meta charset="utf-8">'), 'gbk')
    const out = decodeBytes(bytes, { charset: 'GBK', contentType: 'text/html; charset=utf-8' })
    expect(out).toMatchObject({ charset: 'gb18030', source: 'caller' })
    expect(out.text).toContain('整改隐患二十三处')
  })
  it('an unknown caller charset is a BAD_ENCODING error', () => {
    expect(() => decodeHtml(Buffer.from(BODY), { charset: 'klingon-8' })).toThrowError(DocsiftError)
    try {
      decodeHtml(Buffer.from(BODY), { charset: 'klingon-8' })
    } catch (e) {
      expect((e as DocsiftError).code).toBe('BAD_ENCODING')
    }
  })
  it('HTTP Content-Type charset', () => {
    const out = decodeBytes(iconv.encode(html(''), 'gb18030'), { contentType: 'text/html; charset=GB2312' })
    expect(out).toMatchObject({ charset: 'gb18030', source: 'content-type' })
    expect(out.text).toContain('参加学生一千二百余人')
  })
  it('UTF-8 BOM (and the BOM is not part of the text)', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html(''))])
    const out = decodeBytes(bytes, {})
    expect(out).toMatchObject({ charset: 'utf-8', source: 'bom' })
    expect(out.text.startsWith('<html>')).toBe(true)
  })
  it('UTF-16LE BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html(''), 'utf-16le')])
    expect(decodeBytes(bytes, {}).text).toContain('整改隐患二十三处')
  })
  it('<meta charset>', () => {
    const out = decodeBytes(iconv.encode(html('<meta charset="gbk">'), 'gbk'), {})
    expect(out).toMatchObject({ charset: 'gb18030', source: 'meta' })
    expect(out.text).toContain('整改隐患二十三处')
  })
  it('<meta http-equiv="Content-Type">', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
    const out = decodeBytes(iconv.encode(html(head).replace('整改隐患二十三处', '整改隱患二十三處'), 'big5'), {})
    expect(out).toMatchObject({ charset: 'big5', source: 'meta' })
    expect(out.text).toContain('整改隱患二十三處')
  })
  it('detection when nothing is declared', () => {
    const out = decodeBytes(iconv.encode(html(''), 'gbk'), {})
    expect(out).toMatchObject({ charset: 'gb18030', source: 'detected' })
    expect(out.text).toContain('本学期共开展安全教育活动')
  })
  it('a wrong declaration (utf-8 over GBK bytes) is overridden', () => {
    const out = decodeBytes(iconv.encode(html('<meta charset="utf-8">'), 'gbk'), {})
    expect(out.charset).toBe('gb18030')
    expect(out.text).toContain('整改隐患二十三处')
    expect(out.text).not.toContain('\ufffd')
  })
  it('a wrong declaration (gb2312 over UTF-8 bytes) is overridden', () => {
    const out = decodeBytes(Buffer.from(html('<meta charset="gb2312">')), {})
    expect(out.charset).toBe('utf-8')
    expect(out.text).toContain('整改隐患二十三处')
  })
  it('pure ASCII is UTF-8 without detection', () => {
    expect(decodeBytes(Buffer.from('<p>hello</p>'), {})).toMatchObject({ charset: 'utf-8', source: 'default' })
  })
})

describe('charset helpers', () => {
  it('normalizes labels to what iconv decodes', () => {
    expect(normalizeCharset('GB2312')).toBe('gb18030')
    expect(normalizeCharset('x-gbk')).toBe('gb18030')
    expect(normalizeCharset('Big5-HKSCS')).toBe('big5')
    expect(normalizeCharset('UTF8')).toBe('utf-8')
    expect(normalizeCharset('no-such')).toBeNull()
  })
  it('reads Content-Type and meta declarations', () => {
    expect(charsetFromContentType('text/html;charset="gbk"')).toBe('gbk')
    expect(charsetFromContentType('text/html')).toBeNull()
    expect(charsetFromMeta(Buffer.from('<head><meta content="text/html; charset=gb2312" http-equiv="Content-Type"></head>'))).toBe('gb2312')
  })
  it('scores real Chinese above mojibake', () => {
    const gbk = iconv.encode('本学期共开展安全教育活动十二次', 'gbk')
    expect(decodingQuality(iconv.decode(gbk, 'gb18030'))).toBeGreaterThan(decodingQuality(iconv.decode(gbk, 'big5')))
    expect(decodingQuality(gbk.toString('utf8'))).toBeLessThan(0)
  })
})

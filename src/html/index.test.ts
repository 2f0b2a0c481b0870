import { describe, expect, it } from 'vitest'
import { DocsiftError } from '../errors.js'
import { SourceMeta } from '../schema.js'
import { bigramF1 } from './bigram-f1.js'
import { htmlToDocument, looksLikeHtml } from './index.js'

const P = '本次活动共组织志愿者八十余人次，走访慰问困难家庭二十三户，发放慰问品一批。'
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f()
  } catch (e) {
    return e instanceof DocsiftError ? e.code : 'OTHER'
  }
  return undefined
}

describe('looksLikeHtml', () => {
  it('recognises documents and tag-dense fragments, not prose', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>总结</p></body></html>')).toBe(true)
    expect(looksLikeHtml(Buffer.from('  <html lang="zh"><head><meta charset="gbk">'))).toBe(true)
    expect(looksLikeHtml('<div><p>一</p><p>二</p><p>三</p></div>')).toBe(true)
    expect(looksLikeHtml('工作总结\n一、基本情况\n本年度共举办活动12场。')).toBe(false)
    expect(looksLikeHtml('文中提到 <p> 标签一次。')).toBe(false)
  })
})

describe('htmlToDocument: output shape', () => {
  it('gives one block per line, the title first, tables row by row', () => {
    const html = `<html><head><title>社区活动总结_范文网</title></head><body>
      <h1>社区活动总结</h1><div class="content"><p>${P}</p><ul><li>开展义诊一次；</li><li>清理楼道杂物。</li></ul>
      <table><tr><td>项目</td><td>次数</td></tr><tr><td>走访</td><td>23户</td></tr></table><p>${P}</p></div></body></html>`
    const doc = htmlToDocument(html)
    expect(doc.text.split('\n')).toEqual(['社区活动总结', P, '开展义诊一次；', '清理楼道杂物。', '项目 次数', '走访 23户', P])
    expect(SourceMeta.parse(doc.source)).toMatchObject({ format: 'html', pageTitle: '社区活动总结_范文网', profile: null, charset: null })
  })
  it('drops hidden elements, scripts, comments and inline watermark spans', () => {
    const html = `<html><body><div><p>本次活动<span style="display: none">来自百度</span>共组织志愿者八十余人次，走访慰问困难家庭二十三户。</p>
      <script>var a = "脚本文字不应出现"</script><!-- 注释文字不应出现 --><div hidden>隐藏的登录框</div><p aria-hidden="true">读屏隐藏文字</p></div></body></html>`
    const text = htmlToDocument(html).text
    expect(text).toBe('本次活动共组织志愿者八十余人次，走访慰问困难家庭二十三户。')
  })
  it('keeps an article a script would reveal (visibility:hidden on the whole content)', () => {
    const html = `<html><body><div class="nav"><a>首页</a></div><div id="js_content" style="visibility: hidden;">${`<p>${P}</p>`.repeat(6)}</div></body></html>`
    expect(htmlToDocument(html).text).toContain('走访慰问困难家庭二十三户')
  })
  it('reads a bare fragment (paragraphs with no html or body element) as the page', () => {
    const fragment = '<p style="text-align:center;"><br></p><p>某某小学安全教育月活动纪实</p><p>6月10日,学校组织全体师生开展了消防疏散演练,参加人数达800余人。</p><p>演练结束后,校长对活动进行了总结。</p>'
    const doc = htmlToDocument(fragment)
    expect(doc.empty).toBe(false)
    expect(doc.text.split('\n')).toEqual(['某某小学安全教育月活动纪实', '6月10日,学校组织全体师生开展了消防疏散演练,参加人数达800余人。', '演练结束后,校长对活动进行了总结。'])
  })

  it('fills url, site and profile for a known host', () => {
    const doc = htmlToDocument(`<html><body><div class="jq-content"><p>${P}</p></div></body></html>`, { url: 'https://www.jqrsd.com/a/1.html' })
    expect(doc.source).toMatchObject({ site: 'jqrsd.com', profile: 'jqrsd', url: 'https://www.jqrsd.com/a/1.html' })
  })
})

describe('htmlToDocument: bad input never crashes or hangs', () => {
  it('unclosed tags', () => {
    const doc = htmlToDocument(`<html><body><div><p>${P}<p>${P}<div><span>未闭合`)
    expect(doc.text).toContain('走访慰问困难家庭二十三户')
  })
  it('10k-deep nesting', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${P}</p>${'</div>'.repeat(10_000)}</body></html>`
    expect(htmlToDocument(html).text).toContain(P)
  })
  it('10k unclosed inline tags', () => {
    expect(htmlToDocument(`<body>${'<b><i>'.repeat(5_000)}${P}`).text).toContain(P)
  })
  it('a page over the byte limit is TOO_LARGE, never truncated', () => {
    expect(codeOf(() => htmlToDocument(`<p>${P}</p>`.repeat(200), { maxBytes: 1000 }))).toBe('TOO_LARGE')
  })
  it('a 20 MB page is processed within the default limit', () => {
    const html = `<html><body><div class="content">${`<p>${P}</p>`.repeat(170_000)}</div></body></html>`
    expect(Buffer.byteLength(html)).toBeGreaterThan(20e6)
    const doc = htmlToDocument(html)
    expect(doc.empty).toBe(false)
    expect(doc.text.length).toBeGreaterThan(6e6)
  }, 120_000)
  it('binary bytes are BAD_HTML', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256)
    expect(codeOf(() => htmlToDocument(bytes))).toBe('BAD_HTML')
  })
  it('an empty body is an empty document with a reason', () => {
    for (const html of ['', '<html><head><title>x</title></head><body></body></html>', '<html><body>   <div> </div></body></html>']) {
      const doc = htmlToDocument(html)
      expect(doc).toMatchObject({ text: '', empty: true })
      expect(doc.emptyReason).toMatch(/no text/)
    }
  })
})

describe('bigramF1', () => {
  it('counts multiset bigrams and ignores whitespace', () => {
    expect(bigramF1('工作 总结', '工作总结').f1).toBe(1)
    const s = bigramF1('工作总结报告', '工作总结')
    expect(s.recall).toBe(1)
    expect(s.precision).toBeCloseTo(3 / 5)
    expect(bigramF1('', '工作').f1).toBe(0)
    expect(bigramF1('哈哈哈', '哈哈').precision).toBeCloseTo(1 / 2)
  })
})

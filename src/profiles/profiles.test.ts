import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../html/dom.js'
import { htmlToDocument } from '../html/index.js'
import { matchProfile, PROFILES } from './index.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures/html')
const HOSTS: Record<string, string> = {
  'wenku-baidu': 'https://wenku.baidu.com/view/abc123def456.html',
  doc88: 'https://www.doc88.com/p-123456789.html',
  docin: 'https://www.docin.com/p-123456.html',
  book118: 'https://max.book118.com/html/2022/0101/123456789.shtm',
  '360docs': 'https://360docs.net/doc/123456.html',
  renrendoc: 'https://www.renrendoc.com/paper/123456.html',
  '163wenku': 'https://www.163wenku.com/p-123456.html',
  '31ppt': 'https://www.31ppt.com/doc/123456.html',
  zixin: 'https://m.zixin.com.cn/doc/123456.html',
  wenke99: 'https://www.wenke99.com/p-1.html',
  xuefen: 'https://www.xuefen.com.cn/a/1.html',
  jqrsd: 'https://www.jqrsd.com/a/1.html',
  dsjbw: 'https://www.dsjbw.com/a/1.html',
  '365978': 'https://www.365978.net/a/1.html',
  bimoxiezuo: 'https://m.bimoxiezuo.com/a/1.html',
}

describe('site profiles', () => {
  it('have unique ids, one file each, and cover every listed site', () => {
    const ids = PROFILES.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual(Object.keys(HOSTS).sort())
  })

  for (const profile of PROFILES) {
    describe(profile.id, () => {
      it('matches its host and no other profile does', () => {
        const url = HOSTS[profile.id]!
        expect(matchProfile(url)?.id).toBe(profile.id)
        const host = new URL(url).hostname
        expect(PROFILES.filter((p) => p.hosts.test(host)).map((p) => p.id)).toEqual([profile.id])
      })
      it('is recognised from its fixture markup alone (no URL)', () => {
        const html = readFileSync(join(FIXTURES, `${profile.id}.html`), 'utf8')
        expect(matchProfile(undefined, parseHtml(html))?.id).toBe(profile.id)
      })
      it('extracts its fixture with the profile, title first', () => {
        const path = join(FIXTURES, `${profile.id}.html`)
        expect(existsSync(path)).toBe(true)
        const doc = htmlToDocument(readFileSync(path), { url: HOSTS[profile.id] })
        expect(doc.source.profile).toBe(profile.id)
        expect(doc.source.site).toBe(profile.site)
        if (!doc.empty) expect(doc.text.split('\n').length).toBeGreaterThan(1)
      })
    })
  }

  it('leaves unknown hosts to the generic fallback', () => {
    expect(matchProfile('https://www.gov.cn/zhengce/1.htm')).toBeNull()
    expect(matchProfile('not a url at all ::')).toBeNull()
    expect(matchProfile(undefined, parseHtml('<html><body><div class="content"><p>正文</p></div></body></html>'))).toBeNull()
  })

  it('recognises compound and descendant selectors from markup, and only where every name they ask for stands', () => {
    const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`)
    // #doc-content.doc-360: the id and the class on one element.
    expect(matchProfile(undefined, page('<div id="doc-content" class="reader doc-360"><p>正文</p></div>'))?.id).toBe('360docs')
    expect(matchProfile(undefined, page('<div id="doc-content" class="reader"><p>正文</p></div><span class="doc-360x"></span>'))?.id).not.toBe('360docs')
    // #main .preview: the class on an element inside the id.
    expect(matchProfile(undefined, page('<div id="main"><div class="side preview"><p>正文</p></div></div>'))?.id).toBe('book118')
    expect(matchProfile(undefined, page('<div id="main"></div><div class="preview"><p>正文</p></div>'))?.id).not.toBe('book118')
  })

  it('doc88 maps its private-use punctuation, never passing it through', () => {
    const html = '<html><body><div class="doc-intro"><p>内容提示：本次活动\ue001为期三天\ue002\ue003共有学员六十人参加培训并全部结业...</p></div><div class="outer_page" id="outer_page_1"><canvas class="inner_page"></canvas></div></body></html>'
    const doc = htmlToDocument(html, { url: HOSTS['doc88'] })
    expect(doc.text).toBe('本次活动（为期三天），共有学员六十人参加培训并全部结业...')
  })

  it('a Wenku page with empty page shells is empty, with the reason, not navigation', () => {
    const doc = htmlToDocument(readFileSync(join(FIXTURES, 'wenku-baidu-unrendered.html')), { url: HOSTS['wenku-baidu'] })
    expect(doc).toMatchObject({ empty: true, text: '', emptyReason: 'unrendered: page containers are empty until scripts run' })
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cut, idf, KEYWORD_IDF_STUB, tag, tagClause } from './segment.js'

describe('segmentation', () => {
  it('hands nodejieba the one-line keyword IDF stand-in, and cuts and tags as with the full table', () => {
    expect(KEYWORD_IDF_STUB).toBeDefined()
    expect(readFileSync(KEYWORD_IDF_STUB!, 'utf8').trim().split('\n')).toHaveLength(1)
    expect(cut('县科技局开展科普活动')).toEqual(['县', '科技局', '开展', '科普', '活动'])
    expect(tag('县科技局开展科普活动').map((w) => w.tag)).toEqual(['zg', 'n', 'v', 'nrt', 'vn'])
  })

  it('cuts with the lean word list: a rare compound comes out as its parts, common words stay whole', () => {
    // 科普活动 is at jieba's floor count and rare by its IDF; 科技局 and 贯彻落实 are common.
    expect(cut('科普活动')).toEqual(['科普', '活动'])
    expect(cut('贯彻落实科技局')).toEqual(['贯彻落实', '科技局'])
  })

  it('reads docsift’s own IDF figures from the full table', () => {
    // 工作 is common, 科普 rare: the stand-in holds neither.
    expect(idf('工作')).toBeLessThan(idf('科普'))
    expect(idf('工作')).toBeGreaterThan(0)
  })

  it('remembers a clause’s tagging: the same text gives the same words', () => {
    const first = tagClause('社区组织志愿者清理河道垃圾')
    expect(tagClause('社区组织志愿者清理河道垃圾')).toBe(first)
    expect(first.map((w) => w.word).join('')).toBe('社区组织志愿者清理河道垃圾')
  })
})

import { describe, expect, it } from 'vitest'
import { Section } from '../../schema.js'
import { linesToBlocks } from '../activities/test-utils.js'
import { extractSections } from './index.js'

describe('extractSections', () => {
  it('lists headings with their levels in order and skips the title and items', () => {
    const { text, blocks } = linesToBlocks([
      '2021年科普周工作总结', '一、基本情况', '本届科普周共开展活动十二项。', '(一)组织领导', '成立了领导小组。',
      '1、召开全县科普联席会议,研究部署各项活动安排;', '二、存在问题:',
    ])
    const sections = extractSections(blocks)
    expect(sections.map((s) => [s.heading, s.level])).toEqual([['一、基本情况', 1], ['(一)组织领导', 2], ['二、存在问题', 1]])
    for (const s of sections) {
      expect(text.startsWith(s.heading, s.offset)).toBe(true)
      expect(() => Section.parse(s)).not.toThrow()
    }
  })

  it('returns nothing for a document without headings', () => {
    expect(extractSections(linesToBlocks(['标题', '只有一段正文。']).blocks)).toEqual([])
  })
})

import { GENRE_WORD } from '../../lexicon/genres.js'
import { fold } from '../../text/fold.js'
import type { Rule } from '../types.js'

// A page's keywords as a bare list outside the body: "镇政府,工作报告,2023". Three or more short
// items and no sentence; one of them a genre word, a year or a word of the title.
const ITEM = /^[\u4e00-\u9fffA-Za-z0-9]{2,8}$/
const YEAR = /^(?:19|20)\d{2}$/

export const tagLine: Rule = {
  id: 'metadata/tag-line',
  kind: 'metadata',
  description: "The page's keywords as a bare list before or after the body (镇政府,工作报告,2023)",
  scope: 'line',
  test: (block, doc) => {
    const outside = block.index < block.firstBodyIndex || (block.lastBodyIndex >= 0 && block.index > block.lastBodyIndex)
    const text = block.folded.trim()
    if (!outside || text.length > 48 || /[。!?;:]/.test(text)) return undefined
    const items = text.split(/\s*[,、|，]\s*/).filter(Boolean)
    if (items.length < 3 || !items.every((i) => ITEM.test(i))) return undefined
    const title = doc.title ? fold(doc.title) : ''
    const anchored = items.some((i) => YEAR.test(i) || new RegExp(`^${GENRE_WORD.source}$`).test(i) || (i.length >= 2 && title.includes(i)))
    return anchored ? { reason: "the page's keywords" } : undefined
  },
  examples: {
    title: '2023年镇政府工作报告',
    drop: ['镇政府,工作报告,2023', '镇政府、工作报告、乡村振兴'],
    keep: ['一、加强组织领导', '语文、数学、英语三科成绩均有提高', '全镇共有18个村、3个社区'],
  },
}

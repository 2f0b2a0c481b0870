import { RELATED_HEADINGS } from '../../lexicon/boilerplate.js'
import { wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

const HEADINGS = new Set<string>(RELATED_HEADINGS)
// "相关文档推荐", "相关阅读:": a short line opening with a list heading.
const HEAD_START = new RegExp(`^(?:${wordAlternation(RELATED_HEADINGS)})(?:[::]|推荐|列表|\\(\\d+\\))?$`)
const TRIM = /^[\s【\[(「]+|[\s】\])」::>»]+$/g

export const relatedDocuments: Rule = {
  id: 'related-list/related-documents',
  kind: 'related-list',
  description: 'Trailing lists of other documents (相关文档, 最新文档, 猜你喜欢, 相关推荐) and everything after them',
  scope: 'line',
  test: (block) => {
    const text = block.folded.replace(TRIM, '')
    // Only after some body: the same words in a page header are navigation, not a list end.
    if (!(HEADINGS.has(text) || (text.length <= 12 && HEAD_START.test(text))) || block.index <= block.firstBodyIndex) return undefined
    return { reason: `list of other documents ("${text}") ends the document`, dropRest: true }
  },
  examples: {
    drop: ['相关文档', '猜你喜欢:', '【相关推荐】'],
    keep: ['相关文档已于5月10日印发各乡镇。'],
    context: ['为了切实举办好科技活动周,县科技局联合举办了系列活动,取得了圆满成功。'],
  },
}

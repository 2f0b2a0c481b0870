import { GENERIC_LEAD_PATTERNS } from '../../lexicon/boilerplate.js'
import { fold } from '../../text/fold.js'
import type { Rule } from '../types.js'

export const genericLead: Rule = {
  id: 'template-intro/generic-lead',
  kind: 'template-intro',
  description: 'A lead paragraph about the genre itself ("总结是…的书面材料", "那么如何写好总结呢?") before the document',
  scope: 'block',
  test: (block) => {
    // Only in the page header: before the body starts, or the first body block.
    if (block.index > block.firstBodyIndex) return undefined
    const text = fold(block.text)
    const hits = GENERIC_LEAD_PATTERNS.filter((re) => re.test(text)).length
    return hits > 0 ? { reason: 'generic lead about writing this kind of document, not part of it' } : undefined
  },
  examples: {
    drop: [
      '总结可以帮助我们抓住问题的本质,从而更好地制定下一步的发展计划。完美的总结应该突出重点。',
      '总结是对取得的成绩、存在的问题进行评价与描述的一种书面材料,让我们一起认真地写一份总结吧。',
      '时间飞逝,一年的工作即将结束,是时候写一份年终总结了。',
    ],
    keep: ['为了切实举办好第十届科技活动周,按照省、市的统一部署,县科技局联合举办了活动。', '总结经验,查找不足,我县制定了下一步工作计划。'],
  },
}

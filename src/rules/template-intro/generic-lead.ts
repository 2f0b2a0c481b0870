import { GENERIC_LEAD_PATTERNS } from '../../lexicon/boilerplate.js'
import type { Rule } from '../types.js'

export const genericLead: Rule = {
  id: 'template-intro/generic-lead',
  kind: 'template-intro',
  description: 'A lead paragraph about the genre itself ("总结是…的书面材料", "那么如何写好总结呢?") before the document',
  scope: 'block',
  test: (block) => {
    // Only in the page header: before the body starts, or the first body block.
    if (block.index > block.firstBodyIndex) return undefined
    const text = block.folded
    const hits = GENERIC_LEAD_PATTERNS.filter((re) => re.test(text)).length
    return hits > 0 ? { reason: 'generic lead about writing this kind of document, not part of it' } : undefined
  },
  examples: {
    drop: [
      '总结可以让我们看清一段时间工作的得失,为今后的工作指明方向。一份好的总结应当条理清楚。',
      '计划是对未来一段时间工作的安排和打算,那么如何写好一份工作计划呢?',
      '时间飞逝,一年的工作即将结束,是时候写一份年终总结了。',
      '导读:文章从隐患排查、专项整治、宣传培训三个方面梳理了街道的安全生产工作,可供撰写同类材料时参考。',
    ],
    keep: ['为确保全镇安全度汛,按照县防汛指挥部的统一部署,镇党委、政府提早开展了汛前检查。', '总结经验,查找不足,我县制定了下一步工作计划。'],
  },
}

import { notChinese } from '../../text/chars.js'
import { oncePer } from '../../text/memo.js'
import type { Rule } from '../types.js'

// Asked of every block, answered once per page (the page's lines are one array per pass).
const onlyResidue = oncePer((texts: readonly string[]) => notChinese(texts.join('')))

export const nonChineseResidue: Rule = {
  id: 'layout/non-chinese-residue',
  kind: 'layout',
  description: 'Latin debris left when every Chinese line of a page was cut ("A1,"): no document remains',
  scope: 'block',
  traits: { empties: true },
  test: (_block, doc) => (onlyResidue(doc.texts) ? { reason: 'no Chinese text left after the cuts' } : undefined),
  examples: {
    context: ['A1,', 'B2.'],
    drop: ['Page 3 of 9'],
    keep: ['全年共开展活动12次,参与群众3000余人次。'],
  },
}

import { COPYRIGHT_PHRASES } from '../../lexicon/boilerplate.js'
import { phraseCut } from '../match.js'
import type { Rule } from '../types.js'

const ID = 'boilerplate/copyright-statement'

export const copyrightStatement: Rule = {
  id: ID,
  kind: 'boilerplate',
  description: 'Copyright and upload statements (本文档由用户提供并上传, 版权归原作者所有)',
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    const cut = block.text.length <= 200 ? phraseCut(block.text, COPYRIGHT_PHRASES, doc, ID) : undefined
    return cut && { reason: 'copyright or upload statement of the hosting site', ...cut }
  },
  examples: {
    drop: [
      '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领',
      '声明:本站所有文章资源内容,如无特殊说明或标注,均为网络资源,转载请注明出处。',
    ],
    keep: ['加强知识产权保护,开展了版权宣传周活动。'],
  },
}

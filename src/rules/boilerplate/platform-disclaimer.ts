import { DISCLAIMER_PHRASES } from '../../lexicon/boilerplate.js'
import { extraPhrases, hasAny } from '../match.js'
import type { Rule } from '../types.js'

const ID = 'boilerplate/platform-disclaimer'
// A disclaimer line is short; a long paragraph that merely mentions 下载 is body.
const MAX_LINE = 160

export const platformDisclaimer: Rule = {
  id: ID,
  kind: 'boilerplate',
  description: 'Doc-site notices: download, preview, refund, infringement, customer service',
  scope: 'line',
  test: (block, doc) =>
    block.text.length <= MAX_LINE && (hasAny(block.text, DISCLAIMER_PHRASES) || hasAny(block.text, extraPhrases(doc, ID)))
      ? { reason: 'platform notice about downloading, previews, refunds or customer service' }
      : undefined,
  examples: {
    drop: [
      '1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。',
      '3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。',
      '合集下载',
      '下载本文档',
      '该文档贡献者很忙,什么也没留下。',
    ],
    keep: ['5月15日上午举行启动仪式', '全县共发放各类科普资料31000余份,下载安装科普APP的群众达2000余人次。'],
  },
}

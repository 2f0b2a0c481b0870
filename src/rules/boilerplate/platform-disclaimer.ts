import { DISCLAIMER_PHRASES, DISCLAIMER_PROSE_PHRASES, DOC_SITE_CUES, PLATFORM_CUES } from '../../lexicon/boilerplate.js'
import { SENTENCE_BREAK } from '../../text/chars.js'
import { bracketAfterTitle, hasAny, noticeBrackets, phraseCut } from '../match.js'
import type { Rule } from '../types.js'

const ID = 'boilerplate/platform-disclaimer'
// A disclaimer line is short; a long paragraph that merely mentions 下载 is body.
const MAX_LINE = 260
// Reworded notices are caught by their vocabulary: this many distinct platform words in a short line.
const CUE_LINE = 90
const MIN_CUES = 2
/** A notice's voice: it addresses the reader (您, 请, 如有…), speaks as the site (本站, 本平台, 不代表…观点) or of the file (该文档, 上传人). */
const READER_OR_PLATFORM = /您|用户|请|敬请|如需|如有|如果|若有|若您|本站|本平台|本网|[本该此]文档|上传[人者]|不代表/

// Two doc-site words make a notice ("文档下载前请先核实…缺页"); one doc-site word needs two more
// platform words beside it ("本站仅提供存储空间,不对内容的合法性负责"): "上传至…平台" is a report's.
// A longer notice needs more of the site's words ("…网站文档一经付费,不意味着购买了该文档的版权").
function platformVoice(folded: string): boolean {
  if (folded.length > MAX_LINE) return false
  // A sentence that reports work ("全年上传文档资料3000余份。", "推行会员积分制管理。") uses these words
  // too: as a sentence, a notice speaks to its reader or as the platform.
  if (SENTENCE_BREAK.test(folded) && !READER_OR_PLATFORM.test(folded)) return false
  const docSite = DOC_SITE_CUES.filter((c) => folded.includes(c)).length
  const platform = PLATFORM_CUES.filter((c) => folded.includes(c)).length
  if (folded.length > CUE_LINE) return docSite >= 1 && platform >= 5
  return docSite >= MIN_CUES || (docSite >= 1 && platform >= MIN_CUES + 1)
}

export const platformDisclaimer: Rule = {
  id: ID,
  kind: 'boilerplate',
  description: 'Doc-site notices: download, preview, refund, infringement, customer service',
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    if (block.text.length > MAX_LINE) return undefined
    const voiced = (!SENTENCE_BREAK.test(block.text) && hasAny(block.text, DISCLAIMER_PROSE_PHRASES)) || platformVoice(block.folded)
    // A notice in the bracket closing a title line takes the bracket only.
    // A notice in brackets inside a line of the document's own goes alone: the brackets that speak as the site.
    const inside = voiced ? noticeBrackets(block.folded, (t) => platformVoice(t) || DOC_SITE_CUES.some((c) => t.includes(c))) : []
    if (inside.length > 0) return { reason: 'platform notice about downloading, previews, refunds or customer service', spans: inside }
    const bracket = voiced ? bracketAfterTitle(block.text) : 0
    const cut = phraseCut(block.text, DISCLAIMER_PHRASES, doc, ID) ?? (voiced ? (bracket > 0 ? { spans: [[bracket, block.text.length] as [number, number]] } : {}) : undefined)
    return cut && { reason: 'platform notice about downloading, previews, refunds or customer service', ...cut }
  },
  examples: {
    drop: [
      '1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。',
      '3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。',
      '合集下载',
      '下载本文档',
      '该文档贡献者很忙,什么也没留下。',
      '文档下载前请先核实内容是否完整,如有缺页请联系我们。',
      '本站仅提供存储空间,不对内容的合法性负责', '特此报告。本文档由用户上传,仅供学习交流,如有侵权请联系删除', '某某镇人民政府办公室 2024年2月20日印发【打印本页】【关闭窗口】', '会议还对防汛备汛、森林防火工作作了部署。【打印本页】【关闭窗口】', '某某县2022年“安全生产月”活动总结【大】【中】【小】 打印本页', '某某县烟草专卖局2024年专卖管理工作计划〔docx格式 · 下载需5积分 · 约2450字〕',
      '在线客服 QQ:10000', '友情提示:本文仅供参考',
      '全年共举办培训班12期,培训学员860人次,全体干部的业务能力提高到一个新的水平。以上内容仅供参考,如有侵权请联系删除。',
      '9. 召开全园家长会2次(批量下载请开通会员),开展家长开放日活动1次,家访覆盖率达到100%,家长满意度测评达到98%以上。',
    ],
    keep: ['活动结束后,各班级提供会议记录,并上传至智慧团建平台。', '5月15日上午举行启动仪式', '开展网上文档归档工作,全年共整理各类文件档案1200余卷。', '全县共发放各类科普资料31000余份,下载安装科普APP的群众达2000余人次。',
      '居民可扫码关注“平安社区”公众号,随时了解消防知识。', '公司开通了在线客服,客户满意度明显提升。',
      '推行会员积分制管理,全年新增会员86家。', '各网格员每天上传巡查照片,全年上传文档资料3000余份。'],
  },
}

import { looksLikeTitle } from '../../text/title.js'
import { ARROWS } from './navigation.js'
import type { Rule } from '../types.js'

// A forum's trail runs through the board's columns to the thread's subject, which asks or offers in words of its own
// ("某某论坛 › 职场写作 › 总结汇报区 › 求大家帮忙看看我的年度总结,哪里要改", "某某驿站 › 材料互助区 › 【分享】…总结,拿去参考"):
// the columns are short names with no punctuation, the subject a poster's line, not a sentence of the document.
const COLUMN_MAX = 16
const SUBJECT_MAX = 48
const COLUMN_MARK = /[。,，;；:：!?！？、]/
// The poster's tag before the subject (【分享】, 【原创】, [求助]).
const TAG = /^[【\[](?:分享|求助|求|原创|转载|讨论|提问)[】\]]\s?/
const POSTERS_ASK = new RegExp(`[,，?？!！]|${TAG.source}|^(?:求|请教|请问|分享|求助)`)
const SENTENCE_END = /[。;；]/

export const threadTrail: Rule = {
  id: 'boilerplate/thread-trail',
  kind: 'boilerplate',
  description: "A forum's trail of columns ending on the thread's subject, above the document (某某论坛 › 总结汇报区 › 求大家帮忙看看…)",
  scope: 'line',
  // It reviews beside the line model, so its cuts leave the model's training rows as they were.
  traits: { reviews: true },
  test: (block, doc) => {
    if (block.index > block.firstBodyIndex || block.index === doc.titleIndex) return undefined
    const parts = block.folded.trim().split(ARROWS).filter(Boolean)
    if (parts.length < 3) return undefined
    const subject = parts[parts.length - 1]!
    const columns = parts.slice(0, -1)
    if (!columns.every((c) => c.length <= COLUMN_MAX && !COLUMN_MARK.test(c))) return undefined
    if (subject.length > SUBJECT_MAX || SENTENCE_END.test(subject) || !POSTERS_ASK.test(subject)) return undefined
    // A subject that is the document's title under the poster's tag ("…›【原创】初二(3)班…班主任工作总结") stays, the trail and the tag go.
    const bare = TAG.exec(subject)
    const title = subject.slice(bare ? bare[0].length : 0)
    if (looksLikeTitle(title)) {
      const start = block.folded.lastIndexOf(title)
      return { reason: "a forum's trail and the poster's tag before the document's title", spans: [[0, start]] }
    }
    return { reason: "a forum's trail to the thread's subject" }
  },
  examples: {
    context: ['2023年度仓储部个人工作总结', '2023年,我在公司仓储部担任西区仓库主管,带领11名仓管员负责成品入库、出库和盘点工作,全年未发生账实不符。'],
    drop: ['某某职场论坛 › 职场写作 › 总结汇报区 › 求大家帮忙看看我的仓库年度总结,哪里要改', '某某驿站›材料互助区›【分享】县人社局2023年度总结,写得挺实在,拿去参考', '某某教师论坛 » 班主任之家 »【原创】初二(3)班2023学年第一学期班主任工作总结'],
    keep: ['党支部 > 网格党小组 > 党员中心户', '计划 → 执行 → 检查 → 处理,形成闭环。', '首页 > 工作总结 > 2023年度仓储部个人工作总结'],
  },
}

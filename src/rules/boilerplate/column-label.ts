import { isColumnName } from '../match.js'
import type { Rule } from '../types.js'

const PARTS = /\s*[/|｜]\s*/

// The site's column named alone on a line above the title ("院系动态", "工作总结"), or above the body of a page whose
// title was not found (a news headline with no genre word under "院系动态"): the page's section, not the document's.
export const columnLabel: Rule = {
  id: 'boilerplate/column-label',
  kind: 'boilerplate',
  description: "The site's column named alone above the title or the body (院系动态, 工作总结)",
  scope: 'line',
  // It reviews beside the line model, so its cuts leave the model's training rows as they were (cut first, the line
  // left the rows, and the model retrained without it let other junk through).
  traits: { reviews: true },
  test: (block, doc) => {
    const text = block.folded.trim()
    const above = block.index < doc.titleIndex || (doc.titleIndex < 0 && block.index < block.firstBodyIndex)
    if (!above) return undefined
    if (isColumnName(text)) return { reason: "the site's column above the document" }
    // A column under its section, parted by a slash or a bar ("新闻中心 / 领导讲话"): every part a column's name.
    const parts = text.split(PARTS)
    return parts.length >= 2 && parts.length <= 3 && parts.every(isColumnName) ? { reason: "the site's section and column above the document" } : undefined
  },
  examples: {
    context: ['当前位置:首页 > 新闻中心', '某某学院举办第二届“匠心杯”职业技能竞赛周', '11月1日至7日,某某学院第二届“匠心杯”职业技能竞赛周顺利举行,来自3个年级的412名学生报名参赛。', '开幕式上,学院党总支书记对参赛学生提出了要求,希望同学们赛出风格、赛出水平。'],
    drop: ['院系动态', '工作总结', '校园新闻', '新闻中心 / 领导讲话'],
    keep: ['2023年工作总结', '一、基本情况', '院系动态月报编制工作全面完成。', '党建引领 / 服务群众'],
  },
}

import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// Markup that leaked into page text: a tag with attributes (its "<" sometimes lost or mangled
// into "?"), a closing tag, a line break tag. Only tag names of inline HTML are recognised.
const TAG_NAME = '(?:a|img|span|font|strong|b|i|u|em|br|p|div|section|iframe)'
const ATTR = `\\s+[a-zA-Z-]+\\s*=\\s*(?:'[^'<>]*'|"[^"<>]*"|[^\\s<>'"]+)`
const REMNANT = new RegExp(`[<?]?\\/?${TAG_NAME}(?:${ATTR})+\\s*\\/?>|<\\/?${TAG_NAME}\\s*\\/?>`, 'gi')

export const htmlRemnant: Rule = {
  id: 'inline-splice/html-remnant',
  kind: 'inline-splice',
  description: "HTML tags that leaked into the text (a href='…' target='_blank'>, </a>, <br>)",
  scope: 'inline',
  test: (block) => {
    const spans = matchSpans(REMNANT, block.text)
    return spans.length ? { reason: 'HTML markup left in the text', spans } : undefined
  },
  examples: {
    drop: ["今天就给大家?a href='http://www.example.com/zj/1.html' target='_blank'>工作总结</a>,方便参考。", '全年共召开会议12次<br>参加人员300余人', '详见<a href="/news/1.html">通知</a>'],
    keep: ['成绩a<b的学生需要补考', '<<安全生产法>>学习活动', '按照a=3的标准执行'],
  },
}

import { afterBody, underCutLine } from '../match.js'
import type { Rule } from '../types.js'

// The heading of a page's box of readers' comments ("评论区(共4条)", "网友评论", "全部评论 12", "共8条评论",
// "发表评论"): what follows it is other people's words and the comment form, not the document.
const BOX = '(?:评论区|网友评论|全部评论|热门评论|最新评论|精彩评论|读者评论|用户评论|精选留言|网友留言|读者留言|居民留言|群众留言|网民留言|用户留言|评论列表|发表评论|我要评论|写评论|留言板)\\s*(?:[(\\[]\\s*(?:共\\s*)?\\d+\\s*条?\\s*[)\\]]|\\d+\\s*条?)?|共\\s*\\d+\\s*条(?:评论|留言|回复)'
const HEADING = new RegExp(`^(?:${BOX})\\s*[:：]?$`)
// The heading with the first comment run on after a space ("评论(1)  某某网友:写得很实在…", "精选留言　某某:点赞!"): a bare
// 评论 heads the box only with its count.
const GLUED_HEADING = new RegExp(`^(?:${BOX}|评论\\s?[(\\[]\\s?\\d+\\s?[)\\]])\\s+(?=[^\\s:：,，。;；]{1,12}\\s?[:：][^\\n]{2,80}$)`)
// The comment box's own prompt ("写下你的评论,文明发言", "说点什么吧"): the line alone goes.
const PROMPT = /^(?:(?:写下|发表|说说)(?:你|您)?的?(?:评论|看法|想法|观点)|说点什么|(?:文明|理性)发言)/
// The comment form itself on one line ("我要评论 昵称:[ ] 内容:[ ] [发表]").
const FORM = /^(?:我要评论|发表评论|网友评论|评论)\s*[:：]?\s*(?:昵称|用户名|姓名|内容|验证码)\s?[:：]/
const TRIM = /^[\s【\[「▼▽►▶•·■□●◆★☆-]+|[\s】\]」▼-]+$/g

// A reader's comment: a nickname, its colon, a short remark ("阿某:去年跟着协会去包饺子,今年还想报名!").
const COMMENT_LINE = /^[^\s:：,，。;；]{1,10}\s?[:：]/
const COMMENT_MAX = 80
const MAX_COMMENTS = 8

/** Only readers' comments follow the heading to the page's end (a few short lines, each a nickname and a remark). */
function onlyComments(texts: readonly string[], index: number): boolean {
  const rest = texts.slice(index + 1).filter((t) => t.trim() !== '')
  return rest.length > 0 && rest.length <= MAX_COMMENTS && rest.every((t) => t.length <= COMMENT_MAX && COMMENT_LINE.test(t.trim()))
}

export const commentSection: Rule = {
  id: 'boilerplate/comment-section',
  kind: 'boilerplate',
  description: "The heading of the readers' comments (评论区(共4条), 网友评论, 共8条评论, 发表评论): after the body, it and everything below go",
  scope: 'line',
  // It reviews beside the line model, so its cuts leave the model's training rows as they were.
  traits: { reviews: true },
  test: (block, doc) => {
    const text = block.folded.replace(TRIM, '')
    if (PROMPT.test(text) && text.length <= 24) return { reason: 'the prompt of a comment box' }
    if (FORM.test(text)) return { reason: 'the comment form' }
    if (!HEADING.test(text) && !GLUED_HEADING.test(text)) return undefined
    // After the body, or past its start right under lines cut as the page's (the share bar, 上一篇/下一篇:
    // the comments' own lines may read as a body's), the document has ended. Elsewhere the heading goes alone.
    const previousCut = underCutLine(block, doc)
    if (!afterBody(block) && !(block.index > block.firstBodyIndex && (previousCut || onlyComments(doc.texts, block.index)))) return { reason: 'the heading of a comment box' }
    return { reason: "the heading of the readers' comments: the document has ended", dropRest: true, restReason: 'readers\u2019 comments and the comment form after the document' }
  },
  examples: {
    drop: ['评论区(共4条)', '网友评论', '【全部评论】', '共8条评论', '发表评论:', '精选留言', '写下你的评论,文明发言', '说点什么吧…', '居民留言(共3条)', '我要评论 昵称:[ ] 内容:[ ] [发表] (评论需审核后显示)', '评论(2)  某某网友0412:写得很实在,已收藏。 2024-02-03', '精选留言　窗台上的绿萝:活动办得真好,点赞!'],
    keep: ['网友评论区管理规定已印发各单位。', '评论员文章', '共收集意见建议8条', '开设读者留言专栏一期', '评论员 某某:坚持问题导向,推动工作落实。'],
  },
}

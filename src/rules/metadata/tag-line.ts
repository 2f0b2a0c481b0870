import { GENRE_WORD } from '../../lexicon/genres.js'
import { HASHTAG, withoutLeadingEmoji } from '../../text/chars.js'
import { fold } from '../../text/fold.js'
import { outsideBody, tableRow } from '../match.js'
import type { Rule } from '../types.js'

// A page's keywords as a bare list outside the body: "镇政府,工作报告,2023". Three or more short
// items and no sentence; one of them a genre word, a year or a word of the title.
const ITEM = /^[\u4e00-\u9fffA-Za-z0-9]{2,8}$/
const YEAR = /^(?:19|20)\d{2}$/
// "标签:工作总结 德育 学校", "相关搜索:…|…": a keyword key with short items after it, anywhere on the page.
const KEYED = /^(?:(?:本文|文章|热门|相关)?(?:标签|关键词|关键字)|tags?|相关搜索|大家还搜|大家都在搜|热搜|热门搜索)\s?[:：]\s*(.+)$/i
const KEYED_ITEM = /^[^\s,、|，;；。]{1,12}$/
// "#工作总结 #德育": hashtags and nothing else; one alone when it names a topic in words ("#网格化治理").
const HASHTAGS = /^(?:#[^\s#]{1,12}#?\s*){2,}$|^#[\u4e00-\u9fff][^\s#]{1,11}#?$/
// A short-content platform's topic tags inside the text ("#重阳节活动[话题]#"), and a run of hashtags closing a line.
const TOPIC_TAG = /#[^#\s]{1,16}\[话题\]#/g
const CLOSING_HASHTAGS = new RegExp(`(?:\\s*${HASHTAG}){2,}\\s*$`)
// …or opening it ("#某某防汛# #汛期安全# 【…工作总结】").
const OPENING_HASHTAGS = new RegExp(`^\\s*(?:${HASHTAG}\\s*)+`)

export const tagLine: Rule = {
  id: 'metadata/tag-line',
  kind: 'metadata',
  description: "The page's keywords: a bare list before or after the body (镇政府,工作报告,2023), a keyword key with short items (标签:…, 相关搜索:…), hashtags",
  scope: 'line',
  // Furniture: a keyword line above the title ("关键词:…讲话稿,领导讲话,…") is no first paragraph, so the title under it is found.
  traits: { furniture: true },
  test: (block, doc) => {
    const keyed = KEYED.exec(withoutLeadingEmoji(block.folded.trim()))
    if (keyed && keyed[1]!.split(/\s*[,、|，;；\s]\s*/).filter(Boolean).every((i) => KEYED_ITEM.test(i))) return { reason: "the page's keywords" }
    if (HASHTAGS.test(block.folded.trim())) return { reason: "the page's hashtags" }
    const topics: [number, number][] = [...block.folded.matchAll(TOPIC_TAG)].map((m) => [m.index, m.index + m[0].length])
    const closing = CLOSING_HASHTAGS.exec(block.folded)
    if (closing && !topics.some(([s]) => s >= closing.index)) topics.push([closing.index, block.folded.length])
    const opening = OPENING_HASHTAGS.exec(block.folded)
    if (opening && !topics.some(([s]) => s < opening[0].length)) topics.push([0, opening[0].length])
    if (topics.length) return { reason: "the platform's topic tags", spans: topics.sort((a, b) => a[0] - b[0]) }
    const outside = outsideBody(block)
    const text = block.folded.trim()
    if (!outside || text.length > 48 || /[。!?;:]/.test(text) || tableRow(doc.texts, block.index)) return undefined
    const items = text.split(/\s*[,、|，]\s*/).filter(Boolean)
    if (items.length < 3 || !items.every((i) => ITEM.test(i))) return undefined
    const title = doc.title ? fold(doc.title) : ''
    const anchored = items.some((i) => YEAR.test(i) || new RegExp(`^${GENRE_WORD.source}$`).test(i) || (i.length >= 2 && title.includes(i)))
    return anchored ? { reason: "the page's keywords" } : undefined
  },
  examples: {
    title: '2023年镇政府工作报告',
    drop: ['#某某防汛# #汛期安全# 【某某县2023年主汛期防汛工作总结】', '这是我第三次策划#重阳节活动[话题]#,今年社区一起办', '欢迎大家评论区给我出主意～ #重阳节# #社区活动#', '🏷️ 标签:年终总结 / 班主任 / 乡村教育', '镇政府,工作报告,2023', '镇政府、工作报告、乡村振兴', '标签:工作总结 德育 学校', '本文标签:文明实践 社区总结 志愿服务总结', '相关搜索:德育工作总结|班主任工作总结', '#工作总结 #德育', '#网格化治理'],
    keep: ['一、加强组织领导', '语文、数学、英语三科成绩均有提高', '全镇共有18个村、3个社区', '关键词:立德树人,全年共开展主题班会120余次。'],
  },
}

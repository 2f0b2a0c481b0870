import { LIST_BULLETS } from '../../text/chars.js'
import { fold } from '../../text/fold.js'
import { markerLevel } from '../../text/markers.js'
import { isNewsHeadline, looksLikeTitle, stripSeo, titleKey } from '../../text/title.js'
import { afterBody } from '../match.js'
import type { Rule } from '../types.js'

// What a listed title carries besides itself: a bullet or list number before it, a category tag in
// brackets, and after it a date (12-30, 2023-05-06) or a readership (阅读 1.2万).
const LEAD = new RegExp(`^(?:[${LIST_BULLETS}\\-*]|\\d{1,2}[.、)]|[【\\[][^】\\]]{1,6}[】\\]])\\s*`)
const TRAIL = /\s*(?:\d{1,2}-\d{1,2}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?:阅读|浏览|下载)\s?[\d.]+[万wk]?|[\d.]+[万wk]?\s?(?:阅读|浏览|次阅读|人阅读|播放))\s*$/

// A site's list of its other news after the body: headlines behind a symbol bullet, the line beside one of them too
// ("· 某某县妇联召开2023年执委(扩大)会议" over "· 我县举办首期巾帼家政技能培训班"). A headline reports an event and is no sentence.
const SYMBOL_BULLET = new RegExp(`^[${LIST_BULLETS}]\\s*`)
function bulletedHeadline(line: string | undefined): boolean {
  const text = fold(line ?? '').trim()
  return SYMBOL_BULLET.test(text) && isNewsHeadline(text.replace(SYMBOL_BULLET, ''))
}

/** The title a related-list line names, or null when the line is not one such title. */
function listedTitle(line: string): string | null {
  const text = fold(line).trim()
  const bare = text.replace(LEAD, '').replace(TRAIL, '').trim()
  if (bare === text && !/[(（【][^)）】]*篇[)）】]/.test(text)) return null
  return looksLikeTitle(stripSeo(bare)) ? bare : null
}

export const relatedTitles: Rule = {
  id: 'related-list/related-titles',
  kind: 'related-list',
  description: "Titles of other documents after the body, listed the way a site lists them (a bullet or a tag before, a date, a readership or a count of pieces after: ▪ …述职报告范文 阅读 1.2万, …总结(通用10篇) 12-30)",
  scope: 'line',
  test: (block, doc) => {
    if (!afterBody(block) || markerLevel(block.text) > 0) return undefined
    const headline = bulletedHeadline(block.text) && [doc.texts[block.index - 1], doc.texts[block.index + 1]].some(bulletedHeadline)
    const title = headline ? fold(block.text).trim().replace(SYMBOL_BULLET, '') : listedTitle(block.text)
    if (title === null || (doc.titleKey !== '' && titleKey(title) === doc.titleKey)) return undefined
    return { reason: `title of another document listed after the body ("${title.slice(0, 30)}")` }
  },
  examples: {
    title: '2023年学校德育工作总结',
    context: ['本学年,我校坚持立德树人根本任务,扎实推进德育工作,全年组织主题班会120余次,学生文明素养明显提升。'],
    drop: ['▪ 财务科长述职报告范文 阅读 1.2万', '▪ 小学教导主任述职报告 8719阅读', '个人年终工作总结(通用10篇) 12-30', '[工作总结] 2024年上半年个人工作总结'],
    keep: ['四、存在的不足和今后的打算', '2023年12月28日', '城关第二中学', '附件:2024年德育工作计划'],
  },
}

import { hasSeoDecoration, looksLikeTitle, stripSeo } from '../../text/title.js'
import { TITLE_DECORATION } from '../../lexicon/genres.js'
import type { Rule } from '../types.js'

// A line that is nothing but decoration left over from a title ("最新范文2020", "工作总结").
const DECORATION_ONLY = new RegExp(`^(?:${TITLE_DECORATION}|(?:工作)?总结|(?:工作)?计划|合集|汇编)$`)

export const seoTitle: Rule = {
  id: 'duplicate-title/seo-title',
  kind: 'duplicate-title',
  description: "The site's SEO page title (最新2020年…范文大全, …(优质17篇), 有关…范文汇编9篇) and leftover title decorations",
  scope: 'line',
  test: (block) => {
    const text = block.folded.trim()
    if (DECORATION_ONLY.test(text)) return { reason: 'title decoration added by the site' }
    if (block.index > block.firstBodyIndex) return undefined
    if (looksLikeTitle(text) && hasSeoDecoration(text) && stripSeo(text).length >= 4) {
      return { reason: `site page title; the document's own title is "${stripSeo(text)}"` }
    }
    return undefined
  },
  examples: {
    drop: ['最新2021年妇联年度工作总结范文大全', '社区开展读书活动总结(优质12篇)', '有关植树节活动总结范文汇编6篇', '2022年最新农村饮水安全工作计划', '最新范文2021'],
    keep: ['2022年农村饮水安全工作计划', '一、工作目标'],
  },
}

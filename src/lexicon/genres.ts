/** Genre words that end a document title, and SEO decorations sites add to titles. */

/** Title endings, longest first so alternation prefers them. */
export const GENRE_WORDS = [
  '述职述廉报告', '述职报告', '工作总结', '活动总结', '年度总结', '年终总结', '演练总结', '调研报告', '工作汇报', '工作报告',
  '工作计划', '工作方案', '活动方案', '实施方案', '工作要点', '工作规划', '心得体会', '总结', '汇报', '报告', '计划',
  '方案', '规划', '要点',
] as const

/** Matches a genre word (longest alternatives first). */
export const GENRE_WORD = new RegExp(`(?:${GENRE_WORDS.join('|')})`)

/**
 * SEO decorations of a page title, as patterns: "最新2020年", "范文大全", "(优质17篇)",
 * "范文汇编9篇", "有关…", "精选…", "最新范文2020", "合集".
 */
export const SEO_TITLE_PARTS: readonly RegExp[] = [
  /^(?:有关|关于)/,
  /^最新(?:\d{4}年?)?/,
  /^\d{4}年?最新/,
  /(?:最新)?范文(?:大全|汇编|精选)?(?:\d{1,3}篇)?(?:\d{4})?$/,
  /[(\[【]?(?:优质|精选|通用|热门|推荐|实用|最新|优秀)\d{1,3}篇[)\]】]?$/,
  /(?:汇编|合集|大全|集锦)(?:\d{1,3}篇)?$/,
  /\d{1,3}篇$/,
  /(?:精选|优秀|经典)(?:范文|例文)?$/,
]

/** Variant labels of compilation pages: 篇一, 篇1, 第一篇, (一)? no: only page-level labels. */
export const VARIANT_SUFFIX = /(?:\s?篇\s?(?:[一二三四五六七八九十]{1,3}|\d{1,2})|[一二三四五六七八九十]|\d{1,2}|\s?\(\d{1,2}\)|\s?【\d{1,2}】)$/

/** SEO words sites glue after a title: "范文", "范文大全", "范文4篇", "最新范文2020". */
export const TITLE_DECORATION = '(?:(?:最新|精选|优秀)?范文(?:大全|汇编|精选)?(?:\\d{1,3}篇|\\d{4})?|\\d{4}最新范文)'

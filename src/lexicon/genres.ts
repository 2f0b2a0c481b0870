/** Genre words that end a document title, and SEO decorations sites add to titles. */

/** Title endings, longest first within each family so alternation prefers them. */
export const GENRE_WORDS = [
  '述职述廉报告', '述职报告', '工作总结', '活动总结', '年度总结', '年终总结', '演练总结', '调研报告', '工作汇报', '工作报告',
  '工作计划', '工作方案', '活动方案', '实施方案', '工作要点', '工作规划', '心得体会', '总结', '汇报', '报告', '计划',
  '方案', '规划', '要点',
  // A speech's title names the meeting it was given at ("在全县…动员会上的讲话"), or calls itself a manuscript.
  '上的讲话', '上的发言', '上的致辞', '上的主持词', '讲话稿', '发言稿', '演讲稿',
] as const

/** Matches a genre word (longest alternatives first). */
export const GENRE_WORD = new RegExp(`(?:${GENRE_WORDS.join('|')})`)

/** A shop's promise closing its listing of the file ("拍下自动发货"): no document's title ends so. */
export const SHOP_LISTING = /(?:拍下|付款后?|下单后?)(?:自动|秒|即)发货?$/

const COUNT = '(?:\\d{1,3}|[一二三四五六七八九十百]{1,4}|多|几)篇'

/**
 * SEO decorations a site adds to a document title, as patterns anchored at its start or end.
 * Strong ones (a count of documents, a file name, a question) never belong to a document's own
 * title; weak ones (最新, 范文, 精选) may: a title line carrying them is the title unless a
 * cleaner copy stands on the page. Key-only ones are dropped when titles are compared, never cut.
 */
export const SEO_TITLE_PARTS: readonly { readonly re: RegExp; readonly strength: 'strong' | 'weak' | 'key' }[] = [
  { re: /^(?:有关|关于)/, strength: 'key' },
  { re: /^最新(?:\d{4}年?)?/, strength: 'weak' },
  { re: /^\d{4}年?最新/, strength: 'weak' },
  { re: /\.(?:docx?|pdf|pptx?|wps|txt|xlsx?)$/i, strength: 'strong' },
  { re: /(?:怎么写|如何写|怎样写)(?:好)?$/, strength: 'strong' },
  { re: /(?:PPT|ppt)?模板$/, strength: 'strong' },
  { re: new RegExp(`[(\\[【][^()\\[\\]【】]{0,4}${COUNT}[^()\\[\\]【】]{0,3}[)\\]】](?:\\d{4})?$`), strength: 'strong' },
  { re: new RegExp(`(?:最新)?范文(?:(?:大全|汇编|精选|汇总)(?:${COUNT})?|${COUNT})(?:\\d{4})?$`), strength: 'strong' },
  { re: new RegExp(`(?:汇编|合集|大全|集锦|汇总|样例|范例|精选|通用|优质)${COUNT}(?:\\d{4})?$`), strength: 'strong' },
  { re: /(?:汇编|合集|大全|集锦)$/, strength: 'strong' },
  { re: new RegExp(`${COUNT}(?:\\d{4})?$`), strength: 'strong' },
  { re: /(?:最新)?范文(?:\d{4})?$/, strength: 'weak' },
  { re: /(?:精选|优秀|经典)(?:范文|例文)?$/, strength: 'weak' },
  { re: /最新$/, strength: 'weak' },
  { re: /(?:实用|必备|精华|精编)$/, strength: 'weak' },
  // A short tag in brackets before or after the title ("【精品】…", "…【优秀】", "[推荐]…"), a version or a
  // kind of file after it ("… 完整版", "… PPT课件", "…模板-docx", "…(word版)"), a doc site's name after a
  // bar, dash or underscore ("… - 某某文库", "…_某某范文网", "…|范文大全").
  { re: /^[【\[](?:精品|推荐|优秀|精选|原创|热门|最新|置顶|免费|VIP|荐){1,2}[】\]]/, strength: 'strong' },
  // …or the site's name and its column in one bracket before the title ("『某某阁·年终必备』…").
  { re: /^[【\[『〖「][^【】\[\]『』〖〗「」·・|｜]{2,8}[·・|｜][^【】\[\]『』〖〗「」]{2,8}[】\]』〗」]/, strength: 'strong' },
  { re: /[【\[(（](?:(?:精品|推荐|优秀|精选|原创|热门|最新|免费|通用){1,2}(?:范文|例文)?|word版|WORD版|可编辑|完整版)[】\])）]$/, strength: 'strong' },
  { re: /^[【\[](?:可编辑|可修改)(?:word|WORD|Word|版)?[】\]]/, strength: 'strong' },
  { re: /\s?(?:完整版|PPT课件|课件|(?:word|WORD|Word)版|可编辑版?)$/, strength: 'strong' },
  // An online shop's listing of the file ("… 原创精品 拍下自动发货").
  { re: new RegExp(`\\s(?:原创精品\\s?)?${SHOP_LISTING.source}`), strength: 'strong' },
  { re: /\s?[-_|｜]\s?(?:docx?|pdf|pptx?)$/i, strength: 'strong' },
  { re: /\s?[-_|｜—–]{1,2}\s?[^\s\-_|｜—–]{0,10}(?:网|站|吧|文库|文档|百科|范文|范文大全|资料)$/, strength: 'strong' },
  // After the site's count of its documents in brackets a dash leads to the site's name, whatever it is ("…总结(精选2篇) - 某某池").
  { re: /(?<=篇[)）】\]])\s?[-—–]{1,2}\s?[^\s\-_|｜—–]{2,10}$/, strength: 'strong' },
  // After the genre word (and the site's bracket on it) an underscore or a bar leads only to the site's or the channel's name
  // ("…工作总结_某某融媒", "…活动总结(精选3篇)_某某楼"); a
  // dash may lead to a subtitle (——以党建带妇建) and needs the site word above.
  // (The separator is matched first and the genre word looked behind it: a lookbehind tried at every position is slow.)
  { re: new RegExp(`[_|｜](?<=(?:${GENRE_WORD.source})\\s?(?:[(（【\\[][^()（）【】\\[\\]]{1,8}[)）】\\]])?\\s?[_|｜])\\s?[^\\s_|｜]{2,10}(?:\\s?[_|｜]\\s?[^\\s_|｜]{2,10}){0,3}$`), strength: 'strong' },
  // A publishing year glued after the genre word ("…活动方案2022"); a year inside a title precedes it.
  { re: /(?<=[\u4e00-\u9fff])(?:19|20)\d{2}$/, strength: 'weak' },
]

const NUMBER = '(?:[一二三四五六七八九十]{1,3}|\\d{1,2})'

/** Variant labels after a title on compilation pages: …篇一, … 篇1, …【第一篇】, …(范文二), … 范文3, …(1), …例1, …一, …1. */
export const VARIANT_SUFFIX = new RegExp(
  `(?:\\s?篇\\s?${NUMBER}|\\s?篇\\s?[(（]\\d{1,2}[)）]|\\s?第${NUMBER}篇|\\s?[【\\[(（]第?${NUMBER}篇?[】\\])）]|\\s?[【\\[(（](?:精选|优选|推荐)?篇\\s?${NUMBER}[】\\])）]|\\s?[【\\[(（](?:精选|参考|优秀|推荐)?(?:范文|例文|范本|模板)\\s?${NUMBER}[】\\])）]|\\s(?:精选|参考|优秀)?(?:范文|例文|范本|模板)\\s?${NUMBER}|\\s?例\\s?\\d{1,2}|[一二三四五六七八九十]|\\d{1,2})$`,
)

/**
 * Variant labels before a title or alone: 篇一:…, 第1篇 …, 篇一:《…》, 【篇一】, 【精选第一篇】, 范文二, 精选范文一, 例文1:, 参考范文(三), 第二篇·乡镇站所类,
 * and a site's own decorated label ("✦ 精选范本 No.1 ✦", "★范文#2").
 */
export const VARIANT_PREFIX = new RegExp(
  `^(?:[【\\[〖〔]\\s?|[\\p{S}\\p{Pd}]{1,3}\\s?)?(?:(?:(?:精选|参考|优秀|推荐)?(?:范文|例文|模板|范本|样文|版本|篇))\\s?(?:${NUMBER}|[(（]${NUMBER}[)）]|No\\.?\\s?\\d{1,2}|#\\d{1,2})|(?:精选|参考|优秀|推荐)?第\\s?${NUMBER}\\s?篇)(?:\\s?[】\\]〗〕])?(?:\\s?[·・|｜]\\s?[\\u4e00-\\u9fff]{2,8}(?:类|版))?(?:\\s?[(（][^()（）]{1,30}[)）])?(?:\\s?[\\p{S}\\p{Pd}]{1,3})?\\s?[::、.]?\\s?`,
  'iu',
)

/**
 * A variant label between the page's title and the document's ("2024年社区工作计划 篇二:某某社区2024年工作计划",
 * "幼儿园年度总结·甄选篇②|某某幼儿园2023年度工作总结").
 */
export const VARIANT_INFIX = new RegExp(`^(.{4,40}?)(?:[·・\\s]?(?:精选|甄选|优选|推荐|优秀))?\\s?篇\\s?(?:${NUMBER}|[①-⑳])\\s?[:：|｜丨]\\s?(?=\\S)`)

/** SEO words sites glue after a title: "范文", "范文大全", "范文4篇", "最新范文2020". */
export const TITLE_DECORATION = '(?:(?:最新|精选|优秀)?范文(?:大全|汇编|精选)?(?:\\d{1,3}篇|\\d{4})?|\\d{4}最新范文)'

import { SHOP_LISTING, TITLE_DECORATION } from '../../lexicon/genres.js'
import { FRAME_MARKS, HAN } from '../../text/chars.js'
import { bigramDice } from '../../text/compare.js'
import { fold } from '../../text/fold.js'
import { decorations, looksLikeTitle, stripSeo, titleKey } from '../../text/title.js'
import { INTRO_CUES } from '../../lexicon/boilerplate.js'
import type { Cut, DocFacts, Rule, RuleBlock } from '../types.js'

// A line that is nothing but decoration left over from a title ("最新范文2020", "工作总结").
const DECORATION_ONLY = new RegExp(`^(?:${TITLE_DECORATION}|(?:工作)?总结|(?:工作)?计划|合集|汇编)$`)
// Decorations no document title carries: a question about writing one, a file name, a template, a shop's listing.
const NEVER_TITLE = new RegExp(`怎么写|如何写|怎样写|\\.(?:docx?|pdf|pptx?|wps|txt|xlsx?)$|${SHOP_LISTING.source}`, 'i')
// A template label on the only title line ("…计划PPT模板"): the label goes, the title stays.
const TEMPLATE_LABEL = /(?:PPT|ppt|Word|word|WORD)?模板$/
const COUNT = /篇(?:精编|精选|合集|汇编)?[)\]】]?(?:\d{4})?$/
// A count of documents inside one of the title's decorations, the site's name after it ("…(精选3篇)_某某楼").
const PIECE_COUNT = /[\d一二三四五六七八九十两]{1,2}篇/

// Decorations that title a page listing several documents ("(优质17篇)", "范文大全"): the labels of
// those documents then carry the title. A bare count ("乡村扶贫工作总结十篇") may be the title itself.
const PAGE_LISTING = /[)\]】]$|大全|合集|汇编|汇总/

/**
 * Another line of the page carries the same title without decoration (or the body opens with it);
 * for a page-listing title, a variant label's bare title counts too.
 */
function cleanerCopy(block: RuleBlock, doc: DocFacts, key: string, bare: string, listing: boolean): boolean {
  for (let j = 0; j < doc.texts.length; j++) {
    if (j === block.index) continue
    const line = doc.stats.titleLine(j)
    if (!line || line.decorated || line.key !== key) continue
    if (line.variant ? listing : j <= block.firstBodyIndex + 2) return true
  }
  const first = doc.texts[block.firstBodyIndex]
  return first !== undefined && fold(first).startsWith(bare)
}

/** The page's variant labels name documents of another title (the line titles the page, not them). */
function labelsNameOthers(block: RuleBlock, doc: DocFacts, key: string): boolean {
  let labels = 0
  for (let j = block.index + 1; j < doc.texts.length; j++) {
    const line = doc.stats.titleLine(j)
    if (!line?.variant) continue
    labels++
    if (line.key === key) return false
  }
  return labels > 0
}

// A template site's word for its listing ("…工作计划_安全生产计划范文大全", "…禁毒工作总结范文-精选").
const LISTING_WORD = /范文|范本|大全|精选|[(（【\[]通用\d{0,2}篇?/
const TITLE_PARTS = /[_|｜\-—]/
const SENTENCE_MARK = /[。,，;；!！?？]/
const GENRE_TAIL = 4
const MAX_SEO_LINE = 40

/**
 * A line above the document's title naming the same kind of document under the site's listing word: the page
 * title the site wrote for it, generic where the document's is its own ("2025年企业安全生产工作计划_…范文大全"
 * over "某某机械有限公司2025年安全生产工作计划"). Its first part ends as the title does (工作计划, 禁毒工作总结).
 */
function genericCopyAbove(text: string, block: RuleBlock, doc: DocFacts): boolean {
  if (!doc.title || doc.titleIndex <= block.index || text.length > MAX_SEO_LINE || SENTENCE_MARK.test(text)) return false
  const listing = LISTING_WORD.exec(text)
  if (!listing) return siteTitledCopy(text, doc)
  const head = text.slice(0, listing.index).split(TITLE_PARTS)[0]!.trim().replace(YEAR_OR_NEWEST, '')
  const title = fold(doc.title).trim()
  return head.length > GENRE_TAIL && title.length > GENRE_TAIL && head.endsWith(title.slice(-GENRE_TAIL))
}

// The site's name after the last separator of its page title ("三八妇女节活动总结2022最新 - 某某文苑", "…工作总结(2023)- 某某阁").
// The name may carry its Latin spelling ("… - 某某铺 moumoupu"); a hyphen without spaces leads to it too ("…工作要点-某某大学某某学院").
const SITE_AFTER_PARTS = /\s?[-—|｜]\s[\u4e00-\u9fffA-Za-z]{2,8}(?:\s[A-Za-z0-9.]{2,20})?$|_[\u4e00-\u9fffA-Za-z]{2,8}$|(?<=[\u4e00-\u9fff])-[\u4e00-\u9fff]{2,16}$/
const SITE_COPY_SIMILAR = 0.6
const YEAR_OR_NEWEST = /(?:19|20)\d{2}(?:年)?(?:最新)?$|最新$|[(（](?:19|20)\d{2}年?[)）]$/

/**
 * A page title of the site's own making above the document's title: the kind of document, a year or 最新, and the
 * site's name after a separator ("三八妇女节活动总结2022最新 - 某某文苑" over "某某县妇联2022年…活动总结").
 */
function siteTitledCopy(text: string, doc: DocFacts): boolean {
  const site = SITE_AFTER_PARTS.exec(text)
  if (!site || !doc.title) return false
  const head = text.slice(0, site.index).split(TITLE_PARTS)[0]!.trim().replace(YEAR_OR_NEWEST, '')
  const title = fold(doc.title).trim()
  // …or it reads nearly as the title ("社区居委会年度工作总结(2023)- 某某阁" over a compilation titled "社区居委会年度总结范文").
  return head.length > GENRE_TAIL && title.length > GENRE_TAIL && (head.endsWith(title.slice(-GENRE_TAIL)) || bigramDice(titleKey(head), doc.titleKey) >= SITE_COPY_SIMILAR)
}

// The site's question glued after the document's title ("…读书日系列活动总结 图书馆读书日活动总结怎么写?看看这篇范文就知道了").
const HOW_TO_WRITE = /怎么写|如何写|怎样写/
const HOW_TO_REACH = 40
const MIN_TITLE = 6

/** Where the question glued after a title starts (the title ends there on a genre word), or -1. */
function howToWriteTail(text: string): number {
  const q = HOW_TO_WRITE.exec(text)
  if (!q || q.index < MIN_TITLE || text.length - q.index > HOW_TO_REACH) return -1
  for (let p = MIN_TITLE; p <= q.index; p++) {
    if (looksLikeTitle(text.slice(0, p)) && q.index - p <= HOW_TO_REACH / 2) return p
  }
  return -1
}

/** The site's decorated copy of the title, when the page has the document's own (the rule's first reading). */
// The title framed by the site's marks ("★2026年某某教学工作计划★") above the document's own, worded nearly as it is.
const FRAMED = new RegExp(`^([${FRAME_MARKS}]{1,3})\\s*([^${FRAME_MARKS}]{4,40}?)\\s*\\1$`)
const FRAMED_SIMILAR = 0.6
// How near a listing page's title must be worded to the first listed document's own title.
const LISTED_SIMILAR = 0.4

const SITE_AFTER = /^\s?[-_|｜—–]\s?\S/
const BRACKETED_LABEL = /^\s?[【\[(（〔].{1,12}[】\])）〕]$/
function decoratedTitle(text: string, block: RuleBlock, doc: DocFacts): Cut | undefined {
  if (block.index === doc.titleIndex) return undefined
  if (genericCopyAbove(text, block, doc)) return { reason: `site page title over the document's own title "${doc.title}"` }
  const framed = FRAMED.exec(text)
  if (framed && doc.titleIndex > block.index && looksLikeTitle(framed[2]!) && bigramDice(titleKey(framed[2]!), doc.titleKey) >= FRAMED_SIMILAR) {
    return { reason: `the site's framed copy of the document's title "${doc.title}"` }
  }
  const cut = decorations(text).filter((d) => d.strength !== 'key')
  // The page's title, the site's name after a separator, over the document's own title line: the site's, whatever its
  // words ("【精选文档】某某局巡察反馈意见整改情况报告 - 某某网" over "关于…整改情况的报告").
  const siteNamed = cut.some((d) => d.strength === 'strong' && SITE_AFTER.test(text.slice(d.start, d.end)))
  if (siteNamed && doc.titleIndex > block.index && doc.titleIndex <= block.firstBodyIndex) return { reason: `site page title over the document's own title "${doc.title}"` }
  const bare = stripSeo(text)
  if (cut.length === 0 || bare.length < 4 || !looksLikeTitle(text)) return undefined
  const key = titleKey(bare)
  const why = `site page title; the document's own title is "${bare}"`
  const listing = cut.some((d) => d.strength === 'strong' && PAGE_LISTING.test(text.slice(d.start, d.end)))
  if (NEVER_TITLE.test(text) || cleanerCopy(block, doc, key, bare, listing)) return { reason: why }
  const template = TEMPLATE_LABEL.exec(text)
  if (template) return { reason: 'template label the site added to the title', spans: [[template.index, template.index + template[0].length]] }
  // A count of documents over a compilation whose labels name another title.
  // The count may stand in a decoration before the site's name ("…活动总结(精选两篇)-某某写作网").
  const counted = COUNT.test(text) || COUNT.test(bare) || cut.some((d) => PIECE_COUNT.test(text.slice(d.start, d.end)))
  if (counted && labelsNameOthers(block, doc, key)) return { reason: `${why}; the page lists other documents` }
  // A count of documents over the first one's own title, worded near it ("…动员会上的讲话(精选3篇)" over "在某某村…动员
  // 大会上的讲话"): the line titles the page's listing, the line under it the document.
  if (counted && listing && doc.titleIndex > block.index && doc.titleIndex <= block.firstBodyIndex && bigramDice(key, doc.titleKey) >= LISTED_SIMILAR) {
    return { reason: `site page title listing documents, over the first one's own title "${doc.title}"` }
  }
  // Otherwise the decorated line is the only title the page has: it stays, but for the site's bracketed label closing
  // it ("…保教工作计划【精选3篇】"), which goes alone when no other title stands under it before the body (the line
  // classifier reads that page's decorated line whole).
  const last = cut[cut.length - 1]!
  const closing = text.slice(last.start, last.end)
  const titleBelow = doc.texts.slice(block.index + 1, block.firstBodyIndex).some((t) => looksLikeTitle(t))
  if (last.strength === 'strong' && last.end === text.length && BRACKETED_LABEL.test(closing) && !COUNT.test(text.slice(0, last.start)) && !titleBelow) {
    const lead = block.folded.length - block.folded.trimStart().length
    return { reason: 'the label the site added to the title', spans: [[lead + last.start, block.folded.length]] }
  }
  return undefined
}

/**
 * The site's question about writing such a document ("…怎么写?求一份范本"): glued after the title only the question goes;
 * apart from the document's own title the whole line. An intro in the site's voice ("…怎么写?下面是关于…,仅供参考!")
 * is the template-intro rules'.
 */
function questionAfterTitle(text: string, block: RuleBlock, doc: DocFacts): Cut | undefined {
  const question = howToWriteTail(text)
  if (question < 0 || INTRO_CUES.some((cue) => text.includes(cue))) return undefined
  if (doc.titleIndex >= 0 && doc.titleIndex !== block.index) return { reason: "the site's question about writing such a document" }
  // `text` is the trimmed line: its offsets count from the line's first character that is not a space.
  const lead = block.folded.length - block.folded.trimStart().length
  return { reason: "the site's question about writing such a document, glued after the title", spans: [[lead + question, block.folded.length]] }
}

export const seoTitle: Rule = {
  id: 'duplicate-title/seo-title',
  kind: 'duplicate-title',
  description: "The site's SEO page title (…(精选8篇), …汇总十篇, ….docx, …怎么写) when the page has the document's own title; leftover decorations",
  scope: 'line',
  test: (block, doc) => {
    const text = block.folded.trim()
    // Decoration beside a document; a page that holds nothing else keeps it (it is all there is).
    if (DECORATION_ONLY.test(text)) return doc.texts.some((t, i) => i !== block.index && HAN.test(t)) ? { reason: 'title decoration added by the site' } : undefined
    if (block.index > block.firstBodyIndex) return undefined
    return decoratedTitle(text, block, doc) ?? questionAfterTitle(text, block, doc)
  },
  examples: {
    context: ['2021年妇联年度工作总结', '一年来,在县委的正确领导下,县妇联紧紧围绕中心工作,开展了丰富多彩的活动。'],
    drop: ['最新2021年妇联年度工作总结范文大全', '2021年妇联年度工作总结(优质12篇)', '2021年妇联年度工作总结怎么写', '2021年妇联年度工作总结.docx', '最新范文2021',
      '2021年妇联年度工作总结【优秀】', '【精品】2021年妇联年度工作总结', '2021年妇联年度工作总结 完整版', '2021年妇联年度工作总结 - 某某文库', '2021年妇联年度工作总结_某某范文网', '2021年妇联年度工作总结 - 某某驿站', '2021年妇联年度工作总结_云上某某', '2021年妇联年度工作总结_某某科技_软件研发_年终述职', '2024年某某镇中心幼儿园保教工作计划【精选3篇】', '【可编辑Word】2021年妇联年度工作总结 原创精品 拍下自动发货'],
    keep: ['2022年农村饮水安全工作计划', '一、工作目标', '2021年妇联年度工作总结——以党建带妇建'],
  },
}

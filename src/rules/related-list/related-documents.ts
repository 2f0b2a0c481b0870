import { RELATED_HEADINGS } from '../../lexicon/boilerplate.js'
import { CELL_BARS, LIST_BULLETS } from '../../text/chars.js'
import { fold } from '../../text/fold.js'
import { leadingMarker } from '../../text/markers.js'
import { isNewsHeadline } from '../../text/title.js'
import { wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

const HEADINGS = new Set<string>(RELATED_HEADINGS)
// "相关文档推荐", "相关阅读:": a short line opening with a list heading.
// A channel may name itself before the heading ("健康科普 · 猜你喜欢").
const HEAD_START = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,6}\\s?[·•|｜]\\s?)?(?:${wordAlternation(RELATED_HEADINGS)})(?:的[\\u4e00-\\u9fff]{1,5})?(?:[::]|推荐|列表|排行榜?|\\(\\d+\\))?$`)
// Whatever a site calls its box of links, it is a qualifier and a kind of item ("相关资源", "最新课件", "更多相关").
const HEAD_SHAPE = /^(?:(?:(?:相关|相似|类似|关联|更多|更多相关|本版其他|本版更多|本期其他)[\u4e00-\u9fff]{0,3}?|热门|热点|最新|精选|同类|本类|同栏目|本栏目|同专题|同分类)(?:课程|栏目|链接|文档|文章|资源|范文|阅读|内容|资料|下载|专题|问题|课件|试卷|试题|作品|模板|素材|帖子|新闻|资讯|报道|稿件|链接|连结|推荐)(?:推荐|列表|下载)?|更多相关|相关(?:信息|解读|报道)|(?:往期|热点|热门|精彩)(?:推荐|排行|回顾|精选|精彩|文章)|(?:猜你|猜您)还?(?:想看|喜欢|爱看|感兴趣)|更多[\u4e00-\u9fff]{0,6}(?:心得体会|总结|范文|计划|报告|讲话稿?|方案|文章|资料)|(?:你|您)(?:可能|也许)?(?:也|还)?(?:需要|喜欢|想看|感兴趣|在找|在看|在搜|想找)|(?:大家|网友|用户|他们)(?:还|都|也)?在(?:搜|看|找)|(?:博主|作者)?(?:近期|最新|热门|其他|更多)(?:博文|日志|文章|作品))$/
/** "看了…的人还看了", "更多“工作总结”相关文章": readers of this page read these too, whatever the title in it. */
const ALSO_READ = /^(?:(?:看了|读了|浏览了|看过|喜欢).{1,60}的人?(?:还|也)(?:看了|读了|喜欢|在看|看过)|更多.{0,24}相关(?:文章|文档|范文|内容|阅读)|[【\[]?.{2,40}[】\]]\s?相关(?:文章|文档|范文|内容|阅读|推荐)|[\u4e00-\u9fff“”"]{2,30}(?:总结|计划|报告|方案|范文|心得|体会|讲话)相关(?:文章|文档|范文|内容|阅读|推荐))$/
// Arrows and pointing hands around a heading point at the list ("👇往期精彩👇", "▼相关推荐").
// A box's heading with its link to more ("通知公告 更多>>", "裁判文书 >>更多"): a list of the site's links follows, whatever the box is called.
const MORE_LINK = /^([\u4e00-\u9fffA-Za-z\s]{2,12}?)\s*(?:>>\s?更多|更多\s?(?:>>|>|»|›|＞)|查看更多|更多\s?\+|\+\s?更多|MORE\s?(?:>>|\+)?)$/i
// What decorates a heading's start (brackets, bullets, arrows, bars, a pointing hand).
const LEAD = '[\\s【\\[(「▼▽►▶•·■□●◆★☆↓⬇▍▌█\\u{1F447}\\u{1F525}]+'
const TRIM = new RegExp(`^${LEAD}|[\\s】\\])」::>»▼↓⬇—\\u{1F447}]+$`, 'gu')
const LEADING = new RegExp(`^${LEAD}`, 'u')
// The site's count of a listed document's pages in brackets ("(4页)", "(共12页)"): a class body closes it, so a `?` after it
// makes the closing bracket optional.
const PAGES_IN_BRACKETS = '[(（]\\s?(?:共\\s?)?\\d{1,4}\\s?页\\s?[)）]'
/** A heading and what follows its colon, or its first bulleted item, on the same line. */
// (A long line loses the space before its first bullet to the normalizer: "相关推荐· 某某分析(4页) ·…".)
// A heading may stand before its items with a space only when bars part them ("相关文档 某某方案 | 某某计划 | …"), a bar
// maybe before the first too ("往期推荐 ▏某某会议 ▏某某活动").
const INLINE_LIST = new RegExp(`^([^:：]{2,20}?)(?:[:：]|\\s*(?=[${LIST_BULLETS}])|\\s?(?:→|➤|>>|»)\\s?|\\s(?=[${CELL_BARS}]?[^${CELL_BARS}]{2,40}\\s?[${CELL_BARS}])|\\s+(?=\\d{4}-\\d{1,2}-\\d{1,2})|\\s+(?=[^\\s:：]{2,40}?${PAGES_IN_BRACKETS}))\\s?(.+)$`)
const ITEM_BAR = new RegExp(`\\s?[${CELL_BARS}/${LIST_BULLETS}]\\s?|\\s{2,}|　`)
// A box of the site's latest news on one line ("最新动态:· 学院召开…部署会 · 材料系举办…比赛"): alone, "最新动态" may head the
// document's own section; with two or more headlines after it, it is the box.
const NEWS_BOX = /^(?:最新|近期|热点|热门)(?:动态|新闻|资讯|要闻|通知|公告)$/
function listedHeadlines(rest: string): boolean {
  const items = rest.replace(ITEM_LEAD, '').split(ITEM_BAR).map((t) => t.trim()).filter(Boolean)
  return items.filter((t) => isNewsHeadline(t)).length >= 2
}
// Items stamped with their days ("…部署会(09-01);全县新增学位2160个(08-28)", "2024-01-18 某某召开…"): a list of news, whatever parts them.
// (The line's closing bracket is trimmed with its other trailing marks.)
const ITEM_DAY = /[(（]\d{1,2}-\d{1,2}(?:[)）]|$)|(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)/g
// …or one headline, its day after it ("某某图书馆推出“城市书房”24小时服务 2023-12-29").
const DATED_ITEM = /^[^。;；!?！？]{6,40}\s(?:\d{4}-\d{1,2}-\d{1,2}|[(（]\d{1,2}-\d{1,2}[)）]?)$/
const datedItems = (rest: string): boolean => (rest.match(ITEM_DAY)?.length ?? 0) >= 2 || DATED_ITEM.test(rest.trim())

/** The titles of documents: two or more between bars, or one naming a genre (总结, 计划, 述职 …), and no sentence. */
function listedTitles(rest: string): boolean {
  if (QUESTION_TITLE.test(rest.trim())) return true
  // Related questions between bars, some with their question marks ("…转正申请怎么写? · …年终总结范文 · …岗位职责有哪些").
  const items = rest.split(ITEM_BAR).map((t) => t.trim()).filter((t) => t.length >= 4)
  if (items.length >= 2 && items.some((t) => LISTED_QUESTION.test(t))) return true
  if (FULL_STOP.test(rest)) return false
  const title = rest.replace(ITEM_LEAD, '').replace(READ_COUNT, '').replace(PAGE_COUNT, '').trim()
  return rest.split(ITEM_BAR).filter((t) => t.trim().length >= 4).length >= 2 || GENRE_TITLE.test(title) || QUOTED_TITLE.test(title) || isNewsHeadline(title)
}
// A listed item's bullet before it and the site's count of its pages after it ("· 某某活动总结(4页)").
const ITEM_LEAD = new RegExp(`^[\\s${LIST_BULLETS}-]+`)
// (The line's closing bracket may have been trimmed with its other trailing marks: the last bracket is optional here.)
const PAGE_COUNT = new RegExp(`\\s?${PAGES_IN_BRACKETS}?$`)
// …and how many read or downloaded it ("… 2.1万人阅读", "… 876次下载").
const READ_COUNT = /\s?[\d.,]+\s?[万千]?\s?(?:人|次)?(?:阅读|已读|下载|浏览|看过)$/

// A document named in title marks, with what the link adds ("《某某三年行动方案》图文解读", "图解《某某重点工作清单》").
const QUOTED_TITLE = /^[\u4e00-\u9fff]{0,4}《[^《》]{4,40}》[\u4e00-\u9fff]{0,6}$/
// A related question on a Q&A page ("社区清明节活动总结范文有哪些?").
const QUESTION_TITLE = /(?:怎么写|如何写|有哪些|怎么做|是什么)[?？]$/
const LISTED_QUESTION = /(?:怎么写|如何写|有哪些|怎么做|是什么)[?？]?$/
const GENRE_TITLE = /(?:总结|计划|报告|方案|策划|范文|述职|心得|体会|讲话|致辞|汇报)(?:\d{4}|范文|模板|精选|大全|[(（]?(?:通用|精选)?\d*篇?[)）]?)?$/
// A paragraph of the document: long, with a full stop inside (a listed title has none).
const PARAGRAPH_MIN = 24
const FULL_STOP = /[。;；!?！？]/

/**
 * A paragraph after line `index` goes on with the outline of the text before it ("二是…" after "一是…",
 * "三、" after "二、"): the heading is a box set inside the document, not the list that ends it.
 */
function outlineGoesOn(texts: readonly string[], index: number): boolean {
  const highest = new Map<string, number>()
  for (let i = 0; i < index; i++) {
    const m = leadingMarker(texts[i] ?? '')
    if (m && !m.style.startsWith('bullet')) highest.set(m.style, Math.max(highest.get(m.style) ?? 0, m.n))
  }
  if (highest.size === 0) return false
  for (let i = index + 1; i < texts.length; i++) {
    const t = texts[i] ?? ''
    const m = leadingMarker(t)
    if (!m || highest.get(m.style) !== m.n - 1) continue
    // The next heading of a Chinese-numbered outline ("二、…" after "一、…") goes on with the document whatever its length.
    if ((t.length >= PARAGRAPH_MIN && FULL_STOP.test(t)) || m.style === 'cn-dun') return true
  }
  return false
}

// A listed title makes no sentence (a question title ends in "?"); a paragraph does.
const PARAGRAPH_STOP = /[。;；]/

/**
 * The line right after the heading may open a list of other documents: it is no paragraph (a title's
 * length or more, with a full stop or semicolon). A paragraph there ("二、…。全年共…") says the heading was a box set
 * inside the document.
 */
function listFollows(texts: readonly string[], index: number): boolean {
  const next = texts.slice(index + 1).find((t) => t.trim() !== '')
  return next === undefined || next.trim().length < PARAGRAPH_MIN || !PARAGRAPH_STOP.test(next)
}

// An item of a box set inside the document: a short line with no sentence, bulleted or numbered in a circle, or
// naming a genre ("· 工会个人年度述职报告范文", "① 物流公司年终总结及来年计划").
const ITEM_MAX = 40
const ITEM_BULLET = /^[·•▪◦\-*>»▸►▶]\s?|^[\u2460-\u2473]\s?/
const isBoxItem = (t: string): boolean => {
  const line = t.trim()
  return line.length > 0 && line.length <= ITEM_MAX && !FULL_STOP.test(line) && (ITEM_BULLET.test(line) || GENRE_TITLE.test(line))
}

/** The line is an item of a box of other documents whose heading stands a few items above it, inside the document. */
function underBoxHeading(texts: readonly string[], index: number, isHeading: (t: string) => boolean): boolean {
  if (!isBoxItem(fold(texts[index] ?? ''))) return false
  for (let i = index - 1; i >= 0; i--) {
    const t = fold(texts[i] ?? '')
    if (isHeading(t.replace(TRIM, ''))) return true
    if (!isBoxItem(t)) return false
  }
  return false
}

export const relatedDocuments: Rule = {
  id: 'related-list/related-documents',
  kind: 'related-list',
  description: 'Trailing lists of other documents (相关文档, 最新文档, 猜你喜欢, 相关推荐) and everything after them',
  scope: 'line',
  test: (block, doc) => {
    const text = block.folded.replace(TRIM, '')
    // Only after some body: the same words in a page header are navigation, not a list end.
    const isHeading = (t: string) => HEADINGS.has(t) || (t.length <= 12 && HEAD_START.test(t)) || HEAD_SHAPE.test(t) || ALSO_READ.test(t)
    // "相关文档:社区年度工作总结精选10篇 | 2024社区工作计划模板": the heading and its list on one line.
    const inline = INLINE_LIST.exec(text)
    if (block.index > block.firstBodyIndex && underBoxHeading(doc.texts, block.index, isHeading)) return { reason: 'an item of a box of other documents set inside the document' }
    const heading = isHeading(text) || (inline !== null && isHeading(inline[1]!.replace(TRIM, '')) && (listedTitles(inline[2]!) || datedItems(inline[2]!))) ||
      (inline !== null && NEWS_BOX.test(inline[1]!.replace(TRIM, '')) && listedHeadlines(inline[2]!)) || MORE_LINK.test(block.folded.replace(LEADING, '').trim())
    if (!heading) return undefined
    // In the page head the same heading is a box of links beside the document: the heading alone goes.
    if (block.index <= block.firstBodyIndex) return { reason: `heading of a list of other documents ("${text}") in the page head` }
    if (outlineGoesOn(doc.texts, block.index) || !listFollows(doc.texts, block.index)) {
      return { reason: `heading of a box of other documents ("${text}") inside the document, whose text goes on after it` }
    }
    return { reason: `list of other documents ("${text}") ends the document`, dropRest: true }
  },
  examples: {
    drop: ['相关文档', '相关新闻:县教育局召开秋季开学工作部署会(09-01);全县新增学位2160个(08-28)', '相关新闻 2024-01-18 某某物流召开年度总结表彰大会 2024-01-09 公司新一代仓储管理系统上线', '喜欢此内容的人还喜欢:五四青年节表彰名单公布 丨 “青听”夜校秋季班开始报名', '相关文档 社区垃圾分类宣传活动方案 | 街道环境整治工作计划 | 物业管理年度工作总结范文', '最新动态:· 学院召开年度工作部署会 · 材料系举办青年教师讲课比赛', '相关解读:图解《某某县重点工作清单》', '猜你喜欢:', '【相关推荐】', '相关资源', '更多相关:', '最新课件推荐', '相關連結', '热点推荐', '你可能还需要:', '往期推荐', '热点排行', '你可能也喜欢', '猜你还想看:', '更多培训心得体会:', '相关信息:', '【相关解读】', '看了社区年度工作总结的人还看了:', '看了本文的还看了', '▼相关推荐', '热门排行', '更多“工作总结”相关文章', '相关稿件:', '猜你感兴趣', '👇👇往期精彩👇👇', '相关文档:社区年度工作总结精选10篇 | 2024社区工作计划模板', '猜你喜欢:小学教导主任述职报告', '相关双语范文', '本版其他文章', '更多政务资讯', '【2024年社区工作计划(精选5篇)】相关文章:', '相关稿件:▸ 某某支行开展反诈宣传进集市活动 ▸ 总行召开二季度经营分析会', '相似文档推荐:', '相关课程', '▍通知公告　　　　更多>>', '裁判文书 >>更多', '相关栏目:工作总结　个人述职　述廉报告　年终总结', 'Related documents: 2023年供销社工作计划 | 上半年工作总结范文5篇', '相关解读:《某某县高标准农田建设三年行动方案》图文解读', '关联文档:2023年第二季度安全生产工作总结', '往期推荐:某某镇召开2023年度“三八”红旗手表彰大会', '相关文档推荐: · 2022年全县科普日活动总结(4页)', '推荐阅读　· 我县举行迎新春书画展　· 县作协开展采风活动', '社区志愿服务活动总结相关推荐:', '🔥 热门文章排行', '▍猜你喜欢的讲话稿', '相关推荐· 2023年上半年全县工业经济运行情况分析(4页) · 一季度规上工业生产监测报告(3页)', '相关问题:仓库管理员转正申请怎么写? · 物流仓管年终总结范文 · 库管员岗位职责有哪些', '猜你喜欢:▪ 幼儿园世界读书日活动策划(精选5篇)', '你可能也在找:科技周简报模板 ┊ 科普宣传周总结(乡镇版) ┊ 科协年度工作要点', '同栏目文档 ▪ 垃圾分类入户宣传方案.docx ▪ 小区物业季度工作汇报.pdf', '猜你还想看 → 护士长年终述职(3篇) · 2024乡村医生个人总结', '博主近期博文:· 腊月里去看望五保户老杜 · 给冬小麦浇越冬水的一天', '相关新闻:某某市图书馆推出“城市书房”24小时服务　2023-12-29', '大家还在搜:幼儿园中班下学期计划|保育员年终总结', '相关文档　物业公司年终总结范文(12页)　客服主管个人述职(4页)'],
    keep: ['相关文档已于5月10日印发各乡镇。', '更多相关内容将在下半年陆续开展。', '相关资源整合', '最新动态', '相关资料:县统计局2023年统计公报。', '相关信息:见附件1', '相关部门文件', '最新工作部署', '热点难点问题', '主要做法:召开动员大会,部署全年工作'],
    context: ['为了切实举办好科技活动周,县科技局联合举办了系列活动,取得了圆满成功。'],
  },
}

import { BREADCRUMB_STARTS, NAV_WORDS } from '../../lexicon/boilerplate.js'
import { GENRE_WORD } from '../../lexicon/genres.js'
import { BOX_BARS } from '../../text/chars.js'
import { looksLikeTitle } from '../../text/title.js'
import { isSiteName, WEB_ADDRESS } from '../../text/furniture.js'
import { isColumnName, outsideBody, tableRow } from '../match.js'
import type { Rule } from '../types.js'

const NAV = new Set<string>(NAV_WORDS)
const BULLET = /^[-•·●▪◆*]\s*/
/** The arrows a breadcrumb trail parts its steps with (also the thread-trail rule's). */
export const ARROWS = /\s*(?:>>|>|»|›|→|＞|▸|▶|►|》|≫|➤|➜|➔|❯|⇒)\s*/
const SEPARATORS = /\s*(?:>|»|›|→|▸|▶|►|≫|➤|➜|➔|❯|⇒|\s》\s|\/|⁄|∕|\||∣|[▍▌▎▏]|-|_|\s·\s|\s[—–]{1,2}\s)\s*/
const SPACES = /[\s,|·•⊙◎●○▪]+/
// "您当前的位置是:", "位置:", "当前位置:", "您正在浏览:" — a location label, whatever its wording.
const LOCATION = /(?:^|\s)(?:您|你)?(?:当前|现在|目前)?(?:的)?(?:所在)?位置(?:是)?\s?[:：]|^当前(?:栏目|频道)?\s?[:：]|^(?:您|你)(?:正在|当前|现在)(?:浏览|访问|阅读)\s?[:：]/
/** A link to the previous or next article, bracketed or followed by a colon, an arrow or a space ("【上一条】…", "« 前一篇 …"). */
const PREVIOUS_NEXT = /^[«‹<◀←]?\s?(?:[【\[〔(（][上下前后]一?[篇条版期页份封](?:文章)?[】\]〕)）]|[上下前后]一[篇条版期份封](?:文章)?\s?(?:[:：»›>]|\s|$))/
/** The last step of a trail, the article page itself. */
const ARTICLE_PAGE = /^(?:正文|详情|内容|文章正文|详细内容|阅读文章)$/
/** A lone symbol between spaces parts a menu's items as a bar does ("首页 ■ 机构概况 ■ 政务公开"). */
const SYMBOL_BAR = /\s[■□◆◇●○◼◻▪▫♦★☆✦┃│┆┊┇┋║▏▍▌▎∣|]\s/g
/** An upright bar parts items even with a space on one side only ("某某的空间 ▏日志 ▏相册"): no word holds one. */
const GLUED_BAR = new RegExp(`\\s?[${BOX_BARS}▏▍▌▎]\\s?`, 'g')
/** The arrows a link closes on ("更多 >", "社保卡申领补换 ＞", "写留言 →"): one class for the link shapes below. */
const LINK_ARROWS = '[>›»＞→➜➔▸▶►]'
const ARROW_END = new RegExp(`${LINK_ARROWS}\\s*$`)
/** A link's arrow closing each item ("社保卡申领补换 ＞ 失业保险金申领 ＞"), and heavy bars framing a label (┃办事指南┃), part items as bars do. */
const ITEM_ARROW = new RegExp(`\\s?${LINK_ARROWS}(?=\\s|$)|┃`, 'g')
/** A short link pointing on ("社保卡申领补换 ＞", "写留言 →"): a page's link, not a line of text. */
const LINK_ARROW = new RegExp(`^[\\u4e00-\\u9fffA-Za-z0-9]{2,14}\\s?${LINK_ARROWS}{1,2}$`)
const MENU_ITEM = /^[\u4e00-\u9fffA-Za-z]{2,8}$/
const TRAILING_ADDRESS = new RegExp(`\\s+(?:${WEB_ADDRESS.source})$`, 'i')
const WHOLE_ADDRESS = new RegExp(`^(?:${WEB_ADDRESS.source})$`, 'i')

/** A service link's name ("一网通办入口", "12345热线直通车"): a portal's banner item. */
const SERVICE_LINK = /^[\u4e00-\u9fff\d]{2,10}(?:入口|直通车)$/
/** A part of a trail that belongs to a web page: a navigation word, a site's name, a genre of documents, a service link. */
const pagePart = (part: string): boolean => NAV.has(part) || SERVICE_LINK.test(part) || ARTICLE_PAGE.test(part) || isSiteName(part) || WHOLE_ADDRESS.test(part) || (part.length >= 4 && GENRE_WORD.test(part)) || /范文|文档|文库|栏目|频道|专题|大全|论坛|写作/.test(part)


/**
 * A two-part trail at the page's head, before the body: a site or section and one of its columns
 * ("党建园地 > 工作动态", "某某范文 - 总结报告"). A title names its unit and year before the genre; a first
 * part that holds a genre word or a year is a title's ("一季度 - 工作总结").
 */
function isHeadTrail(text: string): boolean {
  const parts = text.split(SEPARATORS).filter(Boolean)
  if (parts.length !== 2) return false
  const [first, second] = parts as [string, string]
  // A site's name and its slogan or column ("某某范文网|让写作更轻松").
  if (isSiteName(first) && second.length <= 16 && !/[。,;]/.test(second)) return true
  if (!parts.every((p) => p.length <= 8) || /\d|[年季月]度?$/.test(first)) return false
  // A column and the article page itself ("基层动态 / 正文").
  if (ARTICLE_PAGE.test(second)) return true
  // An arrow points from a section to its page whatever they are called ("某某图书馆 > 活动报道"); a dash
  // or a bar only before a column's bare name.
  const arrowed = text.split(ARROWS).filter(Boolean).length === 2
  return (arrowed || isColumnName(second)) && !GENRE_WORD.test(first)
}

// A site's header line above the title: its name and slogan, or the slogan's phrases, parted by bars, dots or dashes
// ("某某阁·个人图书馆｜收藏好文,随时重读", "某某二中 ❘ 明德·博学·求是·创新", "守护舌尖安全·护航公平市场｜某某门户网").
const HEADER_PARTS = /\s*(?:[|｜❘丨·•★☆◆]|——|－|—)\s*/
// A company's name may carry its English name before the slogan ("某某机械有限公司 ABCD PRECISION 诚信").
const HEADER_PART = /^[^。;；:：!?！？]{2,32}$/
function isHeaderAboveTitle(text: string, index: number, titleIndex: number): boolean {
  if (titleIndex < 0 || index >= titleIndex || looksLikeTitle(text)) return false
  const parts = text.split(HEADER_PARTS).filter(Boolean)
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => HEADER_PART.test(p) && !/\d{3,}/.test(p))
}

/** Three or more short parts an arrow leads through, above the document's title: a trail, whatever its words. */
function isTrailAboveTitle(text: string, index: number, titleIndex: number): boolean {
  if (titleIndex < 0 || index >= titleIndex || /[。,;]/.test(text)) return false
  const arrowed = text.split(ARROWS).filter(Boolean)
  return arrowed.length >= 3 && arrowed.every((p) => p.length <= 12 && !/\d/.test(p))
}

// A column trail led by a bar mark, each part behind its own mark ("▍校务公开 ▍ 述职报告"): a section's label, not a title.
const MARKED_TRAIL = /^[▍▌▎▏┃│](?:\s?[^▍▌▎▏┃│\s,，。;；]{2,12}\s?[▍▌▎▏┃│]){1,3}\s?[^▍▌▎▏┃│\s,，。;；]{2,12}$/

/** Where the title starts that a trail runs into after its last column and a space ("… › 德育之窗 2024年春季学期德育工作计划"), or 0. */
const ALL_ARROWS = new RegExp(ARROWS.source, 'g')
function titleAfterTrail(folded: string): number {
  const arrows = [...folded.matchAll(ALL_ARROWS)]
  const last = arrows[arrows.length - 1]
  if (!last) return 0
  const after = last.index + last[0].length
  const gap = folded.slice(after).search(/\s/)
  if (gap < 0) return 0
  const start = after + gap + 1
  return looksLikeTitle(folded.slice(start)) ? start : 0
}

// The home page a trail starts from: 首页, or 主页 as Hong Kong and Taiwan sites call it (主頁 folds to it).
const HOME = /(?:首页|^主页)$/

function isBreadcrumb(text: string): boolean {
  if (BREADCRUMB_STARTS.some((s) => text.startsWith(s)) || LOCATION.test(text) || MARKED_TRAIL.test(text)) return true
  const arrowed = text.split(ARROWS).filter(Boolean)
  // A trail from the home page ("某某首页 > 半年工作总结"), however short.
  if (arrowed.length >= 2 && HOME.test(arrowed[0]!) && arrowed.every((p) => p.length <= 24) && !/[。,;]/.test(text)) return true
  // Two or more arrows between short parts: a trail of categories, when one part is a page's (the home
  // page, a site's name, a genre of documents); "计划→执行→检查→处理" and "党支部 > 网格党小组 > 党员中心户"
  // are the report's own chains.
  if (arrowed.length >= 3 && arrowed.every((p) => p.length <= 24) && !/[。,;]/.test(text) && arrowed.some(pagePart)) return true
  const parts = text.split(SEPARATORS).filter(Boolean)
  // A trail opens at the home page or at the site's name ("某某文库 - 工作总结 - 年终总结"), or runs
  // through two or more of a site's columns whatever its name ("某某汇 - 总结报告 - 工作总结 - …").
  if (parts.length >= 3 && parts.every((p) => p.length <= 16)) {
    if (HOME.test(parts[0]!) || isSiteName(parts[0]!)) return true
    if (!/[。,;]/.test(text) && parts.filter((p) => pagePart(p) || isColumnName(p)).length >= 2) return true
  }
  // "首页总结工作总结": the home link glued to category names.
  return /^首页[\u4e00-\u9fff]{2,14}$/.test(text)
}

// A row of buttons, each in its brackets ("【长者模式】【大字版】【读屏服务】", "[打印] [关闭]").
const BRACKETED_ITEM = /[【\[〔]\s?([^【】\[\]〔〕]{1,10}?)\s?[】\]〕]/g
const BRACKETED_ROW = /^(?:\s?[【\[〔][^【】\[\]〔〕]{1,10}[】\]〕]){2,}$/
/** Every item of a bracketed row is a page's button, or all but one with three or more. */
function buttonRow(text: string): boolean {
  if (!BRACKETED_ROW.test(text)) return false
  const items = [...text.matchAll(BRACKETED_ITEM)].map((m) => m[1]!)
  const buttons = items.filter((i) => NAV.has(i)).length
  return buttons === items.length || (items.length >= 3 && buttons >= items.length - 1)
}

/** A menu bar: several short items separated by spaces, no punctuation, at the head or tail of the page. */
function isMenu(text: string, head: boolean, table: () => boolean): boolean {
  if (looksLikeTitle(text.replace(/\s+/g, ''))) return false
  // Items stand between spaces or bars; bars make a menu by themselves ("首页 | 时政 | 民生"), but a
  // line framed by bars is a table row ("| 工作内容 | 具体措施 |"), and so is a header whose next line
  // has as many cells ("项目部 | 检查次数 | 整改率" over "一项目部 | 6 | 100%").
  if (/^\|.*\|$/.test(text)) return false
  text = text.replace(SYMBOL_BAR, ' | ').replace(GLUED_BAR, ' | ')
  // Links close on their arrow, the last one too; a chain ("党支部 > 网格党小组 > 中心户") has none at its end.
  if (ARROW_END.test(text)) text = text.replace(ITEM_ARROW, ' | ').replace(/^[\s|]+|[\s|]+$/g, '')
  const barred = text.includes('|')
  if (barred && table()) return false
  const items = text.split(/\s*\|\s*|\s+/).filter(Boolean)
  if (items.length < (barred ? 3 : 4) || !items.every((i) => MENU_ITEM.test(i))) return false
  if (barred) return true
  if (items.some((i) => NAV.has(i))) return true
  const mean = items.reduce((n, i) => n + i.length, 0) / items.length
  // Lists of names (张三 李四 王五 赵六) are body; menu items are longer words.
  return head && (mean >= 3.5 || items.some((i) => /[A-Za-z]/.test(i) && !/^[xX]+$/.test(i)))
}

export const navigation: Rule = {
  id: 'boilerplate/navigation',
  kind: 'boilerplate',
  description: 'Breadcrumbs, menu bars and previous/next links (当前位置:首页 > …, 首页 新闻 动态 …, 上一篇/下一篇)',
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    const text = block.folded.trim().replace(BULLET, '')
    if (text.length > 120) return undefined
    if (isBreadcrumb(text)) {
      const title = titleAfterTrail(block.folded)
      return title > 0 ? { reason: 'breadcrumb navigation glued before the title', spans: [[0, title]] } : { reason: 'breadcrumb navigation' }
    }
    // The site's address may close its header line ("某某拾贝 · 范文频道 www.example.com").
    if (outsideBody(block) && isHeadTrail(text.replace(TRAILING_ADDRESS, ''))) return { reason: 'site and column at the page head' }
    if (isTrailAboveTitle(text, block.index, doc.titleIndex)) return { reason: 'breadcrumb above the title' }
    if (isHeaderAboveTitle(text, block.index, doc.titleIndex)) return { reason: "the site's header above the title" }
    if (PREVIOUS_NEXT.test(text)) return { reason: 'previous/next article link' }
    if (LINK_ARROW.test(text) && outsideBody(block)) return { reason: 'a link pointing on' }
    const words = text.split(SPACES).filter(Boolean)
    if (words.length > 0 && words.every((w) => NAV.has(w))) return { reason: 'navigation labels' }
    if (buttonRow(text)) return { reason: "the page's buttons in brackets" }
    if (isMenu(text, outsideBody(block), () => tableRow(doc.texts, block.index))) return { reason: 'menu bar' }
    return undefined
  },
  examples: {
    drop: [
      '当前位置:首页 > 总结报告 > 工作总结', '首页 > 范文大全 > 工作总结 > 年终总结', '上一篇:2021年消防安全宣传月活动总结', '书签 分享 收藏 举报',
      '某某网 > 工作总结 > 个人工作总结 > 社区活动总结', '您当前的位置是:首页 >> 工会动态 >> 工会要闻', '- 下一篇:某镇“三到位”服务推进年报工作[ 05-31 ]',
      '首页总结工作总结', '首页 工会动态 组织建设 政策法规 服务指南', '目前位置:首頁 > 最新消息', '某某吧首页 > 半年工作总结', '某某汇 - 总结报告 - 工作总结 - 学校工作总结', '党建园地 > 工作动态', '某某范文 - 总结报告', '某某县图书馆 > 活动报道', '某某范文网|让写作变得更轻松', '某某拾贝 · 范文频道 www.example.com', '某某街道办事处 | 政务公开 > 工作总结', '某某范文站 — 每天更新千篇实用范文', '当前:资源首页 / 教师专区 / 述职报告', '当前栏目:调研报告 / 农业农村', '某某文秘网_公文写作一站通', '某某湾 · 心得体会频道', '首页 ▸ 文档 ▸ 总结汇报', '首页 · 范文 · 总结报告', '某某文库 - 工作总结 - 年终总结',
      '【上一条】某某消防站开展高层建筑灭火演练', '【长者模式】【大字版】【读屏服务】', '关怀版 / 语音播报 / 繁体 / 网站导航', '政务服务热线12345 · 办事指南 · 在线申报', '某某中学首页 - 德育天地 - 计划总结', '某某市中心医院 - 院务公开 - 述职述廉', 'AI续写 · 换个风格 · 扩写润色 · 一键生成PPT', '« 前一篇 卫生院公共卫生服务工作总结 ｜ 后一篇 » 医院后勤保障科年终总结', '下一条: 某某召开推进会', '【上一版】【下一版】【上一期】【下一期】', '往期检索', '基层动态 / 正文', '首页 ■ 机构概况 ■ 政务公开 ■ 三农动态', '某某散文网 ⁄ 写给生活的字', '┃办事指南┃ 社保卡申领补换 ＞ 失业保险金申领 ＞ 就业创业证办理 ＞', '首页 》 教务动态', '某某阁 › 老樵夫的馆 › 文件夹:讲话稿 › 正文', '首页 ≫ 政务公开', '⊙ 返回列表　⊙ 关闭本页', '‹ 上一份　下一份 ›', '检察要闻 │ 检务公开 │ 队伍建设 │ 检察文化', '上一封:关于增设斑马线的建议', '← 上一篇:市生态环境局召开党风廉政建设会议', '▍校务公开 ▍ 述职报告', '某某职校 › 校园动态 › 德育之窗 2024年春季学期德育工作计划', '学校首页 ∣ 学校概况 ∣ 校园新闻 ∣ 教学教研', '您正在浏览:某某街道 ➤ 政务动态 ➤ 社区工作', '校园新闻 / 活动掠影', '网站首页 ┊ 学校概况 ┊ 新闻动态 ┊ 德育园地 ┊ 教学科研',
      '主頁 / 學校概況 / 行政架構 / 德育處'],
    keep: ['首页设计由县科技局负责,共开设了5个栏目。', '一、强化组织,周密部署', '张三 李四 王五 赵六', '成绩 > 90分的学生共有12人。', '计划→执行→检查→处理',
      '社区党支部 > 网格党小组 > 楼栋党员中心户', '计划 > 执行', '一季度 - 工作总结', '【一、编制目的】【二、适用范围】', '【重点任务】【责任单位】【完成时限】', '上一条经验是坚持问题导向。', '前一篇论文已经发表。', 'exporter --path.procfs /host/proc --path.sysfs /host/sys'],
  },
}

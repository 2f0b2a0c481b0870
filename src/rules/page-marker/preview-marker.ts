import { PAGE_MARKER_LINES } from '../../lexicon/boilerplate.js'
import { FULL_STOP, hanCount } from '../../text/chars.js'
import { fold } from '../../text/fold.js'
import { countTrafficWords } from '../../text/furniture.js'
import { oncePer } from '../../text/memo.js'
import { looksLikeTitle } from '../../text/title.js'
import type { Rule } from '../types.js'

// A printed periodical's running header copied with every page ("2023年1月16日 星期一 专题·年终盘点" twice): a short
// line holding a date with its weekday, or a page or issue number, found more than once on the page.
const HEADER_SHAPE = /\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]|第\s?\d{1,4}\s?[版期]/
const MAX_HEADER = 40
// A viewer's running header: the document's name and the page number after a space ("某某活动总结　第 2 页").
const NAMED_PAGE = /^([^。,，;；:：]{4,40})\s第\s?\d{1,4}\s?页$/
const norm = (t: string) => t.replace(/\s+/g, '')
const repeatedLines = oncePer((texts: readonly string[]) => {
  const seen = new Map<string, number>()
  for (const t of texts) {
    const k = norm(t)
    if (k.length > 0 && k.length <= MAX_HEADER) seen.set(k, (seen.get(k) ?? 0) + 1)
  }
  return seen
})

// A marker glued after the text it cut off ("…较上年下降……余下1862字,打开App继续阅读"): the marker closes the line,
// and before it stands a clause of the document, which stays.
const GLUED_TAIL_MAX = 40
const MIN_HEAD_HAN = 10
const BEFORE_MARKER = /[.…·\s—\-]/
// A head speaking of the viewer itself ("温馨提示:当前文档最多只能预览5页,…") is the notice's, the whole line goes.
const NOTICE_WORDS = /预览|下载|文档|提示|页|全文|登录|会员|VIP|试读/i
const SENTENCE_AFTER = /[。!?！？]|[\u4e00-\u9fff]{2,}[,，][\u4e00-\u9fff]{2,}[,，]/

// The site may sign the marker just before it ("… ▍内容来自某某文库 example.com,下载原文档查看完整内容 ▶"): from the bar
// mark or the wide gap that opens the signature, when the signature names a site or its address.
const SIGNATURE_OPEN = /[▍▌│|｜]|\s{2,}|\s(?=[▍▌│|｜])/g
const SIGNS_SITE = /来自|来源|本文由|文库|网站|\.(?:com|cn|net|org)\b/i
const SIGNATURE_MAX = 40
function siteClauseStart(folded: string, markerStart: number): number {
  let open = -1
  for (const m of folded.slice(0, markerStart).matchAll(SIGNATURE_OPEN)) open = m.index
  if (open < 0 || markerStart - open > SIGNATURE_MAX || !SIGNS_SITE.test(folded.slice(open, markerStart))) return markerStart
  return open
}

// The marker may stand in a bracket that closes the line ("…320人。(本页仅展示前2页 · 剩余3页请下载后查看)").
const OPEN_BRACKET_REACH = 8
function bracketStart(folded: string, at: number): number {
  const before = folded.slice(Math.max(0, at - OPEN_BRACKET_REACH), at)
  const open = Math.max(...['(', '（', '【', '['].map((b) => before.lastIndexOf(b)))
  if (open < 0 || /[)）】\]]/.test(before.slice(open)) || !/[)）】\]]\s*$/.test(folded)) return at
  return at - before.length + open
}

// A page's number glued before the text that page opens: in brackets ("(第1页)一、认清形势,…", "(全文共3页,现为第2页)广大
// 干部群众表示衷心的感谢!") or as the viewer's page of pages ("第2/5页第一天,…", "阅读 3/4 三、下半年工作打算", "Page 2 of 4 二、…").
const LEADING_PAGE = /^\s*(?:[(（【\[][^()（）【】\[\]]{0,12}第\s?\d{1,4}\s?页[^()（）【】\[\]]{0,8}[)）】\]]|第\s?\d{1,4}\s?\/\s?\d{1,4}\s?页|(?:阅读|预览)\s?\d{1,4}\s?\/\s?\d{1,4}|Page\s?\d{1,4}\s?(?:of|\/)\s?\d{1,4}(?=\s?[\u4e00-\u9fff]))\s?(?=\S)/
const CLAUSE_MARK = /[,，、;；]/
const firstClause = (text: string): string => text.split(/[,，。;；]/)[0] ?? text
/**
 * A clause of the document: long enough, with a clause's punctuation, neither a title ("…总结_第1页") nor the viewer's
 * notice, nor the site talking to its reader ("关注公众号…,回复…获取验证码,即可解锁全文").
 */
const prose = (head: string): boolean =>
  hanCount(head) >= MIN_HEAD_HAN && CLAUSE_MARK.test(head) && !NOTICE_WORDS.test(head) && !looksLikeTitle(head) &&
  countTrafficWords(firstClause(head)) < 2

// The viewer's notice may open a clause before the marker's own words ("…二是……▲免费预览已到尽头,余下4页请下载后查看"):
// a clause after the text's last break that speaks of the preview is the marker's.
const TEXT_BREAK = /[。!?！？;；]|…{1,2}|\.{3,6}/g
const NOTICE_CLAUSE_MAX = 16
function noticeClauseStart(folded: string, start: number): number {
  let after = -1
  for (const m of folded.slice(0, start).matchAll(TEXT_BREAK)) after = m.index + m[0].length
  if (after < 0 || start - after > NOTICE_CLAUSE_MAX) return start
  const clause = folded.slice(after, start)
  return NOTICE_WORDS.test(clause) && !/[。!?！？]/.test(clause) ? after : start
}

const UNANCHORED_MARKERS = PAGE_MARKER_LINES.filter((re) => !re.source.startsWith('^'))

/** Where a preview marker glued to the end of a line of text begins (its ellipsis included), or -1. */
function gluedMarkerStart(folded: string): number {
  // The marker must open within the line's last GLUED_TAIL_MAX characters: only those are searched.
  const from = Math.max(1, folded.length - GLUED_TAIL_MAX)
  const tail = folded.slice(from)
  let best = -1
  for (const re of UNANCHORED_MARKERS) {
    re.lastIndex = 0
    const m = re.exec(tail)
    // What follows the marker is more of it ("…余下1862字,打开App继续阅读"), not the document going on.
    if (!m || SENTENCE_AFTER.test(tail.slice(m.index + m[0].length))) continue
    let start = noticeClauseStart(folded, siteClauseStart(folded, bracketStart(folded, from + m.index)))
    while (start > 0 && BEFORE_MARKER.test(folded[start - 1]!)) start--
    const head = folded.slice(0, start)
    if (prose(head) && (best < 0 || start < best)) best = start
  }
  return best
}

const neighbour = (texts: readonly string[], i: number): string | undefined => (texts[i] === undefined ? undefined : fold(texts[i]))

/** A preview or page marker standing as its own line (folded). */
export function isPageMarker(line: string | undefined): boolean {
  if (line === undefined) return false
  // Numbered notice lists ("1. 1、本文档共26页…") carry the marker after their numbers.
  // A fold marker may open or close with its arrow ("∨ 展开剩余68%", "展开全部 ∨").
  const text = line.trim().replace(/^\d{1,2}\.\s?\d{1,2}、\s?/, '').replace(/^[∨∧▼▲▾▴↓⌄⌃]\s?/, '').replace(/\s?[∨∧▼▲▾▴↓⌄⌃]$/, '')
  return text.length <= 80 && PAGE_MARKER_LINES.some((re) => {
    const m = re.exec(text)
    return m !== null && !(PAGE_NUMBER.test(m[0]) && sentencesAround(text, m))
  })
}

/**
 * A page number stands inside sentences of the document ("…希望大家 第 3 页 共 3 页 鼓足干劲,…贡献!"): the line is text
 * the page footer fell into, and only the footer goes (page-marker/hidden-text-marker). A paywall's gap (此处隐藏…字)
 * joins two distant parts of the text: that line goes whole.
 */
const PAGE_NUMBER = /\d\s?页/
function sentencesAround(text: string, m: RegExpExecArray): boolean {
  const outside = text.slice(0, m.index) + text.slice(m.index + m[0].length)
  return hanCount(outside) >= 2 * MIN_HEAD_HAN && FULL_STOP.test(outside)
}

export const previewMarker: Rule = {
  id: 'page-marker/preview-marker',
  kind: 'page-marker',
  description: 'Preview and page markers on their own line (_第1页, 已阅读5页,还剩27页未读, 免费预览已结束, page numbers)',
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    const key = norm(block.folded)
    if (key.length <= MAX_HEADER && !/[。;；]/.test(key) && HEADER_SHAPE.test(key) && (repeatedLines(doc.texts).get(norm(block.text)) ?? 0) >= 2) {
      return { reason: "a periodical's running header, repeated on the page" }
    }
    // A converted PDF's running header ("某某县农业农村局文件" again after "- 2 -"): a short line found more than once,
    // each time beside a page number.
    if (block.index !== doc.titleIndex && key.length <= MAX_HEADER && !/[。;；,，]/.test(key) && (repeatedLines(doc.texts).get(norm(block.text)) ?? 0) >= 2
      && (isPageMarker(neighbour(doc.texts, block.index - 1)) || isPageMarker(neighbour(doc.texts, block.index + 1)))) {
      return { reason: 'a running header repeated beside the page numbers' }
    }
    const named = NAMED_PAGE.exec(block.folded.trim())
    if (named && looksLikeTitle(named[1]!)) return { reason: "a viewer's running header with its page number" }
    const leading = LEADING_PAGE.exec(block.folded)
    if (leading) return { reason: 'page number glued before the text of its page', spans: [[0, leading[0].length]] }
    const glued = gluedMarkerStart(block.folded.trimEnd())
    if (glued > 0) return { reason: 'preview marker glued after the text it cut off', spans: [[glued, block.text.length]] }
    return isPageMarker(block.folded) ? { reason: 'preview or page marker of the document viewer' } : undefined
  },
  examples: {
    drop: ['火灾事故应急疏散演练总结_第1页', '已阅读4页,还剩9页未读 继续免费阅读', '免费预览已结束,剩余15页可下载查看', '- 3 -', '12', '(全文共计6页)', '【共4页】',
      '试读结束,完整内容请下载', '……以下为隐藏内容,展开后继续阅读……', '本文目录 ▸ 全年指标完成情况 ▸ 体系运行 ▸ 存在的不足 ▸ 明年工作思路', '以下隐藏内容需登录查看', '点击展开后阅读', '剩余2000字,点击阅读全文', '展开剩余78%', '……(此处省略部分内容)……', '登录后查看完整内容', '第2页', 'Page 3', '·2·', '共 4 页 当前第 1 页', '---- 预览结束 ----', '(本文为节选,完整版请下载)', '继续阅读下一页', '——本文完——', '— END —', '全文完 · 觉得有用就点个赞吧', '(未完,接下页)', '∨ 展开剩余68%', '〔 正在显示第 2 页,全文共 4 页 〕', '已到文档末尾', '消息过长,以下为第2条', '一、年度目标完成情况 ……………………… 1', '二、重点工作完成情况 ………', '目录(共三部分)', '2024/3/11 10:42 工作总结_某某县人民政府', 'https://www.example.gov.cn/art/2024/3/1/art_1207_66021.html 1/3', '网络不给力,点击重试', '倍速 1.0X 清晰度 全屏', '目录: 篇一 | 篇二 | 篇三', '本文目录:读书节活动总结(一) · 读书月活动总结范文(二) · 读书节总结简短版(三)', '篇三【剩余3篇为会员专享内容】', '第148期　　第3版', '某某能源集团报·第4版', '—— 第 57 份 / 共 63 份 ——', '全年查找暗漏点317处,漏损率较上年下降……余下1862字,打开App继续阅读', '评出示范户150户,带动各村拆除违章搭建 ▍内容来自某某文库 example.com,下载原文档查看完整内容 ▶', '开展应急演练,参演人员320人。(本页仅展示前2页 · 剩余3页请下载后查看)', '关注公众号“某某范文”,回复“382716”获取验证码,即可解锁全文', '依托小程序开设21天打卡专栏,累计打卡用户6700多人,……此处隐藏1,286字,开通会员或支付4.9元解锁全文', '2023年某某节活动总结　第 2 页', '(第1页)一、认清形势,切实增强做好森林防火工作的责任感。', '↓↓↓ 全文来了 ↓↓↓', '------ 以下为原文 ------', '附:某某县民政局2023年工作总结全文', '(全文共3页,现为第2页)广大干部群众表示衷心的感谢!', '四、下半年打算。一是持续抓好汛期和高温时段的安全防范,二是……▲免费预览已到尽头,余下4页请下载后查看', '第2/5页第一天,学生走进茶园体验采茶。', '阅读 3/4 三、下半年工作打算', 'Page 1 of 3 ‖ example.cc 免费在线转换,保留原文排版', '其中解决和基本解决的……【点击展开全文】', '展开全部 ∨', 'Page 2 of 4 二、抓服务,办税体验持续改善。', '展开全部 ▾', '显示全部 ⌄', '二是老旧小区无物业楼栋较多,矛盾调处任务重;三是剩余2,860字未读·点击下载完整文档'],
    keep: ['第一页上印有活动日程。', '隐藏的火灾隐患得到整改', '展开后的展板长达12米。', '共发放资料5000份', '共12篇', '全年共编印简报24期。', '剩余资金全部用于困难群众救助', '工作流程不得省略任何环节', '全文完成修订', '一、年度目标完成情况', '目录管理工作进一步规范。', '目录:一、基本情况(一) 二、主要做法(二)', '剩余3篇征文将于下月评审。', '详见附件 第3页', '详见附件(第3页)所列名单。', '现将有关情况报告如下:', '以下是全年工作的主要做法:', '阅读 3 本以上的学生占比达85%。'],
  },
}

/**
 * Reads a short line as page furniture: marks which of its characters are metadata (key:value
 * pairs, machine dates, counters), interface words, site names or URLs, and which are text of
 * their own. Scraped text often lost the spaces between such pieces ("德育素材网首页",
 * "时间:2022-08-31来源:某某网作者:"), so pieces are found inside the line, not between spaces.
 */
import { ADDRESSING_KEYS, BYLINE_KEYS, CREDIT_KEYS, DATE_KEYS, INTERACTION_WORDS, META_KEYS, NOT_SITES, PROVINCES, SENTENCE_TIME_LEADS, SITE_ENDINGS, UI_WORDS } from '../lexicon/furniture.js'
import { CELL_BARS, EMOJI_CHARS, SENTENCE_BREAK } from './chars.js'
import { fold } from './fold.js'
import { recentTexts } from './memo.js'
import { wordAlternation } from './pattern.js'

export type FurnitureKind = 'meta' | 'date' | 'counter' | 'ui' | 'site' | 'url' | 'symbol' | 'text'

/** Characters per kind over one line. */
export type FurnitureShares = Record<FurnitureKind, number> & { total: number }

const KINDS: readonly FurnitureKind[] = ['meta', 'date', 'counter', 'ui', 'site', 'url', 'symbol', 'text']
const CODE: Record<FurnitureKind, number> = { text: 0, meta: 1, date: 2, counter: 3, ui: 4, site: 5, url: 6, symbol: 7 }

/** An e-mail address (a contact of the page, or of the report; never a watermark). */
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/
/** A web address: with its scheme or www., or a bare domain with a known ending (example.gov.cn). */
export const WEB_ADDRESS = /(?:https?:\/\/|www\.)[\w.\-/?=&%#:~]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|cc|top|info|la|vip|xyz)\b(?:\/[\w./-]*)?/gi
/** One web address anywhere in a text (WEB_ADDRESS is global, for scanning). */
export const AN_ADDRESS = new RegExp(WEB_ADDRESS.source, 'i')
/** Dates and times the way machines write them (2023-11-17, 2012/3/27, 08:45:13, 2017年03月09日). */
export const MACHINE_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d{4}年\d{2}月\d{2}日/g
/** A date a periodical stamps on its issue (2024年9月10日出刊). */
const ISSUE_DATE = /\d{4}年\d{1,2}月\d{1,2}日\s?(?:出刊|出版|编印|印发)/g
/**
 * What a date key's value must open with to be a machine's: separators, a clock time or zero-padding.
 * "时间:2023年10月16日" heads an activity's own programme as often as a page's header.
 */
const KEYED_MACHINE_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}|\d{4}年(?:0\d月\d{2}|\d{2}月0\d)日)/
/** When a page says it was posted: "3小时前", "发布于 3天前", "Dec 25, 2023". */
export const RELATIVE_TIME = /\d{1,3}\s?(?:秒|分钟|小时|天|周|个月)前|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},\s\d{4}/g
/** A weekday right after a date ("2023-12-20 星期三"): part of the date, whatever the line is. */
const WEEKDAY = /(?:星期|周)[一二三四五六日天]/g
const WEEKDAY_MARK = /星期|周[一二三四五六日天]/
// Government tables space out their keys ("索 引 号"): a space may stand between any two characters.
const spaced = (key: string) => [...key].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s?')
const KEYS = [...new Set([...META_KEYS, ...DATE_KEYS].map(fold))].sort((a, b) => b.length - a.length).map(spaced).join('|')
// 【下载】, 【评论】 are buttons, not keys: the bracketed form is for the others.
const BRACKET_KEYS = [...new Set([...META_KEYS, ...DATE_KEYS].map(fold))].filter((k) => !(UI_WORDS as readonly string[]).includes(k)).map(spaced).join('|')
// A key, an optional remark ("上传人(卖家)"), and its colon.
// A key, an optional remark ("上传人(卖家)"), and its colon; in tables a bar stands for the colon.
// "数据来源:县统计局" under a table is the document's note, not a page's "来源:"; "年度关键词:" and "第一个关键词:" are a report's own lines.
// A key in lenticular brackets ("【文件大小】41 KB", "〖公开类型〗主动公开") is a key as one before a colon is.
const KEY = new RegExp(`(?<!数据|资料|资金|经费|图片|图表|年度|个)(${KEYS})(?:[(（][^()（）]{1,8}[)）])?\\s?(?:[:：丨]|(?<=[【〖](?:${BRACKET_KEYS}))[】〗]|\\s?\\|(?=\\s?[^\\s|]))\\s?`, 'g')
const DATE_KEY = new Set<string>(DATE_KEYS)
// A table flattened one row to a line puts a space where the colon was ("发布机构 某某县人民法院执行局").
// Cells of such a row may stand on one line between bars ("发布日期 2021-12-30 | 栏目 安全总结 | 阅读 1877 次").
const SPACED_PAIR = new RegExp(`^(?:${KEYS})\\s+[^\\s:：,，。;；][^:：,，。;；]{0,39}$`)
const CELL_BAR = /\s*[|｜]\s*/

// Two or more keys with short values glued before a paragraph, the last a machine date or a count ("发布者:某某日期:2021-03-31阅读:4126次为弘扬…").
// A value may be a date with its clock time ("发布时间:2023-09-14 10:32 来源:…"); wide spaces may part the pairs.
const LEADING_META = new RegExp(`^(?:(?:${KEYS})\\s?[:：]\\s?[^:：,，。;；\\s]{1,16}?(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*){1,6}?(?:${KEYS})\\s?[:：]\\s?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d[\\d,]{0,9}\\s?次?)\\s*`)
// Credits glued before a paragraph, the last a name the sentence follows after a space or runs into with its date
// ("通讯员:某某 摄影:某某 今年6月是…", "来源:某某县妇联 | 编辑:某某某2023年2月下旬至…"), maybe with the day of the post
// after a bar ("来源:某某所 | 编辑:某某 | 2024-01-05 2023年,…"): a name holds no digit, and with the spaces gone the
// sentence's time word before its date is no part of it ("摄影:某某今年6月是…" keeps 今年).
const LEADING_CREDITS = new RegExp(`^(?:(?:${KEYS})\\s?[:：]\\s?[^:：,，。;；\\s|｜]{1,16}?\\s?[|｜/]?\\s?){0,5}(?:${wordAlternation(CREDIT_KEYS.map(fold))})\\s?[:：]\\s?(?:[\\u4e00-\\u9fff·]{2,4}?|[A-Za-z][A-Za-z0-9_]{1,15}(?=\\s))(?:\\s?[|｜/·]\\s?\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s\\d{1,2}:\\d{2})?)?(?:\\s+|(?=(?:${wordAlternation(SENTENCE_TIME_LEADS)})?(?:\\d{4}年|\\d{1,2}月)))`)
// A poster's name, the day and the province it posted from, before the paragraph ("某某馆 2023-05-06 发表于湖北 为营造…").
const LEADING_POSTER = new RegExp(`^[^\\s,，。:：]{2,16}\\s?\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s?\\d{1,2}:\\d{2})?\\s?(?:发表|发布)于\\s?(?:${wordAlternation(PROVINCES)})\\s*`)
// One key and its value with the day of the post after it, before the paragraph ("上传用户:s***8 2023-07-05 2023年上半年,…").
const LEADING_POSTED = new RegExp(`^(?:${KEYS})\\s?[:：]\\s?[^:：,，。;；\\s]{1,16}?\\s+\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+`)
// A reporter's byline before the paragraph, its spaces lost to the normalizer: closing on 报道 ("通讯员某某某报道:2023年,我镇…"),
// or on the name where the sentence opens with a word a sentence opens with ("记者某某某通讯员某某按照省里部署,…").
// Without 报道 a name is two or three characters ("通讯员队伍建设按照…" names no one).
const LEADING_REPORTED = /^(?:(?:本报|本台|本网|特约)?(?:记者|通讯员)\s?[\u4e00-\u9fff·]{2,4}?\s?){1,3}报道\s?[:：]\s?|^(?:(?:本报|本台|本网|特约)?(?:记者|通讯员)\s?[\u4e00-\u9fff·]{2,3}?\s?){1,3}(?=按照|根据|为了|为进一步|近日|日前|今年|去年|\d{4}年|\d{1,2}月)/
const SENTENCE_AFTER = /^[\u4e00-\u9fff“"\d][^。]{4,}[,，。]/

// A bracket of the viewer's furniture glued before a paragraph ("【格式:DOCX｜大小:86KB｜共4页】2023年,…").
const LEADING_BRACKET = /^\s*[【\[(（〔〖]([^【】\[\]()（）〔〕〖〗]{4,60})[】\])）〕〗]\s*/

// A poster's stamp before the paragraph: a name, the day it was posted and the page's keys and counters after it, no
// word of text among them ("某某客 2024-01-09 转藏 | 阅读 312 2023年,…"). The name is short and holds no digit.
const STAMP_NAME = /^[\u4e00-\u9fffA-Za-z_]{2,8}$/
const STAMP_FURNITURE = new Set<FurnitureKind>(['meta', 'counter', 'ui'])

function leadingStampEnd(line: string): number {
  const { text, kinds } = furnitureCodes(line)
  let at = 0
  while (at < kinds.length && kinds[at] === 'text') at++
  if (!STAMP_NAME.test(text.slice(0, at).trim())) return 0
  while (kinds[at] === 'symbol') at++
  if (kinds[at] !== 'date') return 0
  let end = at
  let furniture = false
  for (; end < kinds.length && kinds[end] !== 'text'; end++) if (STAMP_FURNITURE.has(kinds[end]!)) furniture = true
  if (!furniture) return 0
  // Counters the marking left as words run on after a bar ("…｜阅读1408｜转藏5｜收藏23今年以来,…").
  for (let m = BARRED_COUNTER.exec(text.slice(end)); m && /[|｜]\s?$/.test(text.slice(0, end)); m = BARRED_COUNTER.exec(text.slice(end))) end += m[0].length
  return end
}
const BARRED_COUNTER = /^[\u4e00-\u9fff]{2,4}\s?\d+\s?(?:[|｜]\s?)?/

/** Where the paragraph starts after page metadata glued before it, or 0 (nothing glued, or no sentence after it). */
export function leadingMetadataEnd(line: string): number {
  const folded = fold(line)
  for (const m of [LEADING_META.exec(folded), LEADING_CREDITS.exec(folded), LEADING_POSTED.exec(folded), LEADING_POSTER.exec(folded), LEADING_REPORTED.exec(folded)]) {
    if (m && m[0].length < line.length && SENTENCE_AFTER.test(line.slice(m[0].length))) return m[0].length
  }
  const stamp = leadingStampEnd(line)
  if (stamp > 0 && SENTENCE_AFTER.test(line.slice(stamp))) return stamp
  const bracket = LEADING_BRACKET.exec(folded)
  if (bracket && SENTENCE_AFTER.test(line.slice(bracket[0].length))) {
    const s = furnitureShares(bracket[1]!)
    if (s.text === 0 && s.meta + s.counter + s.date > 0) return bracket[0].length
  }
  return 0
}

/** The whole line is metadata keys and their values with a space between each (a flattened table row). */
export function isSpacedKeyLine(line: string): boolean {
  const cells = fold(line).trim().split(CELL_BAR).filter(Boolean)
  return cells.length > 0 && cells.every((c) => SPACED_PAIR.test(c))
}
// A disclosure table's row flattened with its separators lost ("索引号001328465/2024-00031发布机构某某局生成日期
// 2024-01-19主题分类…"): the line opens with a page key and four or more of them follow one another, no sentence.
const LONG_KEY = new RegExp(`(?:${[...new Set([...META_KEYS, ...DATE_KEYS].map(fold))].filter((k) => k.length >= 3).sort((a, b) => b.length - a.length).join('|')})`, 'g')
const MIN_GLUED_KEYS = 4

/** The line is a table row of page keys and values run together, with no separator left between them. */
export function isGluedKeyRow(line: string): boolean {
  const text = fold(line).trim()
  if (SENTENCE_BREAK.test(text)) return false
  const keys = [...text.matchAll(LONG_KEY)]
  return keys.length >= MIN_GLUED_KEYS && keys[0]!.index === 0 && new Set(keys.map((k) => k[0])).size >= MIN_GLUED_KEYS
}

// "文/图 张三", "(记者 李四)": a byline key with a name after it and no colon.
// A key that goes on into a noun names no one ("某某市摄影家协会", "记者站", "编辑部").
const BYLINE = new RegExp(`(?:${wordAlternation(BYLINE_KEYS.map(fold))})(?!家|师|协会|学会|站|节|证|部|展|作品|爱好|比赛|大赛)\\s?[\\u4e00-\\u9fff·]{2,4}(?=$|[\\s)）】\\],，;；、])`, 'g')
// "文/党委办公室 图/宣传科": a story's credits, a slash after 文, 图 or 摄 and a name or desk standing between separators.
const SLASH_CREDIT = /(?<=^|[\s|｜(（])(?:文|图|摄|摄影|视频)\s?[/／]\s?[\u4e00-\u9fff·]{2,8}(?=$|[\s|｜)）])/g
// "编辑于 2023-01-09 21:14", "上传于2023-01-09", "今日学习时长 00:18:42": a page key whose machine date or time
// follows without a colon. A poster's "发表于 …" is left to the poster-line rule, which reads the whole post line.
const POSTED_KEY = /^(?:发表|发布|回复|评论|回答)于$/
const KEY_BEFORE_DATE = new RegExp(`(?:${[...new Set(META_KEYS.map(fold))].filter((k) => !POSTED_KEY.test(k)).sort((a, b) => b.length - a.length).map(spaced).join('|')})\\s?(?=\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}:\\d{2})`, 'g')
// "IP 属地 江西", "IP属地:广东": where a platform says the poster was, after the post's time.
const IP_PLACE = /IP\s?属地\s?[:：]?\s?[\u4e00-\u9fff]{2,4}/gi
// A value runs to the next separator or bracket; a longer one is a sentence, not a value.
const VALUE_END = /[\s|｜【】[\]]/
const MAX_VALUE = 40
const COUNTER = /[(\[（]\d+(?:\.\d+)?[万wWkK]?[)\]）]|(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[万wWkK]?(?:次|人次)?(?=$|[\s|)\]）])/g
/**
 * What a document viewer says of a file and a page of its readers: a file size (12.5KB), a page
 * count (共3页), a readership (2.3万人阅读, 已影响1200人), counted like the counters above.
 */
const FILE_COUNTER = /\d+(?:\.\d+)?\s?[KMG]B\b|阅读(?:约|需|大约|约需)?\s?\d+\s?分钟|约\s?\d+\s?分钟(?:读完|看完|阅读)|被浏览\s?[\d,]+\s?次?|[\d,]+\s?(?:个回答|条回答|人赞同(?:了该(?:回答|文章))?|人关注(?:了?该问题)?)|关注者\s?[\d,]+|已售\s?\d+\s?[份件本]|[￥¥]\s?\d+(?:\.\d{1,2})?(?=$|[\s|｜])|\d+(?:\.\d+)?[万wk]?\s?(?:粉丝|获赞|篇原创)|(?:\d{4}\s?年\s?)?(?:第\s?\d+\s?期\s?)?[(（]总第\s?\d+\s?期[)）]|共\s?\d{1,5}\s?页|(?:已影响|已有)\s?\d+(?:\.\d+)?[万千]?\s?人(?:次)?(?:阅读|浏览|看过|下载|收藏|关注)?|(?<=^|[\s|｜·])\d+(?:\.\d+)?\s?[万千]\s?字(?=$|[\s|｜·])|\d+(?:\.\d+)?[万千wk]?\s?人(?:次)?已?(?:阅读|浏览|看过|下载|收藏|已读|关注|觉得有用|评价|点赞)|\d(?:\.\d)?\s?(?:分|星级)(?=$|[\s(（])|[【\[]\s?(?:包含)?\d+(?:\.\d+)?\s?[千万]?\s?(?:篇|页|字)\s?[】\]]|约\s?\d+\s?字|(?<=^|[\s|·])\d{1,4}\s?页(?=$|[\s|·])|(?:被|收录(?:进|于|到|在)?)\s?[\d,]+\s?个(?:书单|合集|专辑|文集|收藏夹)(?:收录)?/gi
/**
 * How many read, liked or answered a post, the way a page prints it ("阅读 1,207", "阅读(532)", "已下载 73 次", "3.2万阅读", "👁 862", "♡ 41"):
 * the page's count of its readers, never the document's.
 */
const READS = /(?:已?被?(?:阅读|浏览|翻阅|点击|播放|下载)(?:量|数|次数)?|已阅|评论|点赞|获赞|收藏|[\u{1F441}\u{1F4AC}\u{1F44D}♡❤])\s?[:：]?\s?[(（]?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[万wWkK]?\+?\s?次?[)）]?(?=$|[\s|｜·•・)）\]】〕］]|(?<=次)[\u4e00-\u9fff])|(?<=^|[\s|｜·•・])(?:\d+(?:\.\d+)?)[万wWkK]?\+?\s?次?(?:阅读|浏览|播放)(?=$|[\s|｜·•・])/gu
// A Q&A page's answerer's rate, a shop's rating ("采纳率92%", "好评率 99.2%"): the page's counters, not the document's figures.
const ANSWER_RATE = /(?:采纳率|好评率)\s?[:：]?\s?\d{1,3}(?:\.\d{1,2})?%/g
const RATE_MARK = /采纳率|好评率/
const READS_MARK = /阅读|已阅|浏览|翻阅|点击|播放|下载|评论|点赞|获赞|收藏|[\u{1F441}\u{1F4AC}\u{1F44D}♡❤]/u
/** A file's name or type (…总结.docx, Word文档, PDF版): a download link, not words of the document. */
const FILE_LINK = /[^\s|【】[\]]{0,40}\.(?:docx?|pptx?|xlsx?|pdf|wps|txt)(?![A-Za-z])|(?:Word|PDF|PPT|Excel|WPS)\s?(?:文档|文件|版|格式)/gi
/** A file type standing alone between separators ("DOCX · 6页 · 38.5KB"): the viewer's, beside its other furniture. */
const FILE_TYPE = /(?<=^|[\s|｜·•・【\[(（])(?:DOCX?|PDF|PPTX?|XLSX?|WPS|TXT)(?:格式|文档|文件)?(?=$|[\s|｜·•・】\])）])/gi
const TOPIC_TAG = /#[^#\s]{2,12}#?/g
const FILE_MARK = /\.(?:docx?|pptx?|xlsx?|pdf|wps|txt)|Word|PDF|PPT|Excel|WPS|DOCX?|XLSX?|TXT/i
/**
 * A pair of any short key and a short value between separators ("资料类别:总结 资料版本:通用"). Two or more on
 * a line make a file's or a page's metadata whatever the keys, unless a key is one a document's own
 * programme or staffing line uses (时间:, 地点:, 主持人:, 组长:…).
 */
const ANY_PAIR = new RegExp(`(?<=^|[\\s${CELL_BARS}·,，;；])([\\u4e00-\\u9fff]{2,4})[:：]\\s?[^\\s${CELL_BARS}:：,，;；。]{1,16}(?=$|[\\s${CELL_BARS}·,，;；])`, 'g')
// A report's own form of its author ("单位:某某林业站 姓名:某某 职务:站长", "述职人:某某 任教学科:语文",
// "报告单位:… 统计期间:…") too.
// The keys that address a document (报送:, 抄送:) are its own as well.
const OWN_KEY = new RegExp(
  `时间|日期|地点|主题|对象|内容|人员|主持|主办|承办|协办|负责|联系|目的|形式|要求|措施|成效|[长员记任]$|^(?:单位|工作单位|姓名|职务|职称|性别|年龄|学历|民族|籍贯|述职人|报告人|汇报人|报告单位|填报单位|统计期间|任教学科|${ADDRESSING_KEYS.join('|')})$`,
)
const MIN_PAIRS = 2
const SEPARATED_DATE = /^\s?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/

/** A date written out in full ("2024年1月12日"): a post's date only beside a reader count. */
const WRITTEN_DATE = /^\d{4}年\d{1,2}月\d{1,2}日/
/** A star rating ("推荐度:★★★★☆", "★★★★★"): a widget's value, with the short key before it. */
const RATING = /(?:[\u4e00-\u9fff]{1,5}[:：]\s?)?[★☆✩✭✰]{3,}/g
const STAR = /[★☆✩✭✰]/
/** A feed's widgets: a picture's or a video's placeholder ([图片]), a follow button (+关注), a like counter (👍 326). */
const WIDGETS = /[[【]\s?(?:图片|图|视频|表情|动图|音频|组图(?:共\s?\d{1,3}\s?张)?)\s?[\]】]|[+＋]\s?关注|\u{1F44D}\s?\d*/gu
const WIDGET_MARK = /[[【]\s?(?:图片|图|视频|表情|动图|音频|组图)|[+＋]\s?关注|\u{1F44D}/u
/** A page's font-size control ("【大 中 小】", "[大] [中] [小]"): three one-character buttons. */
const FONT_SIZES = /[【[(〔]\s?大\s?[】\])〕|｜]?\s?[【[(〔]?\s?中\s?[】\])〕|｜]?\s?[【[(〔]?\s?小\s?[】\])〕]/g
const FONT_SIZE_MARK = /大\s?[】\])〕|｜]?\s?[【[(〔]?\s?中\s?[】\])〕|｜]?\s?[【[(〔]?\s?小/
/** A font control under its key with two or more sizes, whatever they are called ("调整字体 特大 标准 偏小", "字号:A+ A-"). */
const SIZE_WORD = '(?:特大|超大|加大|较大|大|标准|默认|中|偏小|较小|小|A\\+|A-)'
const FONT_CONTROL = new RegExp(`(?:调整|选择)?(?:字体|字号)(?:大小)?\\s?[:：]?\\s?(?:[【[(〔]?\\s?${SIZE_WORD}\\s?[】\\])〕|｜]?\\s?){2,4}`, 'g')
const FONT_CONTROL_MARK = /字体|字号/
// Interface words of three or more characters (and the unmistakable 首页, 登录…) are found anywhere;
// two-character words that prose uses too (内容, 动态, 阅读) only standing alone between separators;
// a one-character control (大 中 小) only inside brackets.
const ANYWHERE = new Set(['首页', '登录', '注册', '账号', '密码', '字号', '字体', '扫一扫'])
const UI_FOLDED = UI_WORDS.map(fold)
const UI_SET = new Set(UI_FOLDED)
const UI = new RegExp(wordAlternation(UI_FOLDED.filter((w) => w.length >= 3 || ANYWHERE.has(w))), 'g')
const EDGE = '[\\s|/\\[\\]【】()（）,，:：>»·•\\-、]'
const UI_ALONE = new RegExp(`(?<=^|${EDGE})(?:${wordAlternation(UI_FOLDED.filter((w) => w.length === 2 && !ANYWHERE.has(w)))})(?=$|${EDGE})`, 'g')
const ONE_CHAR_UI = new RegExp(`(?<=[【\\[(（])(?:${UI_WORDS.map(fold).filter((w) => w.length === 1).join('|')})(?=[】\\])）])`, 'g')
const SITE = new RegExp(`(?:本站|本网|[\\u4e00-\\u9fffA-Za-z0-9]{1,10}?(?:${wordAlternation(SITE_ENDINGS)}))`, 'g')
// What each pattern cannot match without: most lines of prose lack it, and the pattern is not run.
const SITE_WORD = new RegExp(`本站|本网|${wordAlternation(SITE_ENDINGS)}`)
const DIGIT = /\d/
const KEY_MARK = /[:：丨|】〗]/
const URL_MARK = /\.|http/i
const NOT_SITE = new RegExp(`(?:${wordAlternation(NOT_SITES)})$`)
// 信息网 and 服务网 are networks in prose ("建成覆盖全县的卫生信息网") but a portal's name when a
// named one stands alone ("某某县教育信息网"): there the name is a site's.
const PORTAL = /^[\u4e00-\u9fff]{3,10}(?:信息网|服务网)$/
const notSite = (name: string, whole: boolean) => NOT_SITE.test(name) && !(whole && PORTAL.test(name))
const WHOLE_SITE_NAME = new RegExp(`^[\\u4e00-\\u9fffA-Za-z0-9]{1,10}(?:${wordAlternation(SITE_ENDINGS)})$`)

/** The words of a site's traffic with its reader (INTERACTION_WORDS), folded, once. */
export const TRAFFIC_WORDS: readonly string[] = [...new Set(INTERACTION_WORDS.map(fold))]

/** How many of the site's traffic words a text holds (each word once). */
export function countTrafficWords(text: string): number {
  return TRAFFIC_WORDS.filter((w) => text.includes(w)).length
}

/** The whole text is a website's name (某某范文网, 某某文库), not a network word of prose (互联网). */
export function isSiteName(text: string): boolean {
  const t = fold(text).trim()
  return WHOLE_SITE_NAME.test(t) && !notSite(t, true)
}
const SYMBOL = /[\s\p{P}\p{S}]/u
const ASTRAL = /[\uD800-\uDBFF\uFE0F\u200D]/
const PICTOGRAPH = new RegExp(`[${EMOJI_CHARS}]`, 'gu')
// Kinds by code, for reading the codes back.
const BY_CODE: readonly FurnitureKind[] = KINDS.slice().sort((a, b) => CODE[a] - CODE[b])

function mark(codes: Uint8Array, start: number, end: number, kind: FurnitureKind): void {
  for (let i = start; i < end; i++) if (codes[i] === 0) codes[i] = CODE[kind]
}

function markAll(codes: Uint8Array, text: string, re: RegExp, kind: FurnitureKind, keep: (m: RegExpExecArray) => boolean = () => true): void {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    if (keep(m)) mark(codes, m.index, m.index + m[0].length, kind)
  }
}

// Every line is read by the line model, the furniture rule and the trailing-metadata rule: remember
// recent lines rather than mark them three times.
const marked = recentTexts(markLine)

/** The furniture kind of every character of a line (folded), in order. */
export function furnitureCodes(line: string): { text: string; kinds: readonly FurnitureKind[] } {
  return marked(line)
}

/** Forgets remembered lines (benchmarks call it so repeated pages are not measured as free). */
export function clearFurnitureMemo(): void {
  marked.forget()
}

function markLine(line: string): { text: string; kinds: FurnitureKind[] } {
  const text = fold(line)
  const codes = new Uint8Array(text.length)
  const digits = DIGIT.test(text)
  if (URL_MARK.test(text)) markAll(codes, text, WEB_ADDRESS, 'url')
  if (digits) markAll(codes, text, MACHINE_DATE, 'date')
  if (digits) markAll(codes, text, RELATIVE_TIME, 'date')
  if (digits && text.includes('日')) markAll(codes, text, ISSUE_DATE, 'date')
  if (digits && WEEKDAY_MARK.test(text)) {
    markAll(codes, text, WEEKDAY, 'date', (m) => codes[m.index - 1] === CODE.date || (text[m.index - 1] === ' ' && codes[m.index - 2] === CODE.date))
  }
  // Keys and their values; a date key counts only with a machine date after it, or beside a reader count.
  // What each costly pattern cannot match without, tested first: most lines are prose.
  const readsMark = digits && READS_MARK.test(text)
  READS.lastIndex = 0
  const reads = readsMark && READS.test(text)
  READS.lastIndex = 0
  const keys = KEY_MARK.test(text) ? [...text.matchAll(KEY)] : []
  keys.forEach((m, k) => {
    const start = m.index!
    const valueStart = start + m[0].length
    const next = keys[k + 1]?.index ?? text.length
    const rest = text.slice(valueStart, next)
    const cut = rest.search(VALUE_END)
    const valueEnd = valueStart + (cut < 0 ? rest.length : cut)
    // A date key is metadata only with a machine date after it ("时间:" alone heads a plan's line).
    if (DATE_KEY.has(m[1]!.replace(/\s/g, ''))) {
      if (codes[valueStart] === CODE.date && KEYED_MACHINE_DATE.test(text.slice(valueStart))) mark(codes, start, valueStart, 'meta')
      // Beside a reader count ("作者:项目组 时间:2024年1月12日 阅读(532)") the date is the post's, however written.
      else if (reads && WRITTEN_DATE.test(rest)) mark(codes, start, valueStart + WRITTEN_DATE.exec(rest)![0].length, 'meta')
      return
    }
    if (valueEnd - valueStart > MAX_VALUE) return
    // "[ 字体: ] [ 阅读: ]": an interface word with a colon and nothing after it is a control.
    mark(codes, start, valueEnd, valueEnd === valueStart && UI_SET.has(m[1]!.replace(/\s/g, '')) ? 'ui' : 'meta')
  })
  markAll(codes, text, BYLINE, 'meta')
  if (text.includes('/') || text.includes('／')) markAll(codes, text, SLASH_CREDIT, 'meta')
  if (digits && codes.includes(CODE.date)) markAll(codes, text, KEY_BEFORE_DATE, 'meta', (m) => codes[m.index + m[0].length] === CODE.date)
  if (text.includes('属地')) markAll(codes, text, IP_PLACE, 'meta')
  if (KEY_MARK.test(text)) {
    const pairs = [...text.matchAll(ANY_PAIR)]
    // A key already read as a page's (发布日期: with a machine date) is no programme's own key, nor is any date key whose
    // value is a date with separators ("刊发日期:2024-10-18"): a programme or a report writes its day out (报送日期:2023年12月20日).
    const machineDated = (p: RegExpExecArray) => SEPARATED_DATE.test(text.slice(p.index + p[1]!.length + 1))
    const own = (p: RegExpExecArray) => OWN_KEY.test(p[1]!) && codes[p.index] !== CODE.meta && !machineDated(p)
    // A page key among them (文章来源:) makes the row the page's, own keys and all ("述职人:某某 文章来源:某某网").
    const pageKey = (p: RegExpExecArray) => codes[p.index] === CODE.meta
    if (pairs.length >= MIN_PAIRS && (!pairs.some(own) || pairs.some(pageKey))) for (const p of pairs) mark(codes, p.index, p.index + p[0].length, 'meta')
  }
  if (digits) markAll(codes, text, COUNTER, 'counter')
  if (digits && RATE_MARK.test(text)) markAll(codes, text, ANSWER_RATE, 'counter')
  if (STAR.test(text)) markAll(codes, text, RATING, 'counter')
  if (digits) markAll(codes, text, FILE_COUNTER, 'counter')
  if (readsMark) markAll(codes, text, READS, 'counter')
  markAll(codes, text, UI, 'ui')
  markAll(codes, text, UI_ALONE, 'ui')
  markAll(codes, text, ONE_CHAR_UI, 'ui')
  if (FONT_SIZE_MARK.test(text)) markAll(codes, text, FONT_SIZES, 'ui')
  if (FONT_CONTROL_MARK.test(text)) markAll(codes, text, FONT_CONTROL, 'ui')
  if (WIDGET_MARK.test(text)) markAll(codes, text, WIDGETS, 'ui')
  if (SITE_WORD.test(text)) markAll(codes, text, SITE, 'site', (m) => !notSite(m[0], m[0].length === text.trim().length))
  // A file's name is a link beside the viewer's other furniture ("【下载】…总结.docx", "….doc 12.5KB");
  // alone after a key of the document's own ("附件:…记录表.docx") it is the document's.
  if (FILE_MARK.test(text) && codes.some((c) => c !== 0)) {
    markAll(codes, text, FILE_LINK, 'url')
    markAll(codes, text, FILE_TYPE, 'meta')
  }
  // A topic tag ("#社区动态") beside the page's other furniture ("收录于合集 #社区动态").
  if (text.includes('#') && codes.some((c) => c !== 0)) markAll(codes, text, TOPIC_TAG, 'ui')
  const kinds: FurnitureKind[] = []
  for (let i = 0; i < text.length; i++) kinds.push(codes[i] === 0 && SYMBOL.test(text[i]!) ? 'symbol' : BY_CODE[codes[i]!]!)
  // An emoji is a symbol too ("📅 发表于 …"), though each half of its surrogate pair reads as neither.
  if (ASTRAL.test(text)) {
    for (const m of text.matchAll(PICTOGRAPH)) for (let i = m.index; i < m.index + m[0].length; i++) if (codes[i] === 0) kinds[i] = 'symbol'
  }
  return { text, kinds }
}

// A post's stamp parts its cells with bars, dots or spaces (a wide space folds to one).
const CELL = /\s*[|｜·•・]\s*|\s+/
/** A cell that names who posted: a unit's, an account's or a person's name (digits in a handle read as a count), no punctuation. */
const POSTER_CELL = /^[\u4e00-\u9fffA-Za-z0-9_]{2,12}$/
const MAX_POSTER_CELLS = 2

/**
 * A post's stamp: who posted it, when, and how many read it ("2024.01.08 ｜ 集团党群工作部 ｜ 阅读 1,207",
 * "某某合作社　2024-01-05　👁 862　♡ 41"). Every cell is a machine date, a page counter or key, or a short name,
 * and both a date and a reader count stand in it: a document's timeline row has no reader count.
 */
export function isPostStamp(line: string): boolean {
  const text = fold(line).trim()
  if (!DIGIT.test(text) || SENTENCE_BREAK.test(text)) return false
  READS.lastIndex = 0
  if (!READS_MARK.test(text) || !READS.test(text)) return false
  const { kinds } = furnitureCodes(text)
  let at = 0
  let dated = false
  let names = 0
  for (const cell of text.split(CELL)) {
    const start = text.indexOf(cell, at)
    at = start + cell.length
    if (!cell) continue
    const own = kinds.slice(start, at)
    if (own.includes('date')) dated = true
    if (!own.includes('text')) continue
    if (!POSTER_CELL.test(cell) || own.some((k) => k !== 'text' && k !== 'symbol' && k !== 'counter') || ++names > MAX_POSTER_CELLS) return false
  }
  return dated
}

/** Characters per furniture kind over a line. */
export function furnitureShares(line: string): FurnitureShares {
  const out = { meta: 0, date: 0, counter: 0, ui: 0, site: 0, url: 0, symbol: 0, text: 0, total: 0 }
  for (const k of furnitureCodes(line).kinds) {
    out[k]++
    out.total++
  }
  return out
}

/** The pieces of a line that are furniture, for reasons ("时间:2023-11-17", "首页"). */
export function furniturePieces(line: string): string[] {
  const { text, kinds } = furnitureCodes(line)
  const out: string[] = []
  let piece = ''
  for (let i = 0; i <= text.length; i++) {
    const k = kinds[i]
    if (k !== undefined && k !== 'text' && k !== 'symbol') piece += text[i]
    else if (piece) {
      out.push(piece)
      piece = ''
    }
  }
  return out
}

import { furnitureLine } from '../furniture.js'
import { BRACKETED, matchSpans } from '../match.js'
import { DIVIDER_LINE, FRAME_MARKS, hanCount, SENTENCE_END } from '../../text/chars.js'
import { isClosingLine } from '../../text/date-line.js'
import { AN_ADDRESS, isSiteName } from '../../text/furniture.js'
import { SITE_NAME_WORDS } from '../../lexicon/noise.js'
import { looksLikeTitle } from '../../text/title.js'
import { wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

// A hard-wrapped sentence goes on in the next line: a line that closes a sentence the line before left open
// ("…回放可登录“某某”网站" / "(www.example.org.cn)观看。") is the end of that sentence, not a link of the page.
const CLOSES = /。["”’)）]?$/
const WRAPPED_MIN = 20
const CLAUSE_ON = /[\u4e00-\u9fff]{2,}[,，][\u4e00-\u9fff]{2,}/

function closesWrappedSentence(text: string, texts: readonly string[], index: number): boolean {
  const before = (texts[index - 1] ?? '').trim()
  // The line closes the sentence, or goes on with it past a comma ("(http://…)发布,学生点击").
  if ((CLOSES.test(text.trim()) || CLAUSE_ON.test(text)) && before.length >= WRAPPED_MIN && !SENTENCE_END.test(before)) return true
  // An address in quotes that a sentence of the document introduces with a colon ("…可登录报名系统在线报名:" /
  // "“https://…”"): a site does not quote its own address, nor lead to it with a sentence.
  return QUOTED.test(text.trim()) && INTRODUCED.test(before) && hanCount(before) >= INTRO_MIN_HAN
}
const QUOTED = /^[“"「『][^”"」』]+[”"」』]$/
const INTRODUCED = /[:：]$/
const INTRO_MIN_HAN = 8

// A mobile page's menu button and the site's name ("≡ 某某掌中宝").
const MOBILE_MENU = /^[≡☰]\s?[\u4e00-\u9fffA-Za-z0-9·]{2,14}(?:\s?[🔍⌕])?(?:\s+(?:搜索|我的|登录|注册|首页|分类|消息|书架)){0,4}$/u
// A menu under its key ("科室导航:心血管内科 呼吸内科 消化内科 …"): the key names a navigation, the items follow.
// The spaces between its items may be gone by the time lines are judged: a run of words with no punctuation.
const KEYED_MENU = /^[\u4e00-\u9fff]{0,4}(?:导航|快速链接|友情链接|便民服务|快捷入口)\s?[:：]\s?[\u4e00-\u9fffA-Za-z\s|｜丨·]{6,}$/

// A phone's status bar copied with the page ("14:07 ··· 5G ▂▄▆█ 76%"): the time, the network, the battery.
const STATUS_BAR = /^\d{1,2}:\d{2}\b.{0,20}\b(?:[2-5]G|LTE|WiFi|Wi-Fi)\b.{0,12}\d{1,3}%\s?(?:[\p{S}\uFE0F]\s?){0,3}$/iu

// A switch between the page's scripts and languages ("简体中文 | 繁體中文 | English"), whatever the line says beside it.
const LANGUAGES = '(?:简体中文|繁體中文|繁体中文|简体|繁體|繁体|English|ENGLISH|EN)'
const LANGUAGE_SWITCH = new RegExp(`${LANGUAGES}\\s?[|｜/·]\\s?${LANGUAGES}`)
const MAX_SWITCH_LINE = 120
const languageSwitch = (line: string): boolean => line.length <= MAX_SWITCH_LINE && !/[。，,;；]/.test(line) && LANGUAGE_SWITCH.test(line)

// A forum thread's subject, tagged as the board tags its threads ("[分享] 转一篇…总结,新来的可以看看"), at the head of the
// document (it may be the first line long enough to read as body).
const THREAD_SUBJECT = /^[[【](?:分享|原创|转帖|转载|求助|讨论)[\]】]\s?[^。!?！？]{4,60}$/

// The site's column over the document, alone in brackets ("【协会动态】", "[校园要闻]"), above the body.
const COLUMN_LABEL = /^[【\[][\u4e00-\u9fff]{0,6}(?:动态|资讯|要闻|新闻|快讯)[】\]]$/
// A column of documents named by their genres ("【计划总结】", "【述职述廉】") is the site's only above the document's title: under it
// the same bracket heads a section.
const GENRE_COLUMN = /^[【\[][\u4e00-\u9fff]{0,4}(?:总结|计划|述职|述廉|报告|方案|范文)[\u4e00-\u9fff]{0,4}[】\]]$/

// A blog's sidebar entry with its post count ("· 班主任手记 (37)", "· 2011年12月 (7)").
const SIDEBAR_ENTRY = /^[·•▪●◆■\-]\s?[^\s,，。;；]{2,16}\s?[(（]\d{1,4}[)）]$/

// The document's own service address under a key saying what it is for ("报名咨询:https://…", "网上申报:www…").
const SERVICE_LINK = /^[\u4e00-\u9fff]{0,4}(?:报名|咨询|预约|查询|申报|办理|填报|投诉|举报)[\u4e00-\u9fff]{0,4}\s?[:：]\s?(?:https?:\/\/|www\.)/

// A numbered item of the document closes on its own punctuation ("3.登录医院官网 www.example.cn 在线预约;").
const LIST_ITEM = /^\s?(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、).*[;；。]$/

// A weather widget ("今日天气:某地 多云转小雨 12~19℃", "东南风2级 空气质量:良"): two of its signs, and no sentence.
const WEATHER_SIGNS: readonly RegExp[] = [
  /-?\d{1,2}\s?[~～\-至]\s?-?\d{1,2}\s?(?:℃|°C?)/,
  /(?:^|[\s:：])(?:晴|阴|多云|[小中大暴]?雨|阵雨|雷阵雨|[小中大]?雪|雨夹雪|雾|霾)(?:转(?:晴|阴|多云|[小中大暴]?雨|[小中大]?雪))?(?=$|[\s\d])/,
  /[东南西北]{1,2}风\s?\d{1,2}(?:-\d{1,2})?级|微风/,
  /空气质量\s?[:：]?\s?(?:优|良|轻度污染|中度污染|重度污染)|AQI/,
  /^(?:[^\p{L}\p{N}\s]\s?)?(?:今日|今天|明日|明天|后天|未来[三七3-7]天|实时)(?:天气)?\s?[:：]/u,
]
const MAX_WEATHER = 60
// A log's dated entry records the day's weather ("7月2日 晴 28~35℃ …"): the document's own.
const DATED_ENTRY = /^\d{1,2}月\d{1,2}日|^\d{4}[-/.年]/
const weatherWidget = (t: string): boolean =>
  t.length <= MAX_WEATHER && !/[。,，]/.test(t) && !DATED_ENTRY.test(t) && WEATHER_SIGNS.filter((re) => re.test(t)).length >= 2

// A slogan banner framed by the same marks at both ends ("■■ 红心向党 奋楫争先 ■■", "★ 一心为民 某某先行 ★"): the
// site's decoration between paragraphs; a document writes its slogans plain.
// A blog's or site's masthead over the document: its name beside a short name or motto of its own
// ("某某部落 · 某某协会的博客"), every part a bare name and one a site's name. A title beside the
// site's name is the page's title, the seo-title rule's.
const MASTHEAD_SEPARATOR = /\s*[·‧•|｜丨]\s*|\s[-—–]{1,2}\s/
const MASTHEAD_PART = /^[\u4e00-\u9fffA-Za-z0-9]{2,14}(?: [\u4e00-\u9fffA-Za-z0-9]{2,10})?$/
// A part named as a document site names itself ("某某文档", "某某范文"): beside its motto it is no document's words.
const SITE_NAMED = new RegExp(`^[\\u4e00-\\u9fffA-Za-z0-9]{1,8}(?:${wordAlternation(SITE_NAME_WORDS)})$`)

function masthead(line: string): boolean {
  const parts = line.split(MASTHEAD_SEPARATOR)
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => MASTHEAD_PART.test(part) && !looksLikeTitle(part)) && parts.some((part) => isSiteName(part) || SITE_NAMED.test(part))
}
// A watermark line: the site's name and address said again and again ("某某农讯 example.com 某某农讯 example.com").
const REPEATED_RUN = /^(.{4,40}?)(?:\s*\1)+$/

const REPEATED_MAX = 120
const REPEAT_CUE = /[A-Za-z]|网|站|文库|文档|范文/

function repeatedWatermark(line: string): boolean {
  // Most lines hold no address and no site word: the back-referencing pattern need not run on them.
  const run = line.length <= REPEATED_MAX && REPEAT_CUE.test(line) ? REPEATED_RUN.exec(line) : null
  return run !== null && (AN_ADDRESS.test(run[1]!) || run[1]!.trim().split(/\s+/).some(isSiteName))
}
const BANNER = new RegExp(`^([${FRAME_MARKS}]{1,3})\\s*[\\u4e00-\\u9fff]{2,8}(?:[\\s　·,，]+[\\u4e00-\\u9fff]{2,8}){0,3}\\s*\\1$`)

// A form's question over its answer ("Q3【必填】主要工作及成效(不少于300字)"): the form's label, not the document.
const FORM_QUESTION = /^(?:Q|问题)\s?\d{1,2}\s?(?:[【\[(（](?:必填|选填|单选|多选|必答|选答)[】\])）]|\s(?=请))/

// The page's buttons glued after the last line ("2024年1月12日【打印】【关闭】"): they go, the line stays.
const BUTTONS = '打印|关闭|返回|收藏|分享|纠错|打印本页|关闭窗口|返回顶部|返回列表|语音播报|语音朗读|朗读|听全文|Print|Close|Back|Share'
const TRAILING_BUTTONS = new RegExp(`(?:\\s*[【\\[](?:${BUTTONS})[】\\]]){1,6}\\s*$`)
// A back-to-top link glued after the last line ("…写进村规民约。↑回到顶部").
const TRAILING_TOP = /\s*[↑⬆▲]\s?(?:回到顶部|返回顶部)\s*$/
// The page's buttons after the document's closing on its line ("某某居委会 2023年7月5日 转藏 分享 献花(2)").
const CLOSING_LINE_MAX = 60
function chromeAfterClosing(folded: string): number {
  if (folded.length > CLOSING_LINE_MAX) return -1
  // The closing ends at one of the line's gaps: try each.
  for (const gap of folded.matchAll(/\s+/g)) {
    if (gap.index > 0 && isClosingLine(folded.slice(0, gap.index)) && furnitureLine(folded.slice(gap.index))?.kind === 'chrome') return gap.index
  }
  return -1
}
// A font-size control glued before a paragraph ("字号:大 中 小　今年上半年,…"; a long line lost its spaces), or after
// the title ("…工作总结　【字体:大 中 小】", the space between Han characters gone by the time lines are judged).
const FONT_SIZES = '[【\\[]?(?:字号|字体)\\s?[:：]?\\s?[【\\[(]?\\s?大\\s?[】\\])]?\\s?[【\\[(]?\\s?中\\s?[】\\])]?\\s?[【\\[(]?\\s?小\\s?[】\\])]?[】\\]]?'
const LEADING_FONT_SIZES = new RegExp(`^\\s*${FONT_SIZES}\\s*(?=\\S)`)
const TRAILING_FONT_SIZES = new RegExp(`\\s?${FONT_SIZES}\\s*$`)
// A relay's tag or a channel's series glued before the title or a paragraph ("【转发】某某社区…总结", "【转发 请相互告知】二是…",
// "【专题】奋进上半年丨某某区…总结"), a board's pin ("【置顶】2024年…工作计划"): the tag goes, the line stays. A system's 【转发自OA】 heads its own row of metadata.
const LEADING_TAG = /^\s*(?:[【\[](?:转发|转载|扩散)(?!自)[^【】\[\]]{0,8}[】\]]|[【\[](?:置顶|精华|公告)[】\]]|[【\[]专题[】\]][^丨|｜【】]{1,12}[丨|｜])\s*(?=\S)/
// A mirror's script switch glued before the title ("【繁體】|简体　某某乡2021年…工作總結").
const LEADING_SCRIPT_SWITCH = /^\s*[【\[]?(?:繁体|简体|繁|简)(?:中文|版)?[】\]]?\s?[|｜/丨]\s?[【\[]?(?:繁体|简体|繁|简)(?:中文|版)?[】\]]?\s*(?=\S)/
// …and the buttons before the first line ("【语音播报】2022年,我镇…"): they go, the paragraph stays.
const LEADING_BUTTONS = new RegExp(`^\\s*(?:[【\\[](?:${BUTTONS})[】\\]]\\s*){1,6}(?=[^\\s【\\[])`)

// The page's date of today ("今日:2024年5月20日 星期一"), maybe after the site's name ("某某中学 · 今日:…").
const TODAY = /^(?:[^\s·•|｜。,，;；]{2,16}(?:\s[A-Za-z][A-Za-z\s]{0,20})?\s*[\s·•|｜]\s?)?(?:今日|今天|今天是)\s?[:：]?\s?\d{4}年\d{1,2}月\d{1,2}日\s?(?:星期|周)[一二三四五六日天](?:\s.{0,16})?$/
// A calendar widget's rows: the weekday header, the term and week ("日 一 二 三 四 五 六", "第一学期 第17周").
const CALENDAR = /^(?:日\s*一\s*二\s*三\s*四\s*五\s*六|一\s*二\s*三\s*四\s*五\s*六\s*日|第[一二]学期\s*第\s?\d{1,2}\s?周)$/

// A site's tip box ("【农时提示】…", "【温馨提示】…"): a bracketed label naming a tip, opening its own line.
// A warning sign may stand for the brackets ("⚠ 温馨提示:…").
const TIP_BOX = /^(?:[【\[〔]\s?[\u4e00-\u9fff]{0,4}(?:提示|提醒|贴士)\s?[】\]〕]|[⚠※❗❕]\uFE0F?\s?[\u4e00-\u9fff]{0,4}(?:提示|提醒|贴士)\s?[:：]|([◆■●★▲◇□])\s?[\u4e00-\u9fff]{0,4}(?:提示|提醒|贴士|小课堂|小知识)\s?\1)/

// A box drawn in line characters around a tip or notice of the site ("┌── 安全提示 ──┐", "│ …", "└───┘").
// A site's download notes under their bracketed heading ("【下载说明】" / "1、本站资料均为….doc格式…"): the heading and
// its numbered notes are the site's, however they are worded.
const NOTICE_HEADING = /^(?:[【\[〔]\s?(?:下载|购买|资料|文档|付费)(?:说明|须知|声明)\s?[】\]〕]|(?:下载|购买|付费)(?:说明|须知)\s?[:：])$/
const NUMBERED_NOTE = /^(?:\d{1,2}\s?[、.．]|[(（]\d{1,2}[)）])/
const NOTICE_REACH = 8
function inNoticeBlock(texts: readonly string[], index: number): boolean {
  for (let i = index; i >= Math.max(0, index - NOTICE_REACH); i--) {
    const t = (texts[i] ?? '').trim()
    if (NOTICE_HEADING.test(t)) return true
    if (!NUMBERED_NOTE.test(t)) return false
  }
  return false
}

const BOX_TOP = /^[┌╔┏╭]/
// A side, or the bottom line closing the box ("┗━ 某某微警务 · 全天在线为您服务 ━┛").
const BOX_SIDE = /^[│║┃└╚┗╰]/
const BOX_TITLE = /提示|提醒|贴士|须知|公告|通知|热线|服务|扫码|关注/
const BOX_REACH = 8
function inTipBox(texts: readonly string[], index: number): boolean {
  for (let i = index; i >= Math.max(0, index - BOX_REACH); i--) {
    const t = (texts[i] ?? '').trim()
    if (BOX_TOP.test(t)) return BOX_TITLE.test(t)
    if (!BOX_SIDE.test(t)) return false
  }
  return false
}

// A writing platform's row of AI tools ("✦ AI一键生成同主题述职 · 改写降重 · 智能续写 >>"): a machine's writing verbs
// offered as buttons between bars or dots, no sentence.
const AI_TOOL = /(?:AI|ai|智能|一键)\s?(?:一键)?(?:生成|续写|改写|扩写|润色|降重|仿写|写作)|改写降重|降重改写/
const AI_TOOL_ROW = /^[^\u4e00-\u9fffA-Za-z0-9]{0,2}\s?[^。,，;；]{2,16}(?:\s?[·•|｜丨]\s?[^。,，;；·•|｜丨]{2,12}){1,5}\s?(?:>>|»|›|>|→)?$/
// The row names the machine (AI) or points on to the tool (>>); a system's features listed in a report do neither.
const AI_OR_LINK = /AI|ai|(?:>>|»|›|>|→)$/
const aiToolRow = (line: string) => line.length <= 60 && AI_TOOL_ROW.test(line) && AI_OR_LINK.test(line) && line.split(/[·•|｜丨]/).filter((i) => AI_TOOL.test(i)).length >= 2

// An advertisement under its label ("Advertisement 广告｜某某地产 专业买卖出租 …", "【广告】…"): the label says whose words
// they are. A colon after a bare 广告 opens a media report's own figures ("广告:全年收入1200万元"): only a bar or a dot labels one.
const AD_LABEL = /^(?:Advertisement\s?|AD\s)?(?:广告|推广)\s?[|｜·]|^[【\[](?:广告|推广)[】\]]|^Advertisement\s?[|｜:：·]/

const SHARE_BAR = /(?<=[。!?！？])\s?分享到\s?[:：]?\s?(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣|百度贴吧)\s?){2,}/g

export const pageChrome: Rule = {
  id: 'boilerplate/page-chrome',
  kind: 'boilerplate',
  description: "The web page's interface: lines of navigation, account, comment, sharing and reading-tool words, site names and URLs",
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    const line = block.folded.trim()
    if (SIDEBAR_ENTRY.test(line)) return { reason: 'a sidebar entry with its post count' }
    if (COLUMN_LABEL.test(line) && block.index < block.firstBodyIndex) return { reason: "the site's column over the document" }
    if (GENRE_COLUMN.test(line) && block.index < doc.titleIndex) return { reason: "the site's column over the document" }
    // A subject that is the document's title ("[转载]2023年读书会活动总结") loses its tag only (below).
    if (THREAD_SUBJECT.test(line) && block.index <= block.firstBodyIndex && !looksLikeTitle(line.replace(/^[[【][^\]】]+[\]】]\s?/, ''))) {
      return { reason: "a forum thread's subject" }
    }
    if (STATUS_BAR.test(line)) return { reason: "a phone's status bar" }
    if (MOBILE_MENU.test(line)) return { reason: "a mobile page's menu bar" }
    if (languageSwitch(line)) return { reason: "the page's language switch" }
    if (KEYED_MENU.test(line)) return { reason: 'a menu under its key' }
    if (weatherWidget(line)) return { reason: 'a weather widget' }
    if (DIVIDER_LINE.test(line)) return { reason: 'a divider of symbols' }
    if (CALENDAR.test(line) || TODAY.test(line)) return { reason: 'a calendar widget' }
    if (block.index < block.firstBodyIndex && masthead(line)) return { reason: "the site's masthead" }
    if (repeatedWatermark(line)) return { reason: "the site's watermark line (its name and address repeated)" }
    if (BANNER.test(line)) return { reason: 'a slogan banner framed by marks' }
    if (aiToolRow(line)) return { reason: "a writing platform's AI tools" }
    if (AD_LABEL.test(line)) return { reason: 'an advertisement under its label' }
    // A share bar a run-together line carries between two sentences ("…报名参赛。 分享到: 微信 微博 QQ空间 二、竞赛组织…").
    const share = matchSpans(SHARE_BAR, block.folded)
    if (share.length > 0) return { reason: "the page's share bar inside the line", spans: share }
    if (FORM_QUESTION.test(line)) return { reason: "a form's question" }
    if (TIP_BOX.test(line) || inTipBox(doc.texts, block.index)) return { reason: "the site's tip box" }
    if (inNoticeBlock(doc.texts, block.index)) return { reason: "the site's download notes" }
    const v = furnitureLine(block.text)
    if (v?.kind === 'chrome' && (closesWrappedSentence(block.text, doc.texts, block.index) || LIST_ITEM.test(block.text) || SERVICE_LINK.test(line))) return undefined
    if (v?.kind === 'chrome') return { reason: `page interface (${v.pieces.slice(0, 4).join(' ')})` }
    // A line of words of its own with the page's buttons after it: the buttons go alone.
    const buttons = v ? null : (TRAILING_BUTTONS.exec(block.folded) ?? TRAILING_FONT_SIZES.exec(block.folded) ?? TRAILING_TOP.exec(block.folded))
    // What stands before them must be words, not more of the page's bracketed buttons ("【打印此页】【关闭】").
    if (buttons && block.folded.slice(0, buttons.index).replace(BRACKETED, '').trim() !== '') return { reason: "the page's buttons glued after the line", spans: [[buttons.index, block.folded.length]] }
    const afterClosing = v ? -1 : chromeAfterClosing(block.folded)
    if (afterClosing > 0) return { reason: "the page's buttons after the document's closing", spans: [[afterClosing, block.folded.length]] }
    const leading = v ? null : (LEADING_BUTTONS.exec(block.folded) ?? LEADING_FONT_SIZES.exec(block.folded) ?? LEADING_SCRIPT_SWITCH.exec(block.folded) ?? LEADING_TAG.exec(block.folded))
    if (leading) return { reason: "the page's buttons glued before the line", spans: [[0, leading[0].length]] }
    return undefined
  },
  examples: {
    drop: ['用户登录', '立即注册', '还没有账号?', '参与评论', '关于我们 登录/注册 购物车(0)', '某某素材网 首页', '[ 字体: ] [ 阅读: ] [ 文档下载 ]', '字体大小:【大】 【中】 【小】', '- 目录', '文章内容', '可可文秘網', '某某区教育信息网', 'www.example.cn', '最佳答案', '【下载】某某社区工作总结.docx', '某某社区工作总结.doc 56.5KB', '-------- 分割线 --------', '阅读模式', '顶一下 踩一下', '站内搜索 高级搜索', '· 班主任手记 (37)', '· 2011年12月 (7)', '14:07 ··· 5G ▂▄▆█ 76%', '14:07 📶 5G ▮▮▮▯ 76% 🔋', '‹ 返回 文章详情 ⋯', '今日天气:某某 多云转小雨 12~19℃', '东南风2级 空气质量:良', '未来三天:周二 小雨 13~18℃ 周三 阴 11~16℃', '☀ 明日:晴 15~25℃ 宜春耕', '【农时提示】谷雨前后,种瓜点豆', '【温馨提示】不会以任何理由索要您的验证码', '⚠ 温馨提示:陌生来电要求转账到“安全账户”的,一律是诈骗', '🌟🌟🌟🌟🌟🌟', '✦ ✦ ✦', '日　一　二　三　四　五　六', '第一学期　第17周', '■■ 红心向党　奋楫争先 ■■', '★ 一心为民　某某先行 ★', 'Q3【必填】主要工作及成效(不少于300字)', 'Q6 请为本学期工作打分(1-5星)', '2024年1月12日【打印】【关闭】', '【下载说明】', '【语音播报】2022年,我镇先后经受两次台风影响。', '↗ 原文链接', '☆ 星标　✓ 标为已读', '[组图共9张]', '【切換簡體】', '中文 | English', '收录于合集 #社区动态 12个', '≡ 某某掌中宝', '【字体:大 中 小】各位领导、同志们:', '字号:大 中 小　今年上半年,县委党校举办主体班次12期。', '某某市市场监督管理局2022年食品安全工作总结　【字体:大 中 小】', '【繁體】|简体　某某乡2021年上半年鄉村振興工作總結', '某某社区居委会　2023年7月5日　转藏　分享　献花(2)', '☰ 某某文档　　搜索　　我的', '科室导航:心血管内科 呼吸内科 消化内科 神经内科 普外科', '友情链接:国务院国资委 | 某某市国资委 | 某某市应急管理局', '今日:2024年5月20日 星期一', '某某县第二中学 · 今日:2024年5月20日 星期一 · 本学期第13周', '某某新闻网 LANXI NEWS  今天是:2024年3月12日 星期二  [登录] [注册]', '全年共开展活动32场。[Print] [Close]', '【转发】某某社区2024年暑期防溺水宣传活动总结', '【置顶】2024年第一季度安全生产工作计划', '【专题】奋进上半年丨某某区2023年上半年招商引资工作总结', '◆反诈小课堂◆ 凡是自称“银行客服”索要短信验证码的,一律是诈骗!', '将苗木分段包干到28户党员家庭,确保成活率达到90%以上。↑回到顶部', '界面语言 Language:简体中文 | 繁體中文 | English 本页经代理加速', '[分享] 转一篇社区工作总结,新来的同事可以看看', '【协会动态】', '✦ AI一键生成同主题述职 · 改写降重 · 智能续写 >>', 'Advertisement 广告｜某某华人地产 专业买卖出租 请电 (555) 201-8830', '【推广】某某农商银行“惠农快贷”上线啦', '全市38家会员企业的156名选手报名参赛。 分享到: 微信 微博 QQ空间 二、竞赛组织', '【调整字体 特大 标准 偏小】', '山居手记 ‧ 某某村老李的部落格', '某某文档 · 让每一份材料都有归处', '乡土小周 - 某某博客 - 扎根泥土 记录乡村点滴', '某某农讯 example.com 某某农讯 example.com', '某某文库 | 让写作更轻松'],
    keep: ['……', '———', '学校开设了简体中文和English双语阅读角。', '温馨提示:活动期间请遵守会场秩序。', '★ 一心为民 某某先行', '不忘初心 牢记使命', 'Q2季度完成投资1.2亿元。', '受强降雨影响,6月12日全县普降暴雨,最高气温18~25℃。', '今日天气晴好,活动如期举行', '7月2日 晴 28~35℃ 高温作业时间调整', '一、加强组织领导', '县政府网站开设了专栏。', '全面推进互联网', '建成覆盖全县的卫生信息网', '登录系统填报数据', '附件:社区消防安全检查记录表.docx', '用Word文档整理了全年台账。',
      '患者可通过医院官网https://www.example.cn预约专家门诊。', '3.登录医院官网 www.example.cn 在线预约;', '报名咨询:https://example.cn/xiaofang', '· 完成设备检修(12)项', '智能生成报表 · 一键生成台账', '广告:全年广告收入1200万元,同比增长8%。', '广告宣传覆盖全县12个乡镇。'],
  },
}

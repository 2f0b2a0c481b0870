import { DOCUMENT_TAIL_KEYS, PAGE_COUNTER_WORDS, TOPIC_TRAFFIC_WORDS } from '../../lexicon/furniture.js'
import { CHAT_APPS, CHAT_ID_CHARS, DOCUMENT_SITE_WORDS } from '../../lexicon/noise.js'
import { hanCount } from '../../text/chars.js'
import { wordAlternation } from '../../text/pattern.js'
import { AN_ADDRESS, countTrafficWords, TRAFFIC_WORDS } from '../../text/furniture.js'
import { looksLikeTitle } from '../../text/title.js'
import { leadingMarker } from '../../text/markers.js'
import { BRACKETED, matchSpans, outsideBody } from '../match.js'
import type { Rule } from '../types.js'

// A widget, promotion or comment line is short and makes no sentence of the document.
const MAX_LINE = 40
const SENTENCE = /[。;；]/
// What a prompt may leave of its line and still be the prompt's ("第一时间get青春资讯"), in Han characters.
const PROMPT_LEFTOVER = 10
// Two words of the site's traffic make such a line the page's outside the body; inside it, three.
const MIN_WORDS = 2
const MIN_WORDS_IN_BODY = 3
// A counter of readers, a WeChat/QQ id, an author card's level or fans beside one word does too ("共12条评论",
// "某某 Lv.8 金牌作者 粉丝 1.6万 [+ 关注]"); a price does not: a
// report states fares and fees ("半价优惠活动期间35元").
const OFFER = /\d+\s?(?:条评论|人觉得|人参与|人阅读|人下载|人收藏|人购买)|[获得]\s?\d{1,3}\s?积分|积分\s?[+＋]\s?\d{1,3}|已有\s?[\d,]+\s?(?:名|人|位)[\u4e00-\u9fff]{0,4}(?:学习|阅读|浏览|观看)|(?:已读|未读|已阅|未阅)\s?\d+\s?人|(?:评论|点赞|赞|收藏|转发|分享|在看)\s?[(\[]\s?\d+\s?[)\]]|[¥￥]\s?\d|\bLv\.?\s?\d{1,2}\b|(?:粉丝|获赞|作品)\s\d|[+＋]\s?关注|[[【]\s?关注(?:作者|TA|我们)?\s?[\]】]|[✓✔√]\s?已关注|\d(?:\.\d)?\s?分\s?[(（]\s?\d+\s?人[)）]|(?:献花|转藏)\s?[(（]\s?\d+\s?[)）]/
// ...and so does a chat account's id (微信号:ab12345, 薇信 xz****06), spelled however the advertisement spells the app.
const CHAT_ACCOUNT = new RegExp(`(?:${wordAlternation(CHAT_APPS)})\\s?[:：号]?\\s?${CHAT_ID_CHARS}{5,}`)
// Prompts that are the reading app's alone, one is enough: 设为星标, 回复“TD”退订, 在浏览器中查看, 等你来答, 展开全文.
// …and a line that opens by telling the reader to get the site's app ("下载“某某家校通”APP,第一时间收到…"); a report says who
// it had download one ("引导群众下载反诈APP").
const APP_PROMPT = /^(?:下载|安装)[“"「]?[^”"」,，。]{2,12}[”"」]?\s?(?:APP|App|app|客户端)\s?[,，]|设为星标|星标公众号|回复.{0,8}退订|在浏览器中?(?:查看|打开)|等你来答|展开全文|(?:左右|上下)滑动[,，]?\s?切换|切换上下篇|^(?:用?手机|移动端|手机端)(?:访问|浏览|打开|阅读)\s?(?:本站\s?)?(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/i
// A phone's long press on the code in the picture: a reader app's gesture, whatever the code is for ("▲ 长按识别二维码,报名参加…").
const QR_PROMPT = /长按(?:识别|扫描|扫码)?(?:下方|上方|图中|图片中?)?的?(?:二维码|小程序码)/
// A reader app's prompts glued into the text, whatever the account's name: follow us, like and share,
// message us for the file, swipe for more pictures.
const GLUED_PROMPT = new RegExp([
  // Without 关注 the account's name must stand in quotes ("点击上方蓝字“某某公文圈”,每天陪你读…"), or the sentence after it would go.
  '(?:点击|轻触|轻点|戳|长按)(?:上方|下方|左下角|右上角|下面|上面)?的?(?:蓝字|蓝色(?:名字|字体|文字)|名片|卡片|二维码)(?:[“"「]?[^”"」\\s]{0,12}[”"」]?[,，]?\\s?(?:(?:一键)?关注(?:我们)?|订阅(?:我们)?(?:[\\u4e00-\\u9fff]{1,8}(?=\\s*$))?)|[“"「][^”"」\\s]{1,12}[”"」])',
  // An account's keyword service ("后台回复关键词“述职”即可领取合集").
  '(?:后台|公众号后台|对话框)?回复(?:关键词|关键字)[“"「]?[^”"」\\s]{1,10}[”"」]?(?:即可)?(?:免费)?(?:领取|获取|下载)[\\u4e00-\\u9fff]{0,6}',
  // …or a word to send from the account's back end, for a paid service too ("后台回复“材料”获取定制服务").
  '(?:后台|公众号后台|对话框)回复[“"「][^”"」\\s]{1,10}[”"」](?:即可)?(?:免费)?(?:领取|获取|下载|预约|咨询)[\\u4e00-\\u9fff]{0,6}',
  // …with what the account promises its followers ("觉得有用就点个赞再关注一下,每天更新写作干货").
  '(?:码字不易[,，]\\s?)?(?:如果)?觉得(?:有用|不错|有帮助)[,，]?\\s?(?:请|就|记得|欢迎)?(?:顺手)?(?:点赞|点个赞|点个“在看”|转发|关注(?:一下)?|收藏|再|[、和+])+(?:吧|哦|呀)?(?:[,，]\\s?每天(?:更新|分享|推送)[^。!?！？\\n]{2,16})?[~～!！]*',
  // A poster asking for comments to send the file ("需要这篇述职报告Word版的,评论区扣1,私信发你").
  '(?:需要[^,，。!?！？\\n]{2,20}的[,，]\\s?)?评论区(?:扣|打|回复|留言)[^,，。\\n]{1,6}[,，]\\s?(?:我)?[\\u4e00-\\u9fff]{0,2}(?:私信|私发)(?:发?你|给你|发送)?[^。!?！？\\n]{0,6}',
  '(?:如果)?喜欢(?:的话|这篇文章|本文|这篇)?[?？,，]?\\s?(?:就|请|记得)?(?:顺手)?(?:点个?|给个)(?:赞|关注|[“"「]在看[”"」]|在看)(?:再走吧?|吧|哦|呀)?[!！~～]*',
  '私信[“"「]?[^”"」\\s]{1,8}[”"」]?(?:即可)?(?:领取|获取|免费领)[\\u4e00-\\u9fffA-Za-z]{0,8}',
  // Follow the account, send it a word, get the site's files ("关注“某某心得”公众号,回复“志愿”免费获取更多范文。").
  '关注[“"「]?[^”"」\\s]{1,12}[”"」]?(?:微信)?公众号[,，]?\\s?(?:并)?(?:回复|发送)[“"「]?[^”"」\\s]{1,10}[”"」]?(?:即可)?(?:免费)?(?:获取|领取|下载)(?:更多)?(?:范文|资料|模板|全文|文档|原文|课件)[。!！]?',
  // A pointing hand and "here" before an offer ("👉戳这里领取2024年春节消费券").
  '(?:👉|☞|➡)?\\s?(?:戳|点击|点)这里(?:领取|查看|报名|下载|免费领)[^。!?！？\\n]{0,24}',
  '[(]\\s?(?:左右|上下)?滑动查看[^()]{0,10}[)]',
  // An advertisement framed by chevrons, which no document uses (">>>某某集训营报名中,点击抢座<<<").
  '>{3,}\\s?[^<>。]{4,60}?\\s?<{3,}',
  // An invitation to follow the unit's account, closing the text with no full stop ("…项目化。欢迎关注某某学院官方微信").
  '(?<=[。!?！？])\\s?欢迎(?:大家|您)?(?:扫码)?关注[\\u4e00-\\u9fffA-Za-z“”"「」]{0,20}?(?:官方)?(?:微信公众号|微信|微博|公众号|抖音号?|视频号|头条号)\\s*$',
  // The page's count of its readers in brackets closing the text ("(本文已被浏览 1147 次)").
  '[(（]\\s?(?:本文|本页|该文|此文)?(?:已被|已|共被|累计被)?(?:浏览|阅读|访问|点击|查看)\\s?\\d{1,9}\\s?次\\s?[)）]\\s*$',
].join('|'), 'g')
// A short prompt glued after the last sentence of a paragraph ("…取得了良好反响。打开APP,阅读体验更佳"):
// cut alone when its words are the site's traffic, as many as a line of it inside the body needs, and it
// states no figure (a report's last short sentence may count downloads or users).
// An exclamation may close it ("…喜欢本文请点击关注,每天推送新鲜事!").
const GLUED_TAIL = /(?<=[。!?！？])\s*([^。!?！？;；\d]{4,24}?)[!！~～]*\s*$/
// A last sentence sending the reader to a document site ("…品牌活动。想了解更多活动总结范文,请持续关注某某范文大全。"):
// it may close on a full stop when it names the site it sends to (a 网 may be the report's own county portal).
const LAST_SENTENCE = /(?<=[。!?！？])\s*([^。!?！？;；\d]{4,30}?)[。!！~～]*\s*$/
const SENDS_TO_SITE = new RegExp(`(?:关注|收藏|访问|搜索|登录)[^。,，]{0,12}(?:${wordAlternation(DOCUMENT_SITE_WORDS)})`)
// …or gives the site's address beside a site word ("…。更多优质范文尽在 example.cn").
const DOCUMENT_SITE_WORD = new RegExp(wordAlternation(DOCUMENT_SITE_WORDS))
const pointsToSite = (tail: string): boolean => AN_ADDRESS.test(tail) && DOCUMENT_SITE_WORD.test(tail)
// The page's counters glued after the last sentence ("…宣传推广。赞(326) · 评论(12) · 收藏").
const COUNTERS_TAIL = /(?<=[。!?！？])\s*(?:(?:点赞|赞|评论|收藏|转发|分享|在看|阅读)\s?(?:[(（\[]\s?\d{1,7}\s?[)）\]]|\d{1,7})?\s?[·•|｜/]?\s?){2,}$/
const LINK_POINTER_END = /(?:>>|》》|»|→|▶)\s*$/
const LEADING_LINK = /^\s*([^。!?！？;；\d]{4,30}?)\s?(?:>>|》》|»|→)\s?(?=[\u4e00-\u9fff\d“"])/
// A line under a key of the document's own ("附件:1. 2023年阅读推广活动一览表", "抄送:…") is the document's, whatever words it holds.
const OWN_KEY_LINE = new RegExp(`^(?:${wordAlternation([...DOCUMENT_TAIL_KEYS])})\\s?\\d{0,2}\\s?[:：]`)
// An advertisement's tag ("【限时】考证培训 0元试听", "【推荐】专业论文查重…") opens the line.
// An author card's statistics between separators ("某某文旅 · 发布了1286篇内容 · 4.7万粉丝"): no traffic word needed.
const AUTHOR_STATS = /\d[\d.]*\s?万?\s?粉丝|发布了?\s?\d+\s?篇(?:内容|文章|作品)/
const CARD_SEPARATOR = /\s[·•|｜]\s/
// A writing service's advertisement between paragraphs ("写材料没思路?…一对一代写润色,…24小时交稿,点此咨询"): it sells
// the writing and asks the reader to get in touch; a report that mentions 代写 does neither.
const WRITING_SERVICE = /(?:代写|代笔|代拟).{0,60}(?:交稿|出稿|下单|咨询|计价|收费)|(?:交稿|出稿|代写|代笔).{0,16}(?:点此|点击|立即|马上)(?:咨询|下单|联系)|(?:写手|笔杆子|文案老师)(?:一对一|1对1|在线)?服务.{0,12}\d{1,2}\s?(?:小时|天)(?:内)?(?:交稿|出稿)|(?:写手|笔杆子|文案老师)[^。!?！？]{0,14}?\d{1,2}\s?(?:小时|天)(?:内)?(?:交稿|出稿)[^。!?！？]{0,16}(?:咨询|下单|联系)/
const MAX_AD_LINE = 80
// A gate halfway down the text: the rest is for members or logged-in readers ("以下内容需登录后查看 已有账号?立即登录"); the line is
// the gate's whole, its buttons too.
const LOGIN_GATE = /(?:以下|剩余|后续|余下|全部|完整)(?:内容|部分|全文)?(?:需|须|要)?(?:登录|登陆|注册|开通会员|付费|购买)后?(?:才能|方可|可|即可)?(?:查看|阅读|可见|浏览)/
const MAX_GATE_LINE = 60
// The site's advice to its reader on writing such a document, with a pointer to more of the site ("写年度总结最怕只罗列
// 事务,建议像上文这样…;更多物业类范文,可到本站…栏目查找", "想让学期总结更有说服力,不妨…放进正文;某某VIP专区可下载…"): a
// document gives its reader no advice on writing it.
const WRITING_ADVICE = /(?:不妨|建议|记得|最好)[^。!！?？]{0,30}(?:正文|上文|文中)|(?:写|撰写)[^。!！?？,，]{0,10}(?:总结|计划|述职|报告|方案)(?:最怕|的难处|贵在|的关键)/
const SITE_POINTER = /本站|VIP|vip|专区|栏目/
const MAX_ADVICE_LINE = 140
const AD_TAG = /^(?:[【\[](?:广告|推广|推荐|限时|特惠|热卖|荐)[】\]]|(?:广告|推广)\s?[|｜丨:：]|(?:赞助|推广|广告)内容\s)/

const TOPIC_TRAFFIC: ReadonlySet<string> = new Set(TOPIC_TRAFFIC_WORDS)

// A page's counters side by side ("关注 2.1万   帖子 8.6万", "资源 326 文章 214 访问 5.8万"): each a counter word and a
// bare number, no measure word after it (a report writes 阅读1200人次).
const COUNTER = new RegExp(`(?:${wordAlternation(PAGE_COUNTER_WORDS)})(?:数|量)?\\s?[:：]?\\s?\\d[\\d.,]*\\s?[万千wWkK]?\\+?(?![\\d\\u4e00-\\u9fff])`, 'g')
const MIN_COUNTERS = 2
const MAX_COUNTER_LINE = 80
const counterRun = (text: string): boolean => text.length <= MAX_COUNTER_LINE && !SENTENCE.test(text) && (text.match(COUNTER)?.length ?? 0) >= MIN_COUNTERS

// A line set apart as a whole, in brackets or between rules ("(此处为图片,请在公众号内查看)", "—— 长按下方二维码 ——"),
// is a note to the reader, not a sentence of the document: two words make it the page's even inside the body.
const DECORATED = /^(?:[(【\[][^()【】\[\]]+[)】\]]|[—\-=~～·]{2}.*[—\-=~～·]{2}|([▼▲◆◇★☆■□●○])\s?.+\s?\1)$/
// What points from a prompt to what it opens.
const POINTER = /\s?[▸›»>→]\s?/
// What stands outside the bracket is the document's own text: a clause of Chinese words with a comma.
const OWN_TEXT = /[\u4e00-\u9fff]{6,}.*,|,.*[\u4e00-\u9fff]{6,}/
const ownText = (text: string, link: RegExpExecArray) => OWN_TEXT.test(text.slice(0, link.index) + text.slice(link.index + link[0].length))

// A membership or coupon offer ("新人专享券:下载立减5元,今日23:59过期", "限时福利:会员首月仅需9.9元,领券再减3元 >>"): a price
// and three words of selling. A report's line on its own offers ("推出会员专享优惠,首月仅需99元。") makes a sentence.
const PRICE = /(?:¥|￥)\s?\d+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?\s?元/
const SELLING_WORDS = ['券', '立减', '再减', '首月', '仅需', '限时', '特惠', '福利', '专享', '新人', '过期', '折扣', '会员', 'VIP', '秒杀', '抢购', '原价', '续费', '点击咨询', '开课啦']
const MIN_SELLING_WORDS = 3
const priceOffer = (text: string): boolean => PRICE.test(text) && SELLING_WORDS.filter((w) => text.includes(w)).length >= MIN_SELLING_WORDS

export const siteTraffic: Rule = {
  id: 'boilerplate/site-traffic',
  kind: 'boilerplate',
  description: "The page's traffic with its reader in a short line: app and account promotions, offers, ads, comment and sharing widgets (下载APP,阅读更方便; 共12条评论; 限时特惠:VIP年卡仅需99元)",
  scope: 'line',
  // It reviews, after the ordinary rules and beside the line model: the lines it takes stay in the
  // model's training rows and its neighbours' features, so adding it left the learned model as it was.
  traits: { reviews: true },
  test: (block, doc) => {
    const text = block.folded.trim()
    const prompts = matchSpans(GLUED_PROMPT, block.folded)
    if (prompts.length > 0) {
      // What the prompts leave is no sentence of the document ("👆…关注,第一时间get青春资讯"): the line goes whole.
      let rest = block.folded
      for (const [a, b] of [...prompts].reverse()) rest = rest.slice(0, a) + rest.slice(b)
      if (!SENTENCE.test(rest) && hanCount(rest) <= PROMPT_LEFTOVER && !looksLikeTitle(rest)) return { reason: "the reading app's prompt to its reader" }
      return { reason: "the reading app's prompt to its reader", spans: prompts }
    }
    if (text.length <= MAX_GATE_LINE && !SENTENCE.test(text) && LOGIN_GATE.test(text)) return { reason: "the page's login or pay gate" }
    const tail = GLUED_TAIL.exec(block.folded)
    // A link's pointer closing it (">>") stands for one more of the site's words.
    if (tail && countTrafficWords(tail[1]!) + (LINK_POINTER_END.test(tail[1]!) ? 1 : 0) >= MIN_WORDS_IN_BODY) {
      return { reason: "the site's prompt glued after the paragraph", spans: [[tail.index, block.folded.length]] }
    }
    const last = LAST_SENTENCE.exec(block.folded)
    if (last && ((countTrafficWords(last[1]!) >= MIN_WORDS && SENDS_TO_SITE.test(last[1]!)) || pointsToSite(last[1]!))) {
      return { reason: "the site's prompt glued after the paragraph", spans: [[last.index, block.folded.length]] }
    }
    const counters = COUNTERS_TAIL.exec(block.folded)
    if (counters) return { reason: "the page's counters glued after the paragraph", spans: [[counters.index, block.folded.length]] }
    // …or before it, pointing at the text ("在APP内阅读,字号夜间模式随心调 >>为营造书香校园氛围,…").
    const lead = LEADING_LINK.exec(block.folded)
    if (lead && countTrafficWords(lead[1]!) + 1 >= MIN_WORDS_IN_BODY) return { reason: "the site's prompt glued before the paragraph", spans: [[0, lead[0].length]] }
    if (counterRun(text)) return { reason: "the page's counters beside its names" }
    // The advertisement may close on a full stop as a sentence does.
    if (text.length <= MAX_AD_LINE && !SENTENCE.test(text.replace(/。$/, '')) && WRITING_SERVICE.test(text)) return { reason: "a writing service's advertisement" }
    if (text.length <= MAX_ADVICE_LINE && WRITING_ADVICE.test(text) && SITE_POINTER.test(text)) return { reason: "the site's advice on writing such a document, pointing to more of the site" }
    if (text.length <= MAX_AD_LINE && !SENTENCE.test(text) && priceOffer(text)) return { reason: "the site's price offer to its reader" }
    // A list's bullet opens an item of the document; the same mark closing the line too frames a note ("◆ 关注…服务号 ◆").
    if (text.length > MAX_LINE || SENTENCE.test(text) || (leadingMarker(text) !== null && !DECORATED.test(text)) || OWN_KEY_LINE.test(text)) return undefined
    const words = TRAFFIC_WORDS.filter((w) => text.includes(w))
    // "【详情点击】和“就业援助月”两项专项活动,…": a bracketed link inside a line of the document goes alone.
    const link = words.length > 0 ? [...block.folded.matchAll(BRACKETED)].find((m) => words.every((w) => m[0].includes(w))) : undefined
    // An advertisement's tag opening the line (【推广】…) makes the whole line its: the tag is no link inside the document's words.
    if (link && !AD_TAG.test(text) && ownText(block.folded, link)) {
      return { reason: `a link to the reader inside the text (${words.slice(0, 4).join(' ')})`, spans: [[link.index, link.index + link[0].length]] }
    }
    const enough = words.length >= (outsideBody(block) || DECORATED.test(text) ? MIN_WORDS : MIN_WORDS_IN_BODY) || (words.length >= 1 && (OFFER.test(text) || CHAT_ACCOUNT.test(text))) || AD_TAG.test(text) || APP_PROMPT.test(text) || QR_PROMPT.test(text) || (AUTHOR_STATS.test(text) && CARD_SEPARATOR.test(text))
    if (!enough) return undefined
    const reason = `the page's traffic with its reader (${words.slice(0, 4).join(' ')})`
    // "打开APP ▸ 某某学校2024年秋季学期教学工作计划": the prompt goes, the title it points at stays.
    const pointer = POINTER.exec(block.folded)
    if (pointer) {
      const rest = block.folded.slice(pointer.index + pointer[0].length).trim()
      if (looksLikeTitle(rest) && !TRAFFIC_WORDS.some((w) => rest.includes(w))) return { reason, spans: [[0, pointer.index + pointer[0].length]] }
    }
    // The document's title may name reading and its promotion (…全民阅读推广月活动总结): those words are its topic there.
    if (block.index === doc.titleIndex && looksLikeTitle(text) && words.every((w) => TOPIC_TRAFFIC.has(w))) return undefined
    return { reason }
  },
  examples: {
    drop: ['下载APP,阅读更方便', '加薇信ab2024领取更多范文', '打开APP,阅读全文', '新用户注册即送5天VIP', '限时特惠:VIP年卡仅需99元', '喜欢这篇文章?点个关注,每周和你聊聊班主任那些事', '点击上方蓝字“某某公文圈”,每天陪你读一篇好材料', '▲ 需要更多述职范文?后台回复关键词“述职”即可领取合集', '🎁 新人专享券:下载立减5元,今日23:59过期', '【某某快写】机关材料代写、润色,资深笔杆子团队,微信搜索“快写小秘书”咨询', '【面试冲刺】结构化面试小班课开课啦,现在报名立减300元,点击咨询>>', '需要量身定制方案、总结、述职材料?某某专业写手一对一服务,48小时交稿。', '限时福利:会员首月仅需9.9元,领券再减3元 >>', '共12条评论', '竹下听雨 Lv.8 金牌作者 粉丝 1.6万 作品 287篇 [+ 关注]', '某某文旅 已认证＋关注', '某某老周 [关注作者]', '掌上某某 | 某某青年志愿者 ✓已关注', '4.8分(352人)· 5页 · 1.1万阅读', '来自:某某明月 > 《党建述职》 献花(3) +1', '某某文旅 · 发布了1286篇内容 · 4.7万粉丝', '添加老师微信:abc12345,领取资料包', '海量范文,免费下载,一键复制', '【限时】考证培训 0元试听', '【推荐】专业论文查重,低至1元/千字', '立即购买 ¥5.00', '已有128人购买', '点击收藏本页,方便下次查阅', '分享:Facebook LINE 列印', '【详情点击】和“就业援助月”两项专项活动,多措并举促进就业,', '打开APP ▸ 某某镇中心小学2024年秋季学期教学工作计划', '轻触头像进入主页', '长按下方二维码', '▼ 左右滑动,查看更多现场照片 ▼', '就顺手点个“在看”吧~', '评论(0)', '(此处为图片,请在公众号内查看)', '—— 长按下方二维码,加入读者群 ——', '▼ 长按识别下方二维码,报名成为“某某志愿者” ▼', '◆ 关注“某某县人民医院”服务号,可在线预约挂号、查询报告 ◆', '设为星标,第一时间接收推送', '回复“TD”退订', '点这里在浏览器中查看', '等你来答', '点击上方蓝字“某某青年”关注我们7月10日,团县委组织大学生返乡开展社会实践。', '全年共开展活动32场。码字不易,觉得有用请点赞关注', '私信“应急”领取Word版', '志愿者为老人理发(左右滑动查看更多图片)', '新增学位270个。👉戳这里领取2024年春节消费券', '各项工作取得新进展。>>>2024某某集训营报名中,协议班不过退费,点击抢座<<<', '推动社会实践常态化、项目化。欢迎关注某某理工学院官方微信', '确保安全形势持续稳定。(本文已被浏览 1147 次)', '阅读满3分钟可获1积分 当前进度 68%', '本文已有 3,412 名党员学习 | 学习笔记(0)', '活动覆盖全县46所学校,取得了良好的社会反响。打开APP,阅读体验更佳', '👆戳上方蓝字“某某青年”关注,第一时间get青春资讯', '让每一条河都有青年守护。喜欢就点个「在看」再走吧', '推动医疗质量持续改进。下载“某某健康”APP,挂号缴费不排队>>', '逐步建立长效机制。喜欢本文请点击关注,每天推送本地新鲜事!', '把文化节办成品牌活动。想了解更多活动总结范文,请持续关注某某范文大全。', '全年服务企业126家。更多优质范文尽在 example.cn', '同时加强竞赛成果宣传推广。赞(326) · 评论(12) · 收藏', '在APP内阅读,字号夜间模式随心调 >>为营造书香校园氛围,学校举办了第五届读书节。', '某某社区 › 志愿者吧   关注 1.3万   帖子 4.2万', '某某研修网 · 某某名师工作室   资源 218   文章 97   访问 3.1万', '某某空间 | 窗前的日志   访客 2817   日志 64', '关注“某某心得”公众号,回复“志愿”免费获取更多范文。', '广告｜某某厨具城开春大促,商用灶具满万减千', '赞助内容 某某扫描王:纸质文件秒变PDF', '轻触屏幕左右滑动,切换上下篇', '写材料没思路?资深笔杆子一对一代写润色,24小时交稿,点此咨询', '✎ 写总结卡壳?某某屋在线代笔,按字计价,当天交稿 ✎', '下载“某某家校通”APP,第一时间收到班级通知与请假审批', '写年度总结最怕只罗列事务,建议像上文这样每一项都配上数字;更多范文,可到本站“行业总结”栏目查找。', '以下内容需登录后查看　已有账号?立即登录 | 免费注册', '需要这份总结Word版的,评论区扣1,私信发你', '要这篇原稿的家人们,评论区扣“述职”,我挨个私发~', '【某某侠】讲话稿、年终总结量身定制,资深写手12小时交稿,微信搜“某某写作”咨询', '觉得有用就点个赞再关注一下,每天更新写作干货', '▲轻点上方蓝色名字,订阅每日公文干货', '手机访问 m.example-fw.com,随时随地查范文', '▲ 长按识别二维码,报名参加某某街道春季招聘会'],
    keep: ['一、加强会员服务', '推出会员专享优惠,首月仅需99元。', '发放消费券500万元,带动消费1.2亿元', '三是推广使用“学习强国”APP', '开展会员评议活动', '全体党员下载安装学习强国APP。', '会员大会审议通过了章程修改草案', '备注:残疾人票半价优惠35元', '长按识别是本次培训新增的考核项目。', '评论区收到群众意见12条', '引导群众关注“平安某某”公众号,点赞转发防诈信息1.2万次。', '群众觉得有用的服务项目继续保留。', '全年推广政务服务。下载APP注册用户1.2万人', '我们将继续改进服务。欢迎群众参与评论和点赞。', '通知全文见县政府网。详情请关注县政府网站。', '全年编发信息36条。评论文章12篇。', '附件:1. 2023年阅读推广活动一览表', '全年党员在线学习获得积分1200分以上的有36人。', '欢迎关注县政府官方微信,获取最新政策。', '全年接待群众查阅档案(累计查阅1200次)。', '政务微博粉丝突破4.7万', '全年发布了1286篇文章', '文章 12篇 浏览 3000次', '严厉打击代写论文等学术不端行为', '建议各科室把典型案例写进正文,作为会员单位交流材料。', '引导群众下载“国家反诈中心”APP,累计推广1.2万人次。', '评论区回复群众留言120条,私信答复咨询45件。', '宣传科的写手们48小时内交稿,保证了专刊按时出版。'],
  },
}

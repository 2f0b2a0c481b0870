import { CHAT_APPS, CHAT_ID_CHARS, COPY_GUARDS, DOCUMENT_SITE_WORDS, OUTLET_ENDINGS, SITE_CREDIT_VERBS, SITE_NAME_WORDS, SITE_ROMANIZED_WORDS } from '../../lexicon/noise.js'
import { AN_ADDRESS, countTrafficWords, isSiteName } from '../../text/furniture.js'
import { fold } from '../../text/fold.js'
import { oncePer } from '../../text/memo.js'
import { escapeRegExp, wordAlternation } from '../../text/pattern.js'
import { bracketsOnly, matchSpans } from '../match.js'
import type { DocFacts, Rule } from '../types.js'

// A website's name in square brackets dropped into a sentence: "活动,[某范文]不断提高". The
// bracket holds a short name ending in a site word and nothing else (no digits: [1] is a citation).
// A name signing its text in brackets inside a sentence ("…革命故事,〖某某中学·原创〗并分组…", "·某某政务网·").
const SIGNED_NAME = /[〖【\[〔(（][\u4e00-\u9fffA-Za-z]{2,10}\s?[·・]\s?[\u4e00-\u9fffA-Za-z]{0,8}?\s?(?:原创|首发|独家|出品)(?:范文|文章|作品|内容|文档)?[〗】\]〕)）]/g
// Between middle dots, a website's name signs the sentence it is dropped into ("…41家,·某某街道政务网·其中…").
const DOTTED_SITE = /[·・]\s?([\u4e00-\u9fffA-Za-z]{2,12})\s?[·・]/g
const BRACKETED = new RegExp(`[\\[【〖][\\u4e00-\\u9fffA-Za-z]{0,8}(?:${wordAlternation(SITE_NAME_WORDS)})[\\]】〗]`, 'g')

// An account's name and its lower-case Latin handle joined by a middle dot in square brackets, either way round
// ("【某某青企协·abqx】", "【abjd·某某街道在线】"): a handle is no document's word (an acronym is in capitals).
const DOTTED_HANDLE = /[[【〖](?:[\u4e00-\u9fff]{2,10}\s?[·・]\s?[a-z][a-z0-9_]{1,11}|[a-z][a-z0-9_]{1,11}\s?[·・]\s?[\u4e00-\u9fff]{2,10})[\]】〗]/g
// A link back to the site's column or list left in the text ("【返回述职报告栏目】", "[回到首页]").
const BACK_LINK = /[[【(（〔]\s?(?:返回|回到)[^()（）【】[\]〔〕]{0,10}(?:栏目|列表|首页|目录|顶部|频道|专题|上一?页)\s?[\]】)）〕]/g
// A template site's tip on using the file ("【下载后替换XX处即可使用】", "(文档可自由编辑修改)"): the site's, not the document's.
const TEMPLATE_TIP = /[[【(（][^()（）【】[\]]{0,8}(?:下载后[^()（）【】[\]]{0,6}(?:替换|修改|编辑|使用)|下载即可|替换[^()（）【】[\]]{0,8}(?:处|内容|文字|名称|信息)|即可(?:使用|编辑|打印)|可(?:自由|任意|直接)编辑)[^()（）【】[\]]{0,14}[\]】)）]/g
// A viewer's stamp of the reader who opened the file, a masked phone number after the viewer's word ("…走访,某某预览·用户
// 138****2761全年驻村…"): a report naming a caller writes no viewer's word before it.
const VIEWER_USER = /[\u4e00-\u9fff]{0,4}(?:预览|阅读|浏览|阅览)\s?[·・|｜]?\s?用户\s?1\d{2}\*{4}\d{4}/g
// A site's name with its Latin handle in square brackets ("【某某中心小学网 qdzxxx】", "〔某某文档 abcdoc〕").
// …or its site word spelled in Latin letters ("【某某doc】", "〔某某wenku〕").
// The site words a handle follows ("某某文档 abcdoc", "某某网 abcwang").
const HANDLE_SITE_WORDS = wordAlternation(['网', '网站', '文库', '站', '文档', '范文', '资料'])
const HANDLED_SITE = new RegExp(`[[【〖〔](?:[\\u4e00-\\u9fff]{1,10}(?:${HANDLE_SITE_WORDS})\\s?[A-Za-z0-9][A-Za-z0-9._-]{2,20}|[\\u4e00-\\u9fff]{2,8}\\s?(?:${wordAlternation(SITE_ROMANIZED_WORDS)}))[\\]】〗〕]`, 'gi')
// In round brackets too when the handle is lower-case Latin (an acronym is in capitals), and the name may have its
// characters parted by strokes against copying ("(范/文/驿/站 fanwenyi)", "(某某网 abcwang)").
const SPACED_HAN = '[\\u4e00-\\u9fff](?:[/／|｜·・]?[\\u4e00-\\u9fff]){0,9}'
const ROUND_HANDLED_SITE = new RegExp(`[(（]${SPACED_HAN}\\s[a-z][a-z0-9_-]{3,20}[)）]`, 'g')
const SITE_WORD_SPACED = new RegExp(`(?:${HANDLE_SITE_WORDS})[)）]?$`)
const namesSiteWithHandle = (bracket: string): boolean => SITE_WORD_SPACED.test(bracket.replace(/[/／|｜·・]/g, '').replace(/\s[a-z][a-z0-9_-]*[)）]$/, ''))
// The reposting blogger's note in brackets before the text ("【博主按:单位年底要交的材料,放这里留个底。】2023年,…").
const BLOGGER_NOTE = /^[【\[(（](?:博主按|博主注|小编按|小编注|转者按|转载者按)[:：][^【】\[\]()（）]{2,80}[】\])）]/g
// A resource site's name and its column, parted by a middle dot in brackets ("【某某资源库·校本资源】"): the site's stamp.
const SITE_COLUMN = new RegExp(`[【〖\\[][\\u4e00-\\u9fff]{2,8}(?:${wordAlternation(SITE_NAME_WORDS)}|资源库|资料库)\\s?[·・]\\s?[\\u4e00-\\u9fff]{2,8}[】〗\\]]`, 'g')
// A portal's or an organisation's site named in a bracket inside a sentence ("…〖某某县人民政府门户网站〗…", "(某某医院官网)"): a
// stamp in 〖〗, which no document uses; in round brackets only a bare "…官网".
const PORTAL_STAMP = /〖[\u4e00-\u9fff]{2,16}(?:门户网站|网站|官网|网)〗|[(（][\u4e00-\u9fff]{2,16}官网[)）]/g
// Any name with a web domain in brackets ("【某某博客 blog.example.cc】"): a domain is the site's whatever its name.
const DOMAIN_SITE = /[[【〖〔][\u4e00-\u9fff]{1,10}\s?(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,20}(?:\.[a-z0-9-]{2,20})*\.(?:com|cn|net|org|cc|top|vip|info|xyz|site|club)(?:\.cn)?\/?[\]】〗〕]/gi
// The name a page's own title gives its site after an underscore ("…活动总结_某某文苑"): in square brackets anywhere, at
// a paragraph's start too, it is that site's stamp.
const SEO_SITE = /_\s?([\u4e00-\u9fffA-Za-z]{2,8})\s*$/
const seoSiteNames = oncePer((texts: readonly string[]): ReadonlySet<string> => {
  const names = new Set<string>()
  for (const t of texts) {
    const m = SEO_SITE.exec(fold(t).trim())
    if (m && t.length <= 60) names.add(m[1]!)
  }
  return names
})
const SQUARE_NAME = /[[【]([\u4e00-\u9fffA-Za-z]{2,8})[\]】]/g
// In round brackets a site's name needs a credit verb to be the site's ("(某某范文网整理)"): "(县政府网)" may cite a source.
const CREDITED = new RegExp(`[(（][\\u4e00-\\u9fffA-Za-z]{0,8}(?:${wordAlternation(SITE_NAME_WORDS)})(?:${wordAlternation(SITE_CREDIT_VERBS)})[)）]`, 'g')
// A bracketed aside that speaks to the reader in the site's words ("(微信搜索“某某”关注,回复“总结”领取更多范文)").
const ASIDE = /[(（][^()（）]{4,40}[)）]/g
const MIN_TRAFFIC = 3
// A link or a photo's note in brackets inside the text: "(图为执行现场)", "【相关阅读:…】", "(更多专家信息请点击…)", "(按此浏览…)".
const LINK_ASIDE = /[(（【\[〔](?:图为|图片为|相关阅读|延伸阅读|相关链接|推荐阅读|相关(?:课件|文档|资料|范文|推荐)\s?[:：]|按此|点击(?:查看|这里|此处|进入|阅读|朗读|观看|播放|收听|下载|重试|加载)|图片加载失败|更多[^()（）【】\[\]]{0,12}请?点击)[^()（）【】\[\]〔〕]{0,40}[)）】\]〕]/g
// A placeholder for what only the app shows ("[视频|点开某某App,观看精彩片段]"), a follow-us aside closing a paragraph
// ("(点击关注,获取更多某某资讯)").
const APP_ASIDE = /[(（【\[][^()（）【】\[\]]{0,12}(?:点开|打开|下载|前往|进入)[^()（）【】\[\]]{0,12}(?:APP|App|app|客户端|小程序)[^()（）【】\[\]]{0,4}(?:观看|查看|阅读|收看|浏览)[^()（）【】\[\]]{0,16}[)）】\]]/g
// …or to scan its code ("(长按识别文末二维码,一元也是爱)").
const QR_ASIDE = /[(（][^()（）]{0,10}(?:长按|扫描|扫码|识别)[^()（）]{0,10}二维码[^()（）]{0,16}[)）]/g
const FOLLOW_ASIDE = /[(（](?:(?:点击|轻触|长按)关注|关注[^()（）]{0,10}(?:获取|了解|第一时间|不迷路))[^()（）]{0,20}[)）]/g
// A site's stamp framed by symbols inside a sentence ("…挑战赛,◆某某范文网*example.cn◆完成…"): a domain or a site's name
// between two of the same symbol.
const FRAMED_STAMP = /([◆◇■□★☆●○▲△♦❖∮§¤※☆〓])\s?([^◆◇■□★☆●○▲△♦❖∮§¤※〓\s,，。;；]{2,30})\s?\1/g
const SITE_WORD = new RegExp(wordAlternation(SITE_NAME_WORDS))
// A site's name framed so is marked as a stamp: a symbol or Latin letters beside it ("某某范文网*abc").
const STAMP_MARK = /[*#~^|\\/]|[A-Za-z]{3}/
// A media outlet's brand ("某某融媒", "某某发布") framed inside a sentence signs the copy as a site's name does.
const MEDIA_BRAND = new RegExp(`^[\\u4e00-\\u9fff]{2,6}(?:${wordAlternation(OUTLET_ENDINGS)}|头条)$`)
const framesSite = (framed: string): boolean => {
  const inner = framed.slice(1, -1)
  return AN_ADDRESS.test(inner) || isSiteName(inner) || (SITE_WORD.test(inner) && STAMP_MARK.test(inner)) || MEDIA_BRAND.test(inner)
}
// A document site sending the reader to itself from inside a sentence ("(更多精彩内容请访问某某范文网)"); a bare 某某网 may
// be the unit's own portal.
const VISIT_ASIDE = new RegExp(`[(（](?:更多|欢迎|想了解)[^()（）]{0,12}?(?:访问|登录|关注|搜索|收藏)[^()（）]{0,10}?(?:${wordAlternation(DOCUMENT_SITE_WORDS)})[^()（）]{0,4}[)）]`, 'g')
// A site's Latin handle signing its text inside a sentence ("…培训63人,abcdefg·护理部原创N1级以上…").
const HANDLE_STAMP = /[A-Za-z][A-Za-z0-9]{2,15}\s?[·・]\s?[\u4e00-\u9fff]{0,8}(?:原创|首发|出品|整理)/g
// A library's or a site's note on how the text came to it, closing a line ("(本文系馆友转藏,不代表本馆观点)").
const REPOST_NOTE = /[(（]本文(?:系|为|由)[^()（）]{0,12}(?:转藏|转载|转发|收藏|收录)[^()（）]{0,16}[)）]/g
// Who put the text on the site, in brackets ("【本讲话稿由某某网会员整理】", "(文/某某网编辑部)").
const SITE_UPLOAD_NOTE = /[【\[(（]本(?:文|篇|讲话稿|文档|稿|资料)由[^()（）【】\[\]]{2,20}(?:整理|提供|上传|发布|收集)[^()（）【】\[\]]{0,6}[】\])）]/g
const SITE_CREDIT = new RegExp(`[(（](?:文|图|文\\/图)\\s?[/／]\\s?[^()（）]{0,10}(?:${wordAlternation(SITE_NAME_WORDS.filter((w) => w.length > 1 || w === '网'))})[^()（）]{0,6}[)）]`, 'g')
// A compilation's note closing a variant ("述职人:某某(以上为范文1全文)").
const VARIANT_END_NOTE = /[(（]\s?以上(?:为|是)?[^()（）]{0,8}全文\s?[)）]/g
// A chat account offering free material inside a sentence ("【加微信 abc-wenku 免费领模板】").
const CHAT_OFFER = new RegExp(`[【\\[(（][^【】\\[\\]()（）]{0,6}(?:加|添加|\\+)\\s?(?:${wordAlternation(CHAT_APPS)})\\s?[:：号]?\\s?${CHAT_ID_CHARS}{4,20}[^【】\\[\\]()（）]{0,12}[】\\])）]`, 'g')
// A link the page dropped into the sentence, pointing onward with its arrow ("(投票通道已开启,为你心中的工匠点赞→)").
const ARROW_ASIDE = /[(（【\[][^()（）【】\[\]]{2,30}(?:→|>>|»|▶)\s?[)）】\]]/g
// ...one of which is the site's own business: its texts, or its readers' following ("(可免费下载APP)" is the report's).
const SITE_BUSINESS = /范文|文库|文档|素材|公众号|关注|领取/

// A site guarding its text in brackets ("(某某·防盗)", "(本文来源:某某网 www.…)"), or a watermark of Latin letters
// in the brackets no document uses ("〖jiandangwk〗"), or a name in the brackets a document keeps for its numbers
// ("〔某某云〕"; 〔2023〕 stays).
const GUARD_WORDS = wordAlternation([...COPY_GUARDS, '本文来源', '本文出处', '本文由', '首发', '版权所有'])
const GUARD_ASIDE = new RegExp(`[(（【\\[〔〖][^()（）【】\\[\\]〔〕〖〗]{0,16}(?:${GUARD_WORDS})[^()（）【】\\[\\]〔〕〖〗]{0,40}[)）】\\]〕〗]|〖[A-Za-z0-9·.*\\s]{2,24}〗|〔[\\u4e00-\\u9fff·]{2,8}〕`, 'g')
// A bracket signing the text with a website's address and its name, credit or a source key ("(来源:某某资料网
// www.….cn)", "(某某网ab12.cn原创)"). A government address may be the document's own citation, and stays.
const ADDRESS_ASIDE = /[(（【\[「『][^()（）【】\[\]「」『』\n]{4,60}[)）】\]」』]/g
const SIGNED = new RegExp(`${wordAlternation([...SITE_NAME_WORDS, ...SITE_CREDIT_VERBS, '来源', '出处', '转载', '转自', '下载'])}`)
const ADDRESS_LABEL = /网址|网页|官网|网站/g
const GOVERNMENT_ADDRESS = /\.gov\b|\.edu\b/i
const signsWithAddress = (aside: string): boolean => {
  const address = AN_ADDRESS.exec(aside)
  // "网址:" only labels the address: a document giving its own service's ("(网址:www.….cn)").
  return address !== null && !GOVERNMENT_ADDRESS.test(address[0]) && SIGNED.test(aside.replace(address[0], '').replace(ADDRESS_LABEL, ''))
}
// A site crediting itself in square brackets ("【某某文库整理】"): its credit says whose it is, wherever it stands.
const CREDITED_SQUARE = new RegExp(`[\\[【][\\u4e00-\\u9fffA-Za-z]{0,8}(?:${wordAlternation(SITE_NAME_WORDS)})(?:${wordAlternation(SITE_CREDIT_VERBS)})[\\]】]`, 'g')
// A document site named as the source or the compiler ("(来源:某某资料站)", "(整理:某某范文网 编辑 某某 2024年3月)"): a
// 范文/资料 site is never a report's own source; a bare 某某网 may be (县政府网), and stays.
const SITE_SOURCE = new RegExp(`[(（](?:来源|出处|转自|摘自|整理|编辑)\\s?[:：]\\s?[\\u4e00-\\u9fffA-Za-z]{0,10}(?:${wordAlternation(DOCUMENT_SITE_WORDS)})[网站库]?(?:\\s[^()（）]{1,24})?[)）]`, 'g')
// A learning platform's marks in brackets (【已学习】, (阅读计时中…), 【本段已读 +1积分】): its record of the reader, not the text.
const STUDY_ASIDE = /[【\[(（][^()（）【】\[\]]{0,12}(?:计时中|已学习|已读|去学习|学习打卡|[+＋]\s?\d{1,3}\s?积分|积分\s?[+＋]\s?\d{1,3})[^()（）【】\[\]]{0,8}[】\])）]/g
// The site's count of a paragraph's characters closing it ("…服务不缺位”的目标。(133字)").
const WORD_COUNT_END = /(?<=[。!?！？”"])\s*[(（]\s?\d{2,5}\s?字\s?[)）]\s*$/
// A count of the text's words glued before its first paragraph ("本文约2400字 同志们:…"), or alone with the site's advice on
// reading it ("全文约3800字,建议收藏后慢慢读").
const WORD_COUNT_START = /^(?:本文|全文)(?:约|共)?\s?\d{2,6}\s?字(?:\s?[,，]\s?(?:建议|预计|阅读约?|大约|约需|需要)[^。!?！？,，\s]{1,14}[。!！]?\s*$)?\s?(?=\S|$)/
// A bracketed name that can only be a website's (某某网, 某某文库), even at a line's start.
const WEBSITE_LABEL = /^[\[【](?:[\u4e00-\u9fffA-Za-z]{1,10})(?:网|文库|网站)[\]】]$/
// A viewer's label or a repost's note glued before the first paragraph ("〔内容简介〕一年来,…", "(转自单位公众号,留存备查)2023年,…").
const LABEL_START = /^[〔【\[(（](?:内容简介|文档简介|资料简介|内容摘要|文章摘要|文章导读|简介|导读|(?:转自|转载自|转载于|摘自|来自)[^()（）【】\[\]〔〕]{2,20})[〕】\])）](?=\S)/

// A site that stamps its paragraphs in several bracket styles signs one of them with its address
// ("【某某阁example.com】", later "(某某阁整理)", "[example.com]", "「某某阁收录」"): the name and the address read
// there are its marks in every other bracket of the page.
const ANY_BRACKET = /[(（【\[〔「『〖][^()（）【】\[\]〔〕「」『』〖〗\n]{2,30}[)）】\]〕」』〗]/g
const NAME_BY_ADDRESS = /([\u4e00-\u9fff]{2,6})\s?$|^\s?([\u4e00-\u9fff]{2,6})/
const MIN_MARK = 3
const STAMP_NAME_MAX = 8
const ADDRESS_LABELLED = new RegExp(ADDRESS_LABEL.source)
const stampMarks = oncePer((texts: readonly string[]): RegExp | null => {
  const marks = new Set<string>()
  // Read folded, as the brackets they are matched in (a traditional page's 範本閣 is 范本阁 there).
  const brackets = texts.flatMap((t) => [...fold(t).matchAll(ANY_BRACKET)].map((m) => m[0]))
  for (const bracket of brackets) {
    const address = AN_ADDRESS.exec(bracket)
    if (!address || GOVERNMENT_ADDRESS.test(address[0])) continue
    const inner = bracket.slice(1, -1)
    // A signature holds the name and the address alone; "(网址:www.….cn)" labels a service the report gives.
    const rest = inner.replace(address[0], '')
    if (ADDRESS_LABELLED.test(rest) || /[:：]/.test(rest) || rest.trim().length > STAMP_NAME_MAX) continue
    marks.add(address[0].replace(/^https?:\/\//i, '').replace(/^www\./i, '').toLowerCase())
    const at = inner.indexOf(address[0])
    const name = NAME_BY_ADDRESS.exec(inner.slice(0, at)) ?? NAME_BY_ADDRESS.exec(inner.slice(at + address[0].length))
    const word = name?.[1] ?? name?.[2]
    if (word && !SIGNED.test(word)) marks.add(word)
  }
  // A mark the page's brackets carry once is that bracket's; a stamp recurs.
  const lowered = brackets.map((b) => b.toLowerCase())
  const usable = [...marks].filter((w) => w.length >= MIN_MARK && lowered.filter((b) => b.includes(w)).length >= 2)
  return usable.length ? new RegExp(usable.map(escapeRegExp).join('|'), 'i') : null
})

// A site's name glued after a dash at the end of line after line ("一、强化组织领导 —某某文库"): once it is a
// subtitle, repeated it is the site's.
const SITE_TAIL = new RegExp(`\\s?[—\\-–_|｜]{1,2}\\s?([\\u4e00-\\u9fffA-Za-z]{1,8}(?:${wordAlternation(SITE_NAME_WORDS)}))\\s*$`)
const siteTails = oncePer((texts: readonly string[]): ReadonlySet<string> => {
  const seen = new Map<string, number>()
  for (const t of texts) {
    const m = SITE_TAIL.exec(fold(t))
    if (m) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([name]) => name))
})

// An account's header line names it beside its stamp ("原创 某某观察 2024-01-05 08:30 阅读 2.3万"); the same name in
// square brackets inside a sentence is the account's stamp ("…全覆盖,【某某观察】整改破损桶站…"). The header's own
// buttons ("【打印】") are no name of it.
const HEADER_LINE_MAX = 48
const POSTED_AT = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s\d{1,2}:\d{2}/
const NO_SENTENCE = /^[^。,;!?，；！？]*$/
const HEADER_NAME = /[\u4e00-\u9fff]{2,8}/g
const NAMED_SQUARE = /[【\[]([\u4e00-\u9fff]{2,8})[】\]]/g
const headerNames = oncePer((texts: readonly string[]): ReadonlySet<string> => {
  const names = new Set<string>()
  for (const t of texts) {
    const f = fold(t).trim()
    if (f.length <= HEADER_LINE_MAX && POSTED_AT.test(f) && NO_SENTENCE.test(f)) for (const m of f.replace(ANY_BRACKET, ' ').match(HEADER_NAME) ?? []) names.add(m)
  }
  return names
})

/** Where a bracket may stand besides inside a sentence: closing the line (a link), opening it too (a guard). */
interface Reach {
  closing?: boolean
  opening?: boolean
}

/**
 * Spans of `re` in the folded text that stand inside the sentence (text on both sides). A bracketed
 * label opening a line is a heading, unless it names a website ("【某某文秘网】二、…"); one closing it, a
 * line's own note.
 */
function inside(folded: string, re: RegExp, reach: Reach = {}, keep: (m: string) => boolean = () => true): [number, number][] {
  return matchSpans(re, folded, (m) => {
    const heading = m.index === 0 && !reach.opening && !(WEBSITE_LABEL.test(m[0]) && m[0].length < folded.trimEnd().length)
    return !heading && (reach.closing || m.index + m[0].length < folded.length) && keep(m[0])
  })
}

const BRACKET_CHAR = /[(（【\[〔〖「『]/
const MARK_CHAR = /[·・◆◇■□★☆●○▲△♦❖∮§¤※〓]/

/** The site's names and promotions in brackets inside the line. */
function bracketSpans(f: string, doc: DocFacts): [number, number][] {
  const marks = stampMarks(doc.texts)
  return [
    ...inside(f, BRACKETED),
    ...inside(f, SIGNED_NAME),
    ...inside(f, CREDITED),
    ...inside(f, CREDITED_SQUARE, { closing: true, opening: true }),
    ...inside(f, SITE_SOURCE, { closing: true, opening: true }),
    ...inside(f, LINK_ASIDE, { closing: true, opening: true }),
    // A guard says what it is wherever it stands, opening the line too.
    ...inside(f, GUARD_ASIDE, { closing: true, opening: true }),
    ...inside(f, ADDRESS_ASIDE, { closing: true }, signsWithAddress),
    ...inside(f, STUDY_ASIDE, { closing: true, opening: true }),
    ...inside(f, ASIDE, {}, (aside) => SITE_BUSINESS.test(aside) && countTrafficWords(aside) >= MIN_TRAFFIC),
    ...(marks ? inside(f, ANY_BRACKET, { closing: true }, (bracket) => marks.test(bracket)) : []),
    ...inside(f, APP_ASIDE),
    ...inside(f, CHAT_OFFER, { closing: true }),
    ...inside(f, REPOST_NOTE, { closing: true }),
    ...inside(f, VARIANT_END_NOTE, { closing: true }),
    ...inside(f, SITE_UPLOAD_NOTE, { closing: true }),
    ...inside(f, SITE_CREDIT, { closing: true }),
    ...inside(f, VISIT_ASIDE, { closing: true }),
    ...inside(f, FOLLOW_ASIDE, { closing: true }),
    ...inside(f, QR_ASIDE, { closing: true }),
    ...inside(f, ARROW_ASIDE, { closing: true }, (aside) => countTrafficWords(aside) >= 1),
    ...inside(f, HANDLED_SITE, { closing: true }),
    ...inside(f, ROUND_HANDLED_SITE, { closing: true }, namesSiteWithHandle),
    ...inside(f, DOMAIN_SITE, { closing: true }),
    ...inside(f, PORTAL_STAMP, { closing: true }),
    ...inside(f, SITE_COLUMN, { closing: true, opening: true }),
    ...inside(f, BLOGGER_NOTE, { opening: true }),
    ...inside(f, DOTTED_HANDLE, { closing: true, opening: true }),
    ...(bracketsOnly(f) ? [] : inside(f, BACK_LINK, { closing: true, opening: true })),
    ...inside(f, TEMPLATE_TIP, { closing: true, opening: true }),
    ...inside(f, SQUARE_NAME, { closing: true, opening: true }, (bracket) => seoSiteNames(doc.texts).has(bracket.slice(1, -1))),
    ...inside(f, NAMED_SQUARE, {}, (bracket) => headerNames(doc.texts).has(bracket.slice(1, -1))),
  ]
}

// Words framed by stars or diamonds in the middle of a sentence ("…全覆盖,★某某笔杆子★建成…"): a site's stamp, whatever the
// name; a document frames its slogans on lines of their own.
const MID_FRAME = /(?<=[,，。;；\u4e00-\u9fff])([★☆◆◇])[\u4e00-\u9fff·]{3,10}\1(?=[\u4e00-\u9fff])/g

/** The site's names signed between marks or after a handle's dot inside the line. */
function markSpans(f: string): [number, number][] {
  return [
    ...inside(f, MID_FRAME),
    ...inside(f, HANDLE_STAMP),
    ...inside(f, FRAMED_STAMP, {}, framesSite),
    ...inside(f, DOTTED_SITE, {}, (dotted) => isSiteName(dotted.replace(/[·・\s]/g, ''))),
  ]
}

export const bracketedSite: Rule = {
  id: 'inline-splice/bracketed-site',
  kind: 'inline-splice',
  description: 'A site name or promotion in brackets dropped into a sentence ([某范文], 【某文库】, (某某范文网整理), (微信搜索“某某”关注,领取更多范文))',
  scope: 'inline',
  test: (block, doc) => {
    // Matched on the folded text (same length): traditional names (【學習文庫】) read as simplified ones.
    const f = block.folded
    const label = LABEL_START.exec(f) ?? WORD_COUNT_START.exec(f)
    const count = WORD_COUNT_END.exec(f)
    const tail = SITE_TAIL.exec(f)
    const repeatedTail = tail && siteTails(doc.texts).has(tail[1]!) ? tail : null
    const spans: [number, number][] = [
      ...(label ? [[0, label[0].length] as [number, number]] : []),
      ...(count ? [[count.index, f.length] as [number, number]] : []),
      ...(repeatedTail ? [[repeatedTail.index, f.length] as [number, number]] : []),
      // Most lines hold no bracket and no mark: their patterns need not run.
      ...(BRACKET_CHAR.test(f) ? bracketSpans(f, doc) : []),
      ...(MARK_CHAR.test(f) ? markSpans(f) : []),
      ...(f.includes('****') ? inside(f, VIEWER_USER, { closing: true, opening: true }) : []),
    ]
    return spans.length ? { reason: 'site name or promotion dropped into the sentence', spans } : undefined
  },
  examples: {
    drop: ['继续开展教学反思活动,[某某范文]不断提高教师水平。', '推出“红色某某”主题展〖某某县人民政府门户网站〗,接待群众1.2万人次。', '举办适宜技术培训讲座9场(某某县人民医院官网),培训基层医生。', '发放宣传折页3200余份【某某doc】,张贴海报160张。', '加强宣传【学习文库】,营造良好氛围。', '加強宣傳【學習文庫】,營造良好氛圍。', '文明习惯尚未内化于心(某某范文网整理),德育活动还不够系统。', '新建卫生厕所598户,(微信搜索“某某范文”关注,回复“总结”领取更多范文)全镇环境明显改善。', '执行干警依法腾退房屋(图为执行现场),当事人表示服从。', '推动基层医疗人才计划【相关阅读:某某计划启动】落地见效。', '科室现有医师12名(更多专家信息请点击科室主页)。', '活动现场气氛热烈。(按此浏览活动相片集)', '〔内容简介〕一年来,我局认真贯彻落实上级部署。', '阅读量(某某·防盗)突破45万次', '整治死角3100余处。〖abcdwk〗农村地区持续推进改厕。', '镇妇联在镇党委的领导下,(本文来源:某某网 www.example.cn)围绕中心工作开展活动。', '本文约2400字 同志们:今天我们召开全县春季农业生产工作会议。', '全文约3800字,建议收藏后慢慢读', '开展主题班会〔某某云〕12次,覆盖全体学生。', '召开座谈会(首发某某吧example.com)3次。', '〔某某党建在线 版权所有〕主持召开党建专题会议9次。', '【某某文秘网】二、走进社区,服务群众。', '督促整改(某某安全网ab12.cn原创)隐患427处。', '合格率达到97.3%。(来源:某某资料网 www.example.cn)全年新招聘护士42人。', '护理部主任(来源:某某资料网 http://www.example.cn/)柯某某带队。', '培训护士19名[某某资料网www.example.cn-免费下载]。', '【点击朗读全文】2023年,老年大学开设课程46门。', '开展书法展(点击观看成果展视频 ▶),反响热烈。', '【已学习】二、持续深化作风建设', '全面从严治党(阅读计时中…)永远在路上。', '【某某文库整理】(一)农业生产稳中有升。', '希望大家把准备做细做实。(来源:某某资料站)', '坚持预防为主、源头治理,确保辖区平安。(133字)', '上线新版教务系统〖某某师院教务处网站〗,排课1.6万余学时。', '整治死角3100余处。〖fanwen*ku〗农村地区持续推进改厕。', '学生聆听老党员讲述革命故事,〖某某中学·原创〗并分组开展情景剧表演36场。', '新引进企业41家,·某某街道政务网·其中重点产业项目3个。', '最终命名“某某工匠”10名(投票通道已开启,为你心中的某某工匠点赞→),每人给予奖励。', '现场座无虚席[视频|点开某某App,观看主会场精彩片段],不少村民赶来。', '年龄最大的演员82岁。(点击关注,获取更多某某文旅资讯)', '援建“春风图书角”30个。(长按识别文末二维码,一元也是爱)', '218名读者参加阅读马拉松挑战赛,◆某某范文网*example.cn◆完成阅读12万字。', '各班设图书角,∮某某小学网∮师生捐赠图书1450册。', '组织332名学生赴县【某某中心小学网 qdzxxx】革命烈士陵园开展祭扫活动。', '培训学员[某某公文网·会员原创]1200人次。', '(转自单位公众号,留存备查)2023年,县图书馆团支部依托青年读书会开展活动。', '免费体检2136人(更多精彩内容请访问某某范文网),规范管理率提升。', '完成新入职护士培训63人,abcrmyy·护理部原创N1级以上护士考核合格率100%。', '全年召开支部党员大会6次【加微信 ab-wenku 免费领模板】,上党课5次。', '报告人:某某街道党工委书记 某某某(本文系馆友转藏,不代表本馆观点)', '述职人:某某某 (以上为范文1全文)', '政教处主任定期组织「教育文库 example.com」德育例会,评比班级常规32次。', '同志们:【本讲话稿由某某网会员整理】', '汛期将至,(文/某某网编辑部)各单位要提前谋划。', '坚持每月到联系村走访,某某预览·用户138****2761全年驻村蹲点76天。', '发放宣传资料,〔某某文档 abcdoc〕现场受理咨询140余人次。', '组织志愿服务【某某青企协·abqx】46场。', '【abjd·某某街道在线】组织培训4期。', '开展“邻里节”活动(某理工·化材院 原创)5场。', '全年召开党员大会6次【返回述职报告栏目】,开展主题党日活动12次。', '【下载后替换XX处即可使用】', '开展文明创建活动(某某文档,盗版必究)9次。', '办理借书证1380张【某某博客 blog.example.cc】,图书外借量增长约12%。', '栽下树苗320株【推荐阅读:幼儿园元旦亲子活动总结】,并挂上班级名牌。', '用硬纸板剪拼图形(相关课件:八年级《一次函数》导学案),效果很好。', '活动分为三个环节。【某某资源库·校本资源】在集体备课环节,组长先解读目标。', '全镇实现千兆光纤全覆盖,★某某笔杆子★建成村级服务站14个。', '我局联合县财政局发放文旅消费券◆某某融媒◆150万元,带动消费约1100万元。', '【博主按:年底要交的材料,放这里留个底。】2023年,档案室完成了各项任务。', '(整理:某某范文网 编辑 某某 2024年3月)', '发动在职党员到社区报到186名【某某笔记原创 禁止搬运】,认领居民微心愿230个。', '共吸引居民参与(某/某/驿/站 abcdyz)2000余人次。', '发放资料(某某范文网 abcfw)3000份。'],
    keep: ['【工作动态】全镇开展了环境整治。', '相关信息已在县政府门户网站(县人民政府网)公开。', '公文统一上传至【协同OA】系统办理。', '详见文献[1]的有关论述。', '印发了[2023]5号文件', '在县政府网(县政府网站)发布公告。', '开展(线上线下相结合)宣传活动,群众参与踊跃。', '推广使用政务APP(可免费下载APP)办理业务。', '会议要求各单位(点名如下)按时参会。', '【简介】', '配备自动体外除颤器(AED)3台。', '根据县政办发〔2023〕12号文件要求开展工作。', '数据来源(县统计局)如下。', '详见县政府网站(来源:www.example.gov.cn)公告。', '群众可登录服务平台(网址:www.example.cn)办理。', '全年学员累计获得学分(积分)1200分。', '全年GDP增长6.2%。(来源:县政府网)', '(来源:县统计局)', '建成“县·乡·村”三级服务网络', '推进·智慧电网·建设', '欢迎社会各界访问县政府网站(更多信息请访问县政府网)。', '推广使用ISO·质量管理体系。', '各社区开展宣传活动(文/图 宣传科)。', '按流程(申报→初审→公示)评选工匠10名。', '推广使用政务APP(可在应用商店下载App)办理业务。', '引导群众关注食品安全(关注率达95%)。', '评选◆优秀组织单位◆5个、★先进个人★12名。', '推广【ISO·质量】管理体系', '用户138****2761来电反映小区噪声扰民,已协调处置。', '通过“返回式”卫星开展育种试验。', '(返回舱回收现场)', '开展“替换式”教学改革试点。', '接入省政务服务平台(浙里办 zlb)办理业务。', '培训内容包括(色/香/味 三项评分)等。'],
  },
}

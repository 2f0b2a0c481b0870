import { CHAT_APPS, CHAT_ID_CHARS, COMMON_ASCII, GAMBLING_BRANDS, GAMBLING_CATEGORY, GAMBLING_WORDS, LOAN_AD_ONLY_WORDS, LOAN_AD_WORDS, SERVICE_AD_WORDS, SPAM_CATEGORY, SPAM_DEAL_WORDS, SPAM_EVENTS, SPAM_OFFER_GAMES, SPAM_OFFER_ONLY_WORDS, SPAM_ONLY_WORDS, SPAM_PREFIXES, SPAM_SITE_SUFFIXES, SPAM_SUFFIXES } from '../../lexicon/noise.js'
import { ROLE_WORDS, SURNAMES } from '../../lexicon/roles.js'
import { CLOSE_BRACKETS, OPEN_BRACKETS } from '../../text/chars.js'
import { AN_ADDRESS } from '../../text/furniture.js'
import { escapeRegExp, wordAlternation } from '../../text/pattern.js'
import { cut, tagClause } from '../../text/segment.js'
import type { Rule } from '../types.js'

const CATEGORY = wordAlternation(SPAM_CATEGORY)
const SUFFIX = wordAlternation(SPAM_SUFFIXES)
const COMMON = new Set<string>(COMMON_ASCII)
// Anchors: a gambling word or brand; or an ASCII brand ("ob", "bat365") followed by the site it
// advertises ("ob体育盘口", "bat365中国官方网站", "xx体育app") or by a gambling category ("xx娱乐");
// a brand with a sports word alone (CCTV体育) is not.
// Gambling words and brands: the anchors of spam, counted again in a clause to see it is spam whole.
const GAMBLING_TERMS = wordAlternation([...GAMBLING_WORDS, ...GAMBLING_BRANDS])
const ANCHOR = new RegExp(
  `(${GAMBLING_TERMS})|` +
    `([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)(?=[\\u4e00-\\u9fff]{0,3}?(?:[·・_]?(?:${CATEGORY})(?:中国)?(?:${SUFFIX})|[·・_]?(?:${wordAlternation(GAMBLING_CATEGORY)})|(?:中国)?(?:官方网站|官网|盘口)))`,
  'g',
)
// Around an anchor: an ASCII brand and a prefix before it, category and site words after it.
const BEFORE = new RegExp(`(?:${wordAlternation(SPAM_PREFIXES)})?[A-Za-z0-9]*$`)
// After an ASCII brand the short name must lead to a category or a site word (never empty).
const AFTER = new RegExp(
  `^[\\u4e00-\\u9fff]{0,3}?(?:[·・_]?(?:${CATEGORY})(?:公司)?[_·]?(?:中国)?(?:${SUFFIX})?|(?:中国)?(?:${SUFFIX}))[:：]?`,
)
// Marks may frame the site word ("某葡京★官方网址★").
const AFTER_WORD = new RegExp(`^(?:[·・_]?(?:${CATEGORY}))?(?:公司)?[_·]?(?:中国)?(?:[★☆✦◆]?(?:${SUFFIX})[★☆✦◆]?)?[:：]?`)
const SPAM_ONLY: ReadonlySet<string> = new Set<string>(SPAM_ONLY_WORDS)
const BRANDS: ReadonlySet<string> = new Set<string>(GAMBLING_BRANDS)
const SITE_WORD = new RegExp(wordAlternation(SPAM_SITE_SUFFIXES))
const CATEGORY_WORD = new RegExp(CATEGORY)
const CODE_OR_EVENT = new RegExp(`[A-Za-z]|${wordAlternation(SPAM_EVENTS)}`)
const OPEN_QUOTE = /[“「『"]/
// A sign-up bonus of a gambling brand, whatever its name ("某某娱乐注册即送88元", "【某某棋牌注册就送58元彩金】",
// "某某娱乐场注册送彩金"). The brand is a code or up to four characters, none right after a figure: in
// "巡查46次某某娱乐…" the measure word is the sentence's (and see sentenceLead).
// The figure may stand bare where the bonus is set apart from the sentence: in brackets ("「正规娱乐平台注册就送88」"), closing
// a clause ("…课程3门某某棋牌注册送88,建成…") or glued before the sentence's next word ("…赛课活动,某某娱乐注册送88共有18名…"), or after a
// platform or site naming itself ("…某某娱乐平台注册送88专项排查").
// `site` asks for that 平台/官网 (otherwise optional).
const bonusCore = (bareFigure: boolean, site = false) =>
  `(?:[A-Za-z0-9]{1,8}|(?<!\\d)[\\u4e00-\\u9fff]{1,4})?(?:${CATEGORY}|娱乐城|娱乐场|国际|博彩|官方网址|官网|百家乐|老虎机)(?:平台|官网)${site ? '' : '?'}[★☆✦◆\\s]?(?:新用户|新会员)?(?:注册|开户)\\s?(?:即|就)?(?:送|领)\\s?(?:\\d{1,4}\\s?${bareFigure ? '元?' : '元'}(?:彩金|体验金)?|彩金|体验金)(?:秒到账)?`
const BONUS_CORE = bonusCore(false)
const BARE_BONUS = bonusCore(true)
// Online betting (网投) after a gambling category or before a sign-up offer is spam, its brand and offer with it, figure or
// none ("某某娱乐网投注册即送"); a bare 网投 may be a report's 网上投票.
const SIGN_UP = `(?:注册|开户)\\s?(?:即|就)?(?:送|领)(?:\\s?\\d{1,4}\\s?元?)?(?:彩金|体验金)?`
const NET_BET = `(?:[A-Za-z0-9]{1,8}|(?<!\\d)[\\u4e00-\\u9fff]{1,4})?(?:(?:${CATEGORY})网投(?:平台|官网)?(?:${SIGN_UP})?|网投(?:平台|官网)?${SIGN_UP})`
// In brackets, the whole bracket goes with it (its site's address too: "【某某娱乐城 注册即送58元 www.….cc】").
const BONUS = new RegExp(`[【\\[(（「][^【】\\[\\]()（）「」]{0,12}?${BARE_BONUS}[^【】\\[\\]()（）「」]{0,40}[】\\])）」]|${BONUS_CORE}|${BARE_BONUS}(?![\\d.%])|${bonusCore(true, true)}|${NET_BET}`, 'g')

// Spam spliced into a person's name after the role, or glued after it ("安全总监许|某某娱乐注册送彩金|立峰",
// "党工委书记葛某某|某某娱乐城开户即送88元彩金"): the name's characters stay. A full name is taken as three characters when
// that leaves the brand two, else the surname alone.
// A role, or the writer introducing themself ("本人林|某某娱乐|慧敏", "我叫…"), stands before the name.
const ROLE_BEFORE = new RegExp(`(?:${wordAlternation([...ROLE_WORDS, '本人', '我叫', '我是'])})$`)
const SURNAME_SET: ReadonlySet<string> = new Set<string>(SURNAMES)
const ROLE_REACH = 8
const NAME_LOOKBACK = 2
const FULL_NAME = 3
const MIN_BRAND = 2
const BONUS_WORD = new RegExp(`${CATEGORY}|娱乐城|娱乐场|国际|博彩|官方网址|官网`)
// The brand's place before its category ("实行旺财" of "实行旺财棋牌注册送彩金"): its first word is the sentence's when the
// words split it in two of two characters or more ("实行|旺财", "学员|彩宝"); "金狮|汇" is one brand.
const HAN_BRAND = /^[\u4e00-\u9fff]{3,4}$/
const PREFIX_SET: ReadonlySet<string> = new Set<string>(SPAM_PREFIXES)
function sentenceLead(match: string): number {
  const brand = match.slice(0, BONUS_WORD.exec(match)?.index ?? 0)
  // No brand holds a particle: what stands up to it is the sentence's ("…工会的|某某娱乐…").
  const particle = brand.lastIndexOf('的')
  if (particle >= 0) return particle + 1
  if (!HAN_BRAND.test(brand)) return 0
  const words = cut(brand)
  // A place the casinos are named after (澳门星濠, 亚洲某某) is the brand's.
  return words.length === 2 && words[0]!.length >= MIN_BRAND && words[1]!.length >= MIN_BRAND && !BRANDS.has(words[0]!) && !PREFIX_SET.has(words[0]!) ? words[0]!.length : 0
}

// The measure word of the figure before the brand ("…收入达到26万元|某某娱乐注册送58"): the sentence's, not the brand's.
const FIGURE_UNIT = /^(?:万元|亿元|元|万|亿|个|人|次|名|户|家|项|件|天|吨|亩|米|台|场|份|起|处)/
function unitLead(text: string, start: number): number {
  if (!/\d(?:万|亿)?$/.test(text.slice(0, start))) return 0
  return FIGURE_UNIT.exec(text.slice(start))?.[0].length ?? 0
}

function nameLead(text: string, start: number, match: string): number {
  const brandEnd = start + (BONUS_WORD.exec(match)?.index ?? 0)
  for (let r = Math.max(0, start - NAME_LOOKBACK); r <= start; r++) {
    if (!SURNAME_SET.has(text[r] ?? '') || !ROLE_BEFORE.test(text.slice(Math.max(0, r - ROLE_REACH), r))) continue
    if (brandEnd - (r + FULL_NAME) >= MIN_BRAND) return Math.max(0, r + FULL_NAME - start)
    return brandEnd - (r + 1) >= MIN_BRAND ? Math.max(0, r + 1 - start) : 0
  }
  return 0
}

// A casino's brand wedged into a person's name right after the surname ("副县长 谢|某某娱乐城|以宁"): a two-character
// brand and its category between a role's surname and the given name.
// …or after the surname and the first character of the given name ("车间主任贺文|某某娱乐城|平牵头").
const BRAND_IN_NAME = /[【\[(（]?[\u4e00-\u9fff]{2}(?:娱乐城|娱乐场|国际娱乐|棋牌|体育|娱乐|彩票网|彩票)[】\])）]?(?=[\u4e00-\u9fff]{1,2}(?:[\s,，。、;；)）]|$|主持|带队|作|讲话|出席|牵头|通报|宣读|介绍|负责|参加))/g
function brandsInNames(text: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(BRAND_IN_NAME)) {
    // The brand, bare or in its brackets, stands right after a surname that follows a role, or one character past it.
    const surnameAt = [m.index - 1, m.index - 2].find((at) => SURNAME_SET.has(text[at] ?? '') && ROLE_BEFORE.test(text.slice(Math.max(0, at - ROLE_REACH), at).trimEnd()))
    if (surnameAt !== undefined) out.push([m.index, m.index + m[0].length])
  }
  return out
}

// A chat app as an advertisement names it, plainly or spelled past a filter; a bare V or Q only before its colon or plus.
const CHAT_APP = `(?:${wordAlternation(CHAT_APPS)}|[VvQ](?=\\s?[:：+＋]))`
// A service sold with its chat contact in brackets inside a sentence ("(代写各类总结材料,加微信…)", "【代开各类正规发票 微信…】",
// "【代写各类材料 V:ab****06】").
const BRACKETED_SERVICE_AD = new RegExp(`[(（【\\[][^()（）【】\\[\\]]{0,20}(?:${wordAlternation(SERVICE_AD_WORDS)})[^()（）【】\\[\\]]{0,20}${CHAT_APP}\\s?[:：号+＋]?\\s?${CHAT_ID_CHARS}{4,20}[^()（）【】\\[\\]]{0,6}[)）】\\]]`, 'g')
// A bonus in cash the casino pays for signing up, named as such or after its brand ("新用户注册即送288元彩金♠某某会",
// "澳门新葡京◆注册送88元", "[加V领取888体育彩金]"): a report's sign-up offer gives a coupon, not 彩金.
const CASH_BONUS = new RegExp(`(?:新用户|新会员)?(?:注册|开户)\\s?(?:即|就)?(?:送|领)\\s?\\d{1,4}\\s?元\\s?(?:彩金|体验金)(?:\\s?[♠♣♥♦◆★☆]\\s?[\\u4e00-\\u9fff]{2,4})?|(?:${wordAlternation(SPAM_PREFIXES)})?(?:${wordAlternation(GAMBLING_BRANDS)})\\s?[◆★☆♠·]?\\s?(?:注册|开户)\\s?(?:即|就)?送\\s?\\d{1,4}\\s?元|[【\\[(（][^【】\\[\\]()（）]{0,10}(?:彩金|体验金)[^【】\\[\\]()（）]{0,8}[】\\])）]`, 'g')

// A lottery or casino app's download link in brackets inside a sentence ("(某某彩乐园app官方下载入口)").
const BRACKETED_APP_AD = /[(（【\[][\u4e00-\u9fffA-Za-z0-9]{0,8}(?:彩|博|赌|娱乐|棋牌|体育|真人)[\u4e00-\u9fffA-Za-z0-9]{0,6}?(?:app|APP|App)?(?:官方)?(?:下载)?(?:入口|官网|官方网站)[)）】\]]/g

// A brand of Chinese words before a gambling category and the site it advertises ("某某堂娱乐官方网站", "某某棋牌官网"); 娱乐平台 is a platform of prose,
// and 彩票 and 电子 have lawful sites (体育彩票官网, 某某电子官网):
// two or three characters of name, the category, the site word.
const NAMED_BRAND = new RegExp(`[\\u4e00-\\u9fff]{2,3}(?:娱乐|棋牌)城?(?:中国)?(?:官方网站|官网|网址|入口|app下载|APP下载)`, 'g')
// A gambling brand with its chat contact ("某某体育+V信:ab8866"): an advertisement whatever the brand's name.
const CHAT_CONTACT = new RegExp(`[\\u4e00-\\u9fff]{0,4}(?:${CATEGORY}|娱乐城|博彩)\\s?[+＋]?\\s?(?:${wordAlternation(CHAT_APPS)}|Q群)\\s?[:：]?\\s?[A-Za-z0-9_]{4,16}`, 'g')
// A member code of digits and "vip" ("某某湾3377vip"): a casino's, with its name before it and its boast after it.
const VIP_CODE = /[\u4e00-\u9fff]{0,3}\d{2,6}vip(?:官方直营|官方网站|官网|直营|网址|入口)?/gi
// A short line carrying such a code is the advertisement whole ("某某湾3377vip官方直营丨注册即送88元丨提款秒到账").
const AD_LINE_MAX = 40
const SENTENCE = /[。;；]/

// A bonus in brackets with the site's address ("【某某国际 注册就送58元 ab66.top】", "【某某国际ab88.vip 存一送一】"): an advertisement, whatever the brand.
const BONUS_OFFER = /注册\s?(?:即|就)?送\s?\d{1,4}\s?元|存(?:一|\d{1,5})送(?:一|\d{1,5})/
const SHORT_BRACKET = /[【\[(（][^【】\[\]()（）\n]{4,40}[】\])）]/g
const bracketedBonuses = (text: string): [number, number][] =>
  [...text.matchAll(SHORT_BRACKET)].filter((m) => BONUS_OFFER.test(m[0]) && AN_ADDRESS.test(m[0])).map((m) => [m.index, m.index + m[0].length])
// A spam clause spliced between two of a sentence's clauses ("…开设护理门诊8个,某某88线上真人娱乐城日日返水,接诊…"):
// when the clause around a cut is short and holds a second gambling word, the clause goes whole.
const CLAUSE_MARK = /[,，;；。]/
const SPAM_CLAUSE_MAX = 24
const SPAM_CLAUSE_LEFTOVER = 10
const GAMBLING = new RegExp(GAMBLING_TERMS, 'g')
const OWN_FIGURE = /\d+(?:\.\d+)?\s?[\u4e00-\u9fff]/
function spamClause(text: string, [start, end]: [number, number]): [number, number] {
  const bracket = enclosingBracket(text, start, end)
  if (bracket) return bracket
  let s = start
  let e = end
  while (s > 0 && !CLAUSE_MARK.test(text[s - 1]!)) s--
  while (e < text.length && !CLAUSE_MARK.test(text[e]!)) e++
  const clause = text.slice(s, e)
  const words = [...clause.matchAll(GAMBLING)]
  if (clause.length > SPAM_CLAUSE_MAX || words.length < 2 || s === 0 || e === text.length) return [start, end]
  // Words of the sentence's own around the spam ("全部按捐赠清单送到…每一所受助学校") say it was glued into the clause, not set
  // as one: the run from its first gambling word to its last goes ("百家乐首充返水"), the clause stays.
  const last = words[words.length - 1]!
  const run: [number, number] = [Math.min(start, s + words[0]!.index), Math.max(end, s + last.index + last[0].length)]
  // …and so does a figure with its measure after the spam ("…真人百家乐注册送彩金日处理能力达到8吨"): the report's own count.
  if (clause.length - (run[1] - run[0]) > SPAM_CLAUSE_LEFTOVER || OWN_FIGURE.test(text.slice(run[1], e))) return run
  // The clause and the mark before it go; the sentence reads on from its own mark.
  return [s - 1, e]
}

// A loan advertisement spliced in as a clause of its own ("…2.4万元,某某贷 无抵押当天到账 黑户也能批 加V:ab8866,为73户…"):
// its words in one short clause (LOAN_AD_WORDS says how many); the clause goes with the mark before it.
const LOAN_WORD = new RegExp(wordAlternation(LOAN_AD_WORDS), 'g')
const LOAN_AD_ONLY = new RegExp(wordAlternation(LOAN_AD_ONLY_WORDS))
const SERVICE_WORD = new RegExp(wordAlternation(SERVICE_AD_WORDS))
const LOAN_CONTACT = /(?:加|\+)\s?(?:V|v|微|薇|VX|vx|QQ|qq)(?:信)?\s?[:：]?\s?[A-Za-z0-9_]{4,16}/
// A chat account's id after its app's name, with or without 加 ("微信ly5588").
const CHAT_ID = new RegExp(`(?:${wordAlternation(CHAT_APPS)})\\s?[:：号]?\\s?[A-Za-z]${CHAT_ID_CHARS}{3,20}`)
const LOAN_CLAUSE = /[^,，;；。]{4,48}/g
// Quick tests: a line without these words holds none of the families below.
const LOAN_WORD_ANY = new RegExp(wordAlternation(LOAN_AD_WORDS))
const CHAT_WORD = new RegExp(CHAT_APP)
const BRAND_CATEGORY_WORD = /娱乐|棋牌|体育|彩票/
const APP_AD_WORD = /入口|官网|官方网站/
const BONUS_WORD_ANY = /注册|开户|彩金|体验金/
const LOAN_CLAUSE_MAX = 48
// A chat id glued into a sentence after the short clauses of its advertisement ("…;学生贷无抵押,当天放款,微信ab5577为9名学生…",
// "…23份,代写各类总结报告,加微信ab365安全总监…"): from the first of those clauses to the id.
const GLUED_CHAT_ID = new RegExp(`(?:加|添加|\\+)?\\s?${CHAT_ID.source}`, 'g')
const AD_LEAD_REACH = 24
function gluedChatAds(text: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(GLUED_CHAT_ID)) {
    // An id inside a bracket is the bracket's advertisement (BRACKETED_SERVICE_AD, CHAT_OFFER), cut as the bracket stands.
    if (enclosingBracket(text, m.index, m.index + m[0].length)) continue
    // The clauses before the id, back to the sentence's last full mark and no further than the reach.
    const from = Math.max(0, m.index - AD_LEAD_REACH)
    const lead = text.slice(from, m.index)
    const sentenceStart = Math.max(...[...lead.matchAll(/[。;；!?！？]/g)].map((x) => x.index + 1), 0)
    const clauses = lead.slice(sentenceStart).split(/[,，]/)
    let start = m.index
    let words = 0
    let service = false
    // Walk back over the clauses of the advertisement; the one glued to the id may hold nothing but the id's lead-in (加).
    for (let k = clauses.length - 1; k >= 0; k--) {
      const clause = clauses[k]!
      const loan = clause.match(LOAN_WORD)?.length ?? 0
      const sells = SERVICE_WORD.test(clause)
      if (loan === 0 && !sells && k < clauses.length - 1) break
      words += loan
      service ||= sells
      start -= clause.length + (k < clauses.length - 1 ? 1 : 0)
    }
    if (words < 2 && !service) continue
    // The comma before the first clause goes with it; the sentence reads on from its own mark.
    out.push([start > 0 && /[,，]/.test(text[start - 1]!) ? start - 1 : start, m.index + m[0].length])
  }
  return out
}

function loanClauses(text: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(LOAN_CLAUSE)) {
    const words = m[0].match(LOAN_WORD)?.length ?? 0
    const contact = LOAN_CONTACT.test(m[0]) || CHAT_ID.test(m[0])
    const advert = words >= 3 || (words >= 1 && contact) || (words >= 2 && LOAN_AD_ONLY.test(m[0]))
    if (m[0].length > LOAN_CLAUSE_MAX || !advert) continue
    // The clause and the mark before it go; the sentence reads on from its own mark.
    out.push([m.index > 0 ? m.index - 1 : 0, m.index + m[0].length])
  }
  return out
}

// An offer with no brand glued into a sentence ("…新增网点11个,体育赛事代投 日赚千元稳赚不赔同时对…"): its words close
// together (a few characters, no mark, between them), with the amount after the last. The few characters between the
// clause's mark and the first word are its brand or category ("旺财", "体育赛事"); an offer that is the whole clause
// goes with the mark before it, and the sentence reads on after it.
const OFFER_ONLY: ReadonlySet<string> = new Set<string>(SPAM_OFFER_ONLY_WORDS)
const DEALS: ReadonlySet<string> = new Set<string>(SPAM_DEAL_WORDS)
const GAMES: ReadonlySet<string> = new Set<string>([...GAMBLING_WORDS, ...SPAM_OFFER_GAMES])
const OFFER_WORD = new RegExp(wordAlternation([...OFFER_ONLY, ...DEALS, ...GAMES]), 'g')
const OFFER_GAP = /^[^\p{P}\p{S}]{0,4}$/u
// The amount: figures, or Chinese numerals with their unit or standing whole before the next mark ("返现五十,"), or the
// contact's handle ("…当天下款dk6671").
const OFFER_AMOUNT = /^(?:\d{1,5}(?:元|块|倍|%)?|[一二三四五六七八九十百千万两]{1,4}(?:元|块|倍)|[一二三四五六七八九十百千万两]{2,4}(?![\u4e00-\u9fff])|[A-Za-z]{1,4}\d{2,8}(?![\dA-Za-z]))/
// Its category before it, glued ("线上彩票代投", "娱乐线上开户").
const OFFER_CATEGORY = new RegExp(`(?:${wordAlternation([...SPAM_CATEGORY, '线上', '网上'])})+$`)
const OFFER_LEAD_MAX = 4
const OFFER_LEAD = /[^\p{P}\p{S}\s]{1,4}$/u
const MARK = /[\p{P}\p{S}\s]/u
const MIN_DEALS = 3
function isOffer(words: readonly string[]): boolean {
  const deals = words.filter((w) => DEALS.has(w)).length
  if (words.length >= 2 && words.some((w) => OFFER_ONLY.has(w))) return true
  return (deals >= 1 && words.some((w) => GAMES.has(w))) || deals >= MIN_DEALS
}
function offerRuns(text: string): [number, number][] {
  const out: [number, number][] = []
  const words = [...text.matchAll(OFFER_WORD)]
  for (let i = 0; i < words.length; ) {
    let j = i
    while (j + 1 < words.length && OFFER_GAP.test(text.slice(words[j]!.index + words[j]![0].length, words[j + 1]!.index))) j++
    const run = words.slice(i, j + 1)
    i = j + 1
    if (!isOffer(run.map((w) => w[0]))) continue
    const first = run[0]!.index - (OFFER_CATEGORY.exec(text.slice(0, run[0]!.index))?.[0].length ?? 0)
    const last = run[run.length - 1]!
    const end = last.index + last[0].length + (OFFER_AMOUNT.exec(text.slice(last.index + last[0].length))?.[0].length ?? 0)
    // The characters before the first word are the brand only when the clause opens with them, and not its verb
    // ("实行" of "…工程,实行旺财棋牌注册送彩金专人旁站监督").
    let lead = first - (OFFER_LEAD.exec(text.slice(Math.max(0, first - OFFER_LEAD_MAX), first))?.[0].length ?? 0)
    // (A verbal noun there names the trade the clause is about, "直播带货", not a verb before a brand.)
    const verb = tagClause(text.slice(lead, first))[0]
    const opened = lead === 0 || MARK.test(text[lead - 1]!)
    const verbBefore = verb !== undefined && verb.tag === 'v'
    if (verbBefore) lead = Math.min(first, lead + verb.word.length)
    const start = opened || verbBefore ? lead : first
    // Whole only between a clause's own marks: a symbol after it ("…彩金♠某马会") means the advertisement goes on.
    const whole = start > 0 && CLAUSE_MARK.test(text[start - 1]!) && (end === text.length || CLAUSE_MARK.test(text[end]!))
    out.push([whole ? start - 1 : start, end])
  }
  return out
}

// An advertisement in a short bracket spliced into a name or sentence ("杜振【新葡京官方直营*注册送88】华"): the bracket goes whole.
const AD_BRACKET_MAX = 30
const CLOSE_BRACKET = new RegExp(`[${escapeRegExp(CLOSE_BRACKETS)}]`)
function enclosingBracket(text: string, start: number, end: number): [number, number] | undefined {
  const open = Math.max(...[...OPEN_BRACKETS].map((c) => text.lastIndexOf(c, start)))
  if (open < 0 || start - open > AD_BRACKET_MAX) return undefined
  const closeAt = [...CLOSE_BRACKETS].map((c) => text.indexOf(c, end)).filter((i) => i >= 0)
  const close = closeAt.length ? Math.min(...closeAt) : -1
  if (close < 0 || close - open > AD_BRACKET_MAX || CLOSE_BRACKET.test(text.slice(open + 1, start))) return undefined
  return [open, close + 1]
}

/**
 * A gambling word or brand is spam when the advertisement is there: a code in Latin letters or a
 * tournament before it (98858vip威尼斯, 世界杯买球), a site word after it (…官网, …下载), or for a
 * brand a category (葡京体育). Alone it is a report's word (打击网络赌博, 收缴老虎机, 娱乐场所, 澳门,
 * 金沙江), and so is a name the report quotes (查处“开云体育”等境外赌博网站).
 */
function advertised(word: string, before: string, after: string): boolean {
  if (SPAM_ONLY.has(word) || CODE_OR_EVENT.test(before) || SITE_WORD.test(after)) return true
  return BRANDS.has(word) && CATEGORY_WORD.test(after)
}

export const spamTerm: Rule = {
  id: 'inline-splice/spam-term',
  kind: 'inline-splice',
  description: 'Gambling and casino spam spliced into names and sentences (XX体育官网, 买球平台)',
  scope: 'inline',
  test: (block) => {
    // On the folded text (same length): traditional spam (開雲體育官網) reads as the simplified lexicon.
    const text = block.folded
    const spans: [number, number][] = []
    ANCHOR.lastIndex = 0
    for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
      const ascii = m[2]
      if (ascii !== undefined && (COMMON.has(ascii) || ascii.length < 2)) continue
      const end = m.index + m[0].length
      // A brand word carries its own name; an ASCII brand may have a short Chinese name after it.
      const after = (ascii !== undefined ? AFTER : AFTER_WORD).exec(text.slice(end))?.[0]
      if (after === undefined) continue
      const before = BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index))![0]
      if (ascii === undefined && !advertised(m[1]!, before, after)) continue
      if (OPEN_QUOTE.test(text[m.index - before.length - 1] ?? '')) continue
      spans.push([m.index - before.length, end + after.length])
      ANCHOR.lastIndex = end + after.length
    }
    for (const m of text.matchAll(BONUS)) spans.push([m.index + (nameLead(text, m.index, m[0]) || sentenceLead(m[0]) || unitLead(text, m.index)), m.index + m[0].length])
    for (const m of text.matchAll(NAMED_BRAND)) spans.push([m.index, m.index + m[0].length])
    // The patterns added for one family each run only where their family's words stand.
    if (BRAND_CATEGORY_WORD.test(text)) spans.push(...brandsInNames(text))
    if (APP_AD_WORD.test(text)) for (const m of text.matchAll(BRACKETED_APP_AD)) spans.push([m.index, m.index + m[0].length])
    if (BONUS_WORD_ANY.test(text)) for (const m of text.matchAll(CASH_BONUS)) spans.push([m.index, m.index + m[0].length])
    for (const m of text.matchAll(CHAT_CONTACT)) spans.push([m.index, m.index + m[0].length])
    for (const m of text.matchAll(VIP_CODE)) {
      if (text.trim().length <= AD_LINE_MAX && !SENTENCE.test(text)) return { reason: "a casino's advertisement line", spans: [[0, text.length]] }
      spans.push([m.index, m.index + m[0].length])
    }
    spans.push(...bracketedBonuses(text))
    // Offers, loan and service advertisements go as they stand, a run, a clause or a bracket (not widened to the clause around).
    const loans = [
      ...offerRuns(text),
      ...(LOAN_WORD_ANY.test(text) ? loanClauses(text) : []),
      ...(CHAT_WORD.test(text) ? [...gluedChatAds(text), ...[...text.matchAll(BRACKETED_SERVICE_AD)].map((m): [number, number] => [m.index, m.index + m[0].length])] : []),
    ]
    // A bonus and a brand found apart may overlap: one cut each run of spam.
    const merged: [number, number][] = []
    for (const span of spans.sort((a, b) => a[0] - b[0])) {
      const last = merged[merged.length - 1]
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
      else merged.push([span[0], span[1]])
    }
    const all = [...merged.map((s) => spamClause(text, s)), ...loans].sort((a, b) => a[0] - b[0])
    return all.length ? { reason: loans.length ? 'gambling, loan or service spam spliced into the text' : 'gambling spam spliced into the text', spans: all } : undefined
  },
  examples: {
    drop: ['会议由qq8866vip吉祥娱乐下载主持召开', '刚才,办公室主任李明某某彩票网华通报了全年情况。', '图书6000余册,全部按捐赠清单送到百家乐首充返水每一所受助学校,善款逐月公示。', '由车间主任贺文某某娱乐城平牵头成立攻关小组。', '本人林某某娱乐慧敏,2020年起担任财务科科长。', '组织开展耕地“非农化”某某娱乐平台注册送88专项排查。', '建成示范小区6个,闪电借款秒到账,群众满意度明显提升。', '新增省级课程3门某某棋牌注册送88,建成混合式课程11门。', '开设了美术、科学两门兴趣课「正规娱乐平台注册就送66」，孩子们最喜欢科学课。', '本次活动由mn必达体育app协办', '2022年,在公司领导的带领下,XY葡京·体育中国官方网站全体员工努力拼搏。', '活动由世界杯买球平台赞助举行', '本站由bat888中国官方网站提供支持', '学院组织开展了zq体育盘口述职评议', '會議由qq8866vip吉祥娛樂下載主持召開', '全年完成巡查46次鸿运娱乐注册即送88元,整改隐患12处。', '活动圆满结束【某某棋牌注册就送58元彩金】。', '发放宣传资料2.1万份鸿运堂娱乐官方网站,群众反响良好。', '某某湾3377vip官方直营丨注册即送88元丨提款秒到账', '社区综治中心某某湾3377vip全年调处矛盾纠纷86起。', '开设护理门诊8个,某某88线上真人娱乐城日日返水,接诊专科患者1.2万人次。', '凝聚着全村干部【某某国际 注册就送58元 ab66.top】群众的汗水。', '全县共转移群众1200人鸿运娱乐城开户即送88元彩金秒到账,无一人伤亡。', '副镇长杜振【新葡京官方直营*注册送88】华带队检查。', '全镇共清理火险隐患46处,澳门新葡京★官方网址★注册即送88元,护林员全部到岗。', '协会推动会员企业建立质量鑫博彩票 注册领68元彩金 bx668诚信档案。', '全行新增贷款3.2亿元,皇冠体育注册送彩金,不良率下降0.3个百分点。', '夏粮收购工作时间紧而又金沙线上娱乐城送彩金紧,各库点要提前做好准备。', '电梯维保单位某某星濠娱乐场注册送88元彩金某某电梯工程有限公司按月保养。', '培训学员某某国际注册即送88元900余人次', '为孤寡老人送去春联,某某体育+V信:ab8866,受到好评。', '副县长 谢鑫博娱乐城以宁', '由副校长林【某冠体育】晓梅主持', '线上渠道占比26.8%;新用户注册即送288元彩金♠某马会2月促销期间成交额达420万元。', '以办好人民满意的教育为目标,澳门新葡京◆注册送88元着力推进均衡发展。', '内容涵盖作业辅导、[加V领取888体育彩金]非遗剪纸等。', '通过公办园扩容等方式,(某某彩乐园app官方下载入口)使普惠性幼儿园覆盖率稳定在90%。', '发放助学金2.4万元,某某贷 无抵押当天到账 黑户也能批 加V:ab8866,为73户低保户送去慰问金。', '活动直播观看量达2.1万人次,某某国际注册就送58元彩金、真人荷官24小时在线,线下听众1200余人。', '全年工会会员增加126人,(代写各类总结材料,加微信ab2024)采纳建议65条。', '每日检查评比【代开各类正规发票 微信ab5588】,每周一公布结果。', '开展心理健康讲座6场;学生贷无抵押,当天放款,微信ab5577为9名学生建立心理档案。', '签订安全生产责任书23份,代写各类总结报告,加微信ab365dx安全总监每月带队检查。', '开展文明创建【代写各类材料 V:ab****06】活动9次。', '开展宣传活动【某某国际ab88.vip 存一送一】15场。', '新增网点9个,体育赛事代投 日赚千元稳赚不赔同时关停亏损门店3家。', '留样保存48小时,幸运转盘天天抽充值百元返现五十,并做好记录。', '安排2名新教师免押金借款最快秒到账与骨干教师结对。', '操场上回荡着笑声真人百家乐线上开户,家长们也很感动。', '每月与家长沟通一次,某财捕鱼官网下载送88元遇到问题先倾听。', '对危大工程,实行某财棋牌注册送彩金专人旁站监督。', '调解成功89件,网贷秒批当天下款dk6671调解成功率92.7%。', '各组各司其职,秒批网贷上门放款比赛秩序井然。', '村集体经济收入达到26万元某发娱乐注册送58,比上年增加9万元。', '共有7人12次打破县纪录,鸿运88棋牌充值返利某某镇代表队获得团体总分第一名。', '帮助11个村策划农产品直播带货棋牌游戏注册就送88元,销售额达到136万元。', '在集团工会的某某娱乐网投注册即送统一组织下举办技能比武。', '所内设立帮办窗口,为网上真人百家乐群众提供全程指导。', '新建有机垃圾处理站1处,真人百家乐注册送彩金日处理能力达到8吨,运行平稳。', '组织教研组开展同课异构网赌提现秒到账活动8次。'],
    keep: ['全年开展网上投票活动3次,网投参与率达到85%。', '县体育局官方网站发布了活动通知', '开展棋牌室专项整治,查处违规充值行为12起。', '引导群众APP下载安装反诈软件', '学校官网及时发布信息', '举办全民健身体育节', '组织学生观看CCTV体育频道的比赛',
      '开展反赌宣传,打击网络赌博、电信诈骗等违法犯罪', '对辖区内的歌舞娱乐场所开展检查46次', '组织青年赴澳门开展交流活动', '金沙江流域生态保护', '捣毁跨境赌博平台3个', '免费开放公立博物馆、图书馆', '碧海金沙景区接待游客',
      '收缴老虎机、捕鱼机等赌博机具26台', '捣毁“百家乐”赌博窝点2个', '查处利用“开云体育”等境外赌博网站组织赌博的案件2起', '某游客在澳门葡京酒店旅游期间的投诉已妥善处理',
      '金沙湾景区 86 6.2 开云古镇 52 3.8', '新会员注册即送50元体检券', '全民健身体育节报名注册人数达1200人', '县文化馆群众文化娱乐平台上线', '开发了智慧社区娱乐平台和健身平台', '发放会员卡VIP1200张', '在中国体育彩票官网公示中奖信息', '登录某某电子官网下载驱动', '开展国际交流活动3次', '添加社区微信:sq8866咨询', '推出无抵押信用贷款产品,全年发放贷款3.2亿元。', '帮助小微企业办理无抵押贷款,实现当天到账的快速审批,全年服务企业126家。', '推出无抵押、当天到账的信用贷款产品。', '严厉打击虚开发票等违法行为,查处案件12起。', '关注县税务局(微信号:lxsw2023)及时了解政策。', '副县长王某检查歌舞娱乐场所', '推广使用政务服务APP(官方下载入口见附件)。', '开展全民健身活动(县体育局官网发布)。', '为客户开户充值提供便利,全年办理借款业务300笔。', '推出手机银行开户、充值、提现一站式服务。', '禁止非法捕鱼,全年查处案件12起。', '全年放款3.2亿元,线上贷款实现秒批。'],
  },
}

import { DOCUMENT_SITE_WORDS, SITE_ROMANIZED_WORDS, WATERMARK_SYMBOLS } from '../../lexicon/noise.js'
import { HAN as HAN_CHAR, HASHTAG } from '../../text/chars.js'
import { AN_ADDRESS, EMAIL, isSiteName } from '../../text/furniture.js'
import { escapeRegExp, wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

const SYMBOL = `[${escapeRegExp(WATERMARK_SYMBOLS)}]`
// Watermarks interleave a site's name in characters or in pinyin letters ("song}%wd[@"): between
// symbols stand one or two characters ("心}语%文[库", "创%素材[") or a pinyin syllable run. A run
// takes no more than that before its first symbol and after its last (no wider than its inner segments: see
// narrowed()), so the sentence around it keeps its words ("全镇上下共同努力心}语%文[库," loses "心}语%文[库").
const HAN = '[\\u3400-\\u9fffA-Za-z]'
const SEGMENT = '(?:[A-Za-z]{1,12}|[\\u3400-\\u9fff]{1,2})'
const RUN = new RegExp(`(?:${SEGMENT}${SYMBOL}+)+${SEGMENT}?`, 'g')
// What follows a watermark when it is a site's signature: ": https://…" or ": 名称。".
const TRAILER = /^[:：]\s?(?:(?:https?:\/\/|www\.)[^\s,，。]*[。.]?|[^\s,，。:：]{1,16}[。.])/
const INTERLEAVED = new RegExp(`${HAN}${SYMBOL}+${HAN}`)
const INTERLEAVES = new RegExp(`(?<=${HAN})${SYMBOL}+(?=${HAN})`, 'g')
// Brackets quote titles ("按照[某某方案]要求"), a percent sign follows a placeholder figure ("增长xx%以上") and an
// asterisk masks a name ("张*明"), an ampersand joins R&D: these count only beside other interleaved symbols; one of the others is enough.
const WEAK_ONLY = /^[[\]%*&]+$/
// A percent sign after a number or a placeholder (5%, xx%) is a percentage, not an interleave.
const PERCENT = /(?:\d|(?<![A-Za-z])[xX]{1,4})%/g

// An e-mail address ("jb@lsx.gov.cn") is no watermark, though its @ stands between letters.
const EMAILS = new RegExp(EMAIL.source, 'g')

// A topic tag ("#重阳节活动[话题]#", "#社工日常#") is a platform's, not a watermark, though # stands between characters.
const HASHTAGS = new RegExp(HASHTAG, 'g')

// A closed bracket pair holds a citation, a placeholder or a quoted title ([1], [X], [某某方案]); one whose words are
// parted by other symbols is the watermark's own frame ("[某某@读书#笔记]").
const BRACKET_PAIR = /\[[^[\]{}%@#^~$`*]{0,12}\]/g

/** True when the run interleaves characters with symbols the way a watermark does. */
function isWatermark(run: string): boolean {
  const symbols = run.replace(BRACKET_PAIR, '').replace(PERCENT, '0').match(INTERLEAVES) ?? []
  return symbols.length >= 2 || symbols.some((s) => !WEAK_ONLY.test(s))
}

// A site's name framed by one symbol on both sides ("…锻炼队伍的目的。~某某文档网~"): the frame goes whole, not the two
// characters on either side of a symbol a run would take (it took "档网~" and the next line's "演练"). Between hashes it
// is a topic tag (#某某网#), the tag line's.
// A wavy or approximate sign frames one too ("…严格执行≈某某文档abcdoc≈“三重一大”…"), though never interleaved in one.
const FRAME_SIGN = /[≈∽≋]/
const FRAMED = new RegExp(`(${SYMBOL}|[≈∽≋])([\\u4e00-\\u9fffA-Za-z.]{3,16})\\1`, 'g')
// A site word with the site's Latin handle ("某某文档abcdoc") names a site as a name ending in its site word does.
const SITE_WORD = new RegExp(wordAlternation(DOCUMENT_SITE_WORDS))
const HANDLE = /[A-Za-z]{3,}/
// Within a wavy or approximate frame, which prose never sets words in, any name with its Latin handle does ("∽某书库abc∽");
// between hashes a site's bare domain is no topic ("#example.cn#").
const isDomain = (name: string): boolean => AN_ADDRESS.exec(name)?.[0] === name
const framedSite = (mark: string, name: string): boolean => {
  if (mark === '#') return isDomain(name)
  return isSiteName(name) || (HANDLE.test(name) && (SITE_WORD.test(name) || FRAME_SIGN.test(mark)))
}
const framedSites = (text: string): [number, number][] =>
  [...text.matchAll(FRAMED)].filter((m) => framedSite(m[1]!, m[2]!)).map((m) => [m.index, m.index + m[0].length])

// A watermark set in square brackets, its words parted by symbols ("…沉下心来[某某@读书#笔记],…"): the bracket goes
// whole, and the characters before it are the sentence's.
// Round brackets too ("(某$档~文&库)"), and a Latin handle with its domain inside ("[某@文&摘wx*wz.net]"); a Chinese word in it.
const BRACKETED_RUN = new RegExp(`[[(（](?:[\\u4e00-\\u9fffA-Za-z0-9.]{1,12}[{}%@#^~$\`*&]){1,6}[\\u4e00-\\u9fffA-Za-z0-9.]{1,12}[\\])）]`, 'g')
const bracketedRuns = (text: string): [number, number][] =>
  [...text.matchAll(BRACKETED_RUN)].filter((m) => HAN_CHAR.test(m[0]) && isWatermark(m[0].slice(1, -1))).map((m) => [m.index, m.index + m[0].length])

// A watermark in braces, its site name parted by any symbols ("…探访一次{某某头▲范文@网},及时…"): the braces go whole. Prose
// sets no words in braces.
const BRACED = /\{([^{}\n]{3,24})\}/g
const ANY_MARK = /[\p{S}\p{P}]/gu
function bracedSites(text: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(BRACED)) {
    const name = m[1]!.replace(ANY_MARK, '')
    if (name !== m[1] && (isSiteName(name) || SITE_WORD.test(name))) out.push([m.index, m.index + m[0].length])
  }
  return out
}

// A site's romanized name in brackets inside a sentence, its parts joined by a dot ("…纠[shiye·wenku]纷…"): prose brackets no
// such pair.
const LATIN_PAIR = /[[(（]([A-Za-z]{2,12})[·・._-]([A-Za-z]{2,12})[\])）]/g
const SITE_ROMAN = new RegExp(wordAlternation(SITE_ROMANIZED_WORDS), 'i')
const latinPairs = (text: string): [number, number][] =>
  [...text.matchAll(LATIN_PAIR)].filter((m) => SITE_ROMAN.test(m[1]!) || SITE_ROMAN.test(m[2]!)).map((m) => [m.index, m.index + m[0].length])

// A platform marks its topic tags so ("#重阳节活动[话题]#"): its brackets are the tag's.
const TOPIC_MARK = /\[话题\]$/
const SYMBOLS = new RegExp(`${SYMBOL}+`)
const SYMBOLS_ALL = new RegExp(`${SYMBOL}+`, 'g')
const ANY_SYMBOL = new RegExp(SYMBOL)
const LATIN_ONLY = /^[A-Za-z]+$/
const HAN_ONLY = /^[\u3400-\u9fff]+$/

/**
 * The run's bounds, its end segments cut to the width of the inner ones: a watermark that puts one character
 * between its symbols ("文`库*小%站~制@作") has one at each end too, and the character after it ("作现场办理")
 * is the sentence's.
 */
function narrowed(run: string, at: number): [number, number] {
  const segments = run.split(SYMBOLS)
  const inner = segments.slice(1, -1)
  const first = segments[0]!
  const last = segments[segments.length - 1]!
  // A Latin handle between symbols: the characters after it are the sentence's ("…k#com]服装专业…", "…wd[@两年共听课…");
  // those before it may be the site's name scrambled ("页知#wenku@"), unless one symbol frames the handle on both
  // sides ("实现 ~abcdwk~ 再就业").
  if (inner.length > 0 && inner.every((s) => LATIN_ONLY.test(s))) {
    const marks = run.match(SYMBOLS_ALL) ?? []
    const framed = marks.length === 2 && marks[0] === marks[1]
    return [at + (framed && HAN_ONLY.test(first) ? first.length : 0), at + run.length - (HAN_ONLY.test(last) ? last.length : 0)]
  }
  if (inner.length < 2 || !inner.every((s) => s.length === 1 && HAN_ONLY.test(s))) return [at, at + run.length]
  return [at + Math.max(0, first.length - 1), at + run.length - Math.max(0, last.length - 1)]
}

export const watermark: Rule = {
  id: 'inline-splice/watermark',
  kind: 'inline-splice',
  description: 'Anti-copy watermarks: site words interleaved with symbols (心}语%文[库) and what they sign',
  scope: 'inline',
  test: (block) => {
    const text = block.text
    // Most lines hold no watermark symbol at all: neither pattern need run on them.
    if (!ANY_SYMBOL.test(text) && !FRAME_SIGN.test(text)) return undefined
    const framed = [...framedSites(text), ...bracketedRuns(text), ...(text.includes('{') ? bracedSites(text) : []), ...latinPairs(text)]
    if (!INTERLEAVED.test(text) && framed.length === 0) return undefined
    const spans: [number, number][] = [...framed]
    // A tag whose words are parted by the watermark's symbols ("#某~川~资*料#") is the watermark framed by hashes.
    const tags = [...text.matchAll(HASHTAGS)].filter((t) => !ANY_SYMBOL.test(t[0].slice(1, -1).replace(TOPIC_MARK, '')) && !isDomain(t[0].slice(1, -1)))
    const emails = [...text.matchAll(EMAILS), ...tags].map((e) => [e.index, e.index + e[0].length] as const)
    RUN.lastIndex = 0
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      const at = m.index
      if (!isWatermark(m[0]) || [...emails, ...framed].some(([a, b]) => at < b && a < at + m[0].length)) continue
      const [start, end] = narrowed(m[0], m.index)
      const trailer = TRAILER.exec(text.slice(end))
      spans.push([start, end + (trailer ? trailer[0].length : 0)])
    }
    return spans.length ? { reason: 'anti-copy watermark inside the text', spans } : undefined
  },
  examples: {
    drop: ['开展了主题教育活动mingxue}%wang[@,全体党员参加。', '本文来自}学%习[网:https://www.example.cn/。全年共召开会议12次。', '我们要牢记宗旨,公众@号:某某范文。扎实开展工作。', '加强学习,提高素质学#习^网', '吸引亲子家庭420余组参与,文`库*小%站~制@作现场办理少儿借阅证310张', '帮助23名失业人员实现~abcdwk~再就业', '达到了检验预案、锻炼队伍的目的。~某某文档网~', '~某某文档网~演练结束后,公司组织了点评。', '希望大家沉下心来[某某@读书#笔记],从最基础的岗位学起。', '讲解树木净化空气的作用,某^某*写&作~吧大队委员向全校发出倡议。', '让每一位员工#某~川~资*料#都熟悉逃生路线。', '严格执行≈某某文档abcdoc≈“三重一大”集体决策制度', '由社区每周一例会统∽某书库abc∽一调度。', '评出5名网格员#example.cn#并给予表彰。', '由社工每季度上门探访一次{某某头▲范文@网},及时发现并解决困难。', '妥善处理医疗纠[abcd·wenku]纷3起。'],
    keep: ['秸秆综合利用率达xx%以上', '研发(R&D)投入增长12%', '推进产学研&用协同', '共举办各类宣讲活动[X]场', '按照[某某县安全生产月活动方案]要求,结合实际开展活动', '共召开会议12次[1],参加人员300余人。', '学习<<纲要>>精神', '党建+扶贫模式取得成效', '张**同志获得表彰', '李*华、王*强等3名同志受到表彰', '张*明同志[1]获评先进', '增长5%以上', '举报邮箱:jb@lsx.gov.cn', '联系邮箱:service@xxwenku.com', '这是我第三次策划#重阳节活动#,今年规模最大', '误差控制在≈0.5毫米以内,合格率≈99%', '引进ERP系统[SAP·S4]模块,实现财务一体化。'],
  },
}

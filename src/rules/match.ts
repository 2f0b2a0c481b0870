/** Small matching helpers shared by rules; all match on folded text. */
import { INTRO_CUES, INTRO_SHAPES, MACHINE_DIGEST, NAV_WORDS, PLATFORM_CUES } from '../lexicon/boilerplate.js'
import { GENRE_WORD } from '../lexicon/genres.js'
import { HAS_SELF_REFERENCE } from '../lexicon/offtopic.js'
import { hanCount, sentences } from '../text/chars.js'
import { isClosingLine } from '../text/date-line.js'
import { fold } from '../text/fold.js'
import { leadingMarker } from '../text/markers.js'
import { oncePer } from '../text/memo.js'
import { looksLikeTitle } from '../text/title.js'
import { wordAlternation } from '../text/pattern.js'
import type { DocFacts, RuleBlock } from './types.js'

// Phrase lists are constants: fold each list once into one alternation, not on every call.
// One regex scan of the text is several times faster than one includes() per phrase.
const matcherOf = oncePer((phrases: readonly string[]) => new RegExp(alternation(phrases)))

/**
 * The spans of a global regex's matches in `text`, those `keep` accepts (it sees the match): the loop
 * every span-cutting rule runs, written once.
 */
export function matchSpans(re: RegExp, text: string, keep: (m: RegExpExecArray) => boolean = () => true): [number, number][] {
  const spans: [number, number][] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) if (keep(m)) spans.push([m.index, m.index + m[0].length])
  return spans
}

/** True when the folded text contains any of the phrases (phrases are folded too). */
export function hasAny(text: string, phrases: readonly string[]): boolean {
  return phrases.length > 0 && matcherOf(phrases).test(fold(text))
}

/** One of a 范文 site's intro shapes, its own words inside the cue ("…供大家写稿时借鉴"). */
export function hasIntroShape(text: string): boolean {
  const folded = fold(text)
  return INTRO_SHAPES.some((re) => re.test(folded))
}

/** A 范文 site's intro cue (one of its phrases or shapes), or a platform's machine-written digest. */
export function hasIntroCue(text: string): boolean {
  return hasAny(text, INTRO_CUES) || hasIntroShape(text) || MACHINE_DIGEST.test(text.trim())
}

/** Extra phrases a caller added for this rule id. */
export function extraPhrases(doc: { phrases: Readonly<Record<string, readonly string[]>> }, id: string): readonly string[] {
  return doc.phrases[id] ?? []
}

/** One regex alternation of literal phrases, folded like the text they will match. */
export function alternation(phrases: readonly string[]): string {
  return wordAlternation(phrases.map(fold))
}

/** True when the text holds one of the rule's own phrases or one the caller added for it. */
export function hasRulePhrase(text: string, phrases: readonly string[], doc: { phrases: Readonly<Record<string, readonly string[]>> }, id: string): boolean {
  return hasAny(text, phrases) || hasAny(text, extraPhrases(doc, id))
}

/**
 * Where a line rule's phrases cut a line: the whole line, or, when the line goes on with sentences of
 * its own that hold none of the phrases ("…提高到一个新的水平。以上内容仅供参考,如有侵权请联系删除。"),
 * only the sentences that hold them. Undefined when no phrase is there.
 */
export function phraseCut(
  text: string, phrases: readonly string[], doc: { phrases: Readonly<Record<string, readonly string[]>> }, id: string,
): { spans?: [number, number][] } | undefined {
  if (!hasRulePhrase(text, phrases, doc, id)) return undefined
  const holds = (t: string) => hasRulePhrase(t, phrases, doc, id)
  // The page's buttons glued after the title ("某某活动总结【大】【中】【小】 打印本页"): the title stays.
  const title = titleBefore(text, holds)
  if (title > 0) return { spans: [[title, text.length]] }
  const brackets = noticeBrackets(text, holds)
  if (brackets.length > 0) return { spans: brackets }
  const { spans, own } = sentencesHolding(text, holds, (t) => hasAny(t, PLATFORM_CUES))
  // A phrase split across sentences, or too little of the line's own: the line is the notice.
  return spans.length === 0 || !ownEnough(text, spans, own) ? {} : { spans }
}

/**
 * A notice in brackets inside a sentence ("…发放宣传资料2000余份(转载请注明来自某某文库),…", "召开家长会2次(批量下载请开通
 * 会员),…"): the brackets that `holds` accepts, when what stands outside them is the line's own (enough words, a full
 * sentence, or the document's dated line: "某某办公室 2024年2月20日印发【打印本页】") and holds no notice. Empty otherwise.
 */
export function noticeBrackets(text: string, holds: (t: string) => boolean): [number, number][] {
  const brackets = [...text.matchAll(BRACKETED)].filter((m) => holds(m[0])).map((m): [number, number] => [m.index, m.index + m[0].length])
  if (brackets.length === 0) return []
  const outside = brackets.reduceRight((t, [a, b]) => t.slice(0, a) + t.slice(b), text)
  return (hanCount(outside) >= OWN_TEXT_MIN || WRITTEN_DATE.test(outside) || fullSentence(outside)) && !holds(outside) ? brackets : []
}

// The notice may stand in a bracket opened after the title ("…工作计划〔docx格式 · 下载需5积分 · 约2450字〕").
const OPEN_BRACKET_TAIL = /\s*[【\[(（〔〖][^】\])）〕〗]*$/
// The notice's owner before its phrase ("©2023 某某在线 版权所有"): part of the notice.
const COPYRIGHT_OWNER = /\s*(?:©|\(c\)|copyright).*$/i
const TRAILING_BUTTON_RUN = /(?:\s*[【\[(（][^()（）【】\[\]]{1,6}[】\])）])*\s*$/

/** Where a title or a closing ends that the notice is glued after, or 0: the head before the first phrase, its buttons trimmed. */
const TITLE_LINE_MAX = 100
function titleBefore(text: string, holds: (t: string) => boolean): number {
  if (text.length > TITLE_LINE_MAX) return 0
  // The last place the rest of the line still holds a phrase is where the notice starts.
  let start = 0
  while (start < text.length && holds(text.slice(start + 1))) start++
  const head = text.slice(0, start).replace(OPEN_BRACKET_TAIL, '').replace(TRAILING_BUTTON_RUN, '').replace(COPYRIGHT_OWNER, '')
  // …or after the document's closing, its signature and date ("某某中心 2023年1月16日 ©2023 某某网 版权所有").
  return head.length >= 6 && (looksLikeTitle(head) || isClosingLine(head)) ? head.length : 0
}

/** Where a bracket closing the line opens after a title ("…工作计划〔docx格式 · 下载需5积分〕"), or 0: the notice is the bracket. */
export function bracketAfterTitle(text: string): number {
  const m = CLOSING_BRACKET.exec(text)
  return m && m.index > 0 && looksLikeTitle(text.slice(0, m.index)) ? m.index : 0
}
const CLOSING_BRACKET = /\s*[【\[(（〔〖][^【】\[\]()（）〔〕〖〗]{2,60}[】\])）〕〗]\s*$/

/** A short bracketed note: a notice, a link, a label ((…), 【…】, […], 〔…〕). */
export const BRACKETED = /[(（【\[〔][^()（）【】\[\]〔〕]{2,40}[)）】\]〕]/g

// Any bracketed group, however short ("[图片]", "【打印】").
const ANY_GROUP = /[(（【\[〔][^()（）【】\[\]〔〕]{0,40}[)）】\]〕]/g
/**
 * A line of nothing but bracketed buttons and placeholders ("【打印本页】【关闭窗口】【返回顶部】", "[图片]"): the line
 * rules judge it whole, so an inline rule leaves its pieces alone.
 */
export function bracketsOnly(text: string): boolean {
  return outsideBrackets(text).trim() === ''
}

/** The line's words outside its bracketed groups. */
export function outsideBrackets(text: string): string {
  return text.replace(ANY_GROUP, '')
}

/**
 * The sentences of a line that `holds` accepts, as spans, and the Han characters of the others that
 * `site` does not claim (the line's own text). With one sentence only, nothing is the line's own.
 */
export function sentencesHolding(
  text: string, holds: (sentence: string) => boolean, site: (sentence: string) => boolean = () => false,
): { spans: [number, number][]; own: number } {
  const parts = sentences(text)
  if (parts.length < 2) return { spans: [[0, text.length]], own: 0 }
  const spans: [number, number][] = []
  let own = 0
  for (const s of parts) {
    if (holds(s.text)) spans.push([s.offset, s.offset + s.text.length])
    // A sentence in the site's words (本站…, 付费前请…) is the notice's, though it holds no cue.
    else if (!site(s.text)) own += hanCount(s.text)
  }
  return { spans, own }
}

// A paragraph of a document: long, with a sentence's stop (a listed title or a heading has none).
const PARAGRAPH_MIN = 30
const PARAGRAPH_STOP = /[。;；!！?？]/
/** The line is long enough, with a sentence's stop, to be one of the document's paragraphs. */
export function isParagraph(text: string): boolean {
  const t = text.trim()
  return t.length >= PARAGRAPH_MIN && PARAGRAPH_STOP.test(t)
}

/** Past this many Han characters of sentences holding none of a line's cues, the line holds the document's own sentences. */
export const OWN_TEXT_MIN = 30
// Fewer do when they make full sentences in the document's voice before the notice glued after them ("…知晓率由年初的
// 78%提升至91%。本文来源:…"); after it they may be the notice going on ("这是…的快照。它是该网页在…的显示情况。").
const OWN_SENTENCE_MIN = 12
const WRITTEN_DATE = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/
/** A sentence of the document's closed by its full stop, long enough to be one ("会议还对防汛备汛工作作了部署。【打印本页】"). */
const fullSentence = (text: string): boolean => /[。!?！？]\s*$/.test(text.trim()) && hanCount(text) >= OWN_SENTENCE_MIN
const CLOSING_WORDS = /^(?:特此(?:报告|汇报|说明|通知)|以上(?:报告|述职|汇报|总结|发言)[^。]{0,12}|谢谢大家|此致)[。!！]$/

/** The sentences of `text` outside `spans` are the document's own: enough of them, or full sentences in its voice before the notice. */
export function ownEnough(text: string, spans: readonly (readonly [number, number])[], own: number): boolean {
  if (own >= OWN_TEXT_MIN) return true
  const first = Math.min(...spans.map(([a]) => a))
  const last = Math.max(...spans.map(([, b]) => b))
  const before = text.slice(0, first)
  if (text.slice(last).trim() !== '' || !/[。!?！？]\s*$/.test(before.trim())) return false
  // A document's closing formula is its own, however short ("特此报告。本文档由用户上传,…").
  return (own >= OWN_SENTENCE_MIN && documentVoice(before)) || CLOSING_WORDS.test(before.trim())
}

/**
 * Text in a document's own voice: a figure, an outline marker or a unit speaking of itself (我社区, 我校).
 * A site's generic lead before its intro ("计划是行动的指南。", "志愿服务是…的重要标志。") has none.
 */
export function documentVoice(text: string): boolean {
  const folded = fold(text)
  return /\d/.test(folded) || leadingMarker(folded.trimStart()) !== null || HAS_SELF_REFERENCE.test(folded)
}

// Full-width bars (｜) part cells as often as ASCII ones.
const CELL_BAR = /[|｜]/
/** Cells of a line split at bars (none without a bar). */
function cellCount(text: string): number {
  return CELL_BAR.test(text) ? text.split(CELL_BAR).filter((c) => c.trim() !== '').length : 0
}

/**
 * Line `index` is a table's header or row: it has two or more cells between bars, and the line after
 * it (or before it, for the last row) has as many ("项目部 | 检查次数 | 整改率" over "一项目部 | 6 | 100%").
 * A page's metadata table ("索引号 | … | 公开方式 | …") has that shape too: only rules that cut no
 * metadata may read it as the document's.
 */
export function tableRow(texts: readonly string[], index: number): boolean {
  return rowBeside(texts, index, cellCount, 2)
}

/** Line `index` has at least `min` cells as `cells` counts them, and a line beside it has as many. */
function rowBeside(texts: readonly string[], index: number, cells: (t: string) => number, min: number): boolean {
  const n = cells(texts[index] ?? '')
  return n >= min && [texts[index + 1], texts[index - 1]].some((t) => t !== undefined && cells(t) === n)
}

// A spreadsheet's rows lose their tabs to spaces when the text is read: cells without keys or sentences.
const SPACED_CELLS = /^[^:：。,，;；|｜]+$/
const SPACED_ROW_MIN = 3
function spacedCells(text: string): number {
  const t = text.trim()
  return SPACED_CELLS.test(t) ? t.split(/\s+/).length : 0
}

/**
 * Line `index` is a row of a table whose cells are parted by spaces (a spreadsheet's tabs, read as spaces): three or more
 * cells and no key or sentence mark, and a line beside it with as many ("初二 296 38" over "初三 187 25").
 */
export function spacedTableRow(texts: readonly string[], index: number): boolean {
  return rowBeside(texts, index, spacedCells, SPACED_ROW_MIN)
}

type Place = Pick<RuleBlock, 'index' | 'firstBodyIndex' | 'lastBodyIndex'>

/** The block stands after the page's last body-like line. */
export function afterBody(block: Place): boolean {
  return block.lastBodyIndex >= 0 && block.index > block.lastBodyIndex
}

/** The block stands before the body or after it: in the page's head or tail. */
export function outsideBody(block: Place): boolean {
  return block.index < block.firstBodyIndex || afterBody(block)
}

/** How far above a line a cut may stand for the line to sit under it (a comment box's header, a share bar). */
const UNDER_CUT_REACH = 2

/** One of the two lines above was cut by the rules that ran before (second-round rules read `lineVerdicts`). */
export function underCutLine(block: Pick<RuleBlock, 'index'>, doc: Pick<DocFacts, 'lineVerdicts'>): boolean {
  const verdicts = doc.lineVerdicts
  if (!verdicts) return false
  for (let i = Math.max(0, block.index - UNDER_CUT_REACH); i < block.index; i++) if (verdicts[i] != null) return true
  return false
}

const NAV: ReadonlySet<string> = new Set<string>(NAV_WORDS)
/** A column's bare name: a navigation word, or a genre of documents with no year or number ("工作动态", "总结报告"). */
const COLUMN = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}(?:频道|栏目|专区|专题))$/
const COLUMN_WORD = /动态|新闻|要闻|园地|资讯|汇报|报道|范文|文档|栏目|频道|公开|述职|快讯|速递|简讯|掠影|剪影|风采|集锦|聚焦|播报|讲话|致辞|公告/
export function isColumnName(part: string): boolean {
  return NAV.has(part) || (COLUMN.test(part) && (GENRE_WORD.test(part) || COLUMN_WORD.test(part)))
}

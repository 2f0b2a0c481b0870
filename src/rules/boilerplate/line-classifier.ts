import { contributions, junkProbability, lineFeatures, MODEL_LINE_MAX, SHIPPED_MODEL, type LineContext } from '../../model/index.js'
import { isNewsHeadline, looksLikeTitle } from '../../text/title.js'
import type { LineModel, RuleKind } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { oncePer } from '../../text/memo.js'
import { leadingMarker } from '../../text/markers.js'
import { CLOSING_FORMULA, COPYRIGHT_PHRASES, DISCLAIMER_PHRASES, INTRO_CUES, PLATFORM_CUES } from '../../lexicon/boilerplate.js'
import { BYLINE_KEYS, DOCUMENT_TAIL_KEYS } from '../../lexicon/furniture.js'
import { ORG_SUFFIXES } from '../../lexicon/organizations.js'
import { ROLE_WORDS } from '../../lexicon/roles.js'
import { isDateLine, isSignatureLine } from '../../text/date-line.js'
import { TRAFFIC_WORDS } from '../../text/furniture.js'
import { wordAlternation } from '../../text/pattern.js'
import { documentVoice, hasAny, isParagraph, OWN_TEXT_MIN, sentencesHolding } from '../match.js'
import type { DocFacts, Rule, RuleBlock } from '../types.js'

/** What the line model reads of a page, from the facts every line rule sees. */
export function lineContext(doc: DocFacts, block: Pick<RuleBlock, 'firstBodyIndex' | 'lastBodyIndex'>): LineContext {
  return {
    texts: doc.texts,
    verdicts: doc.lineVerdicts ?? doc.texts.map(() => null),
    titleKey: doc.titleKey,
    titleIndex: doc.titleIndex,
    firstBody: block.firstBodyIndex,
    lastBody: block.lastBodyIndex,
  }
}

const CUES = [...INTRO_CUES, ...PLATFORM_CUES, ...COPYRIGHT_PHRASES, ...DISCLAIMER_PHRASES]

/**
 * The line holds sentences in the document's own voice beside a site's ("…整改各类隐患86处。【本文由某某网
 * 为您整理,欢迎下载】"): the model judges whole lines, so it leaves such a line to the span rules. A site's
 * generic lead before its intro is no voice of the document's.
 */
function ownSentences(text: string): boolean {
  const { spans, own } = sentencesHolding(text, (s) => hasAny(s, CUES), (s) => !documentVoice(s))
  // The document's title may follow the intro on its line ("…仅供参考。“书香某某”阅读月活动总结").
  return spans.length > 0 && (own >= OWN_TEXT_MIN || looksLikeTitle(text.slice(spans[spans.length - 1]![1])))
}

// Readable names of the signals, for reasons.
const SIGNAL: Record<string, string> = {
  furnitureMeta: 'metadata pieces', furnitureChrome: 'interface words or site names', shortHead: 'short line before the body',
  shortTail: 'short line after the body', shortInBody: 'short unpunctuated line between paragraphs', beforeBody: 'before the body',
  afterBody: 'after the body', headDistance: 'far above the body', tailDistance: 'far below the body', prevCut: 'the line above is junk',
  nextCut: 'the line below is junk', cutNearby: 'junk around it', platformWords: 'platform words', introCue: 'template intro words',
  titleKeyEqual: 'repeats the title', titleOverlap: 'overlaps the title', repeated: 'repeated on the page', bracketed: 'bracketed',
  phone: 'a phone number', question: 'a question', nameLike: 'a bare name', symbolShare: 'symbols', latinShare: 'Latin letters',
  digitShare: 'digits', short8: 'very short', short20: 'short', furnitureText: 'unknown words', colonEnd: 'ends with a colon',
}

/** Signals of where a line stands and what is cut around it, not of the line itself. */
const CONTEXT_ONLY = new Set(['beforeBody', 'afterBody', 'headDistance', 'tailDistance', 'prevCut', 'nextCut', 'cutNearby', 'shortHead', 'shortTail'])
// A sentence of the document: a clause, a comma, another, a full stop (a site's notice or a reader's
// request ends in "!" more often than a report does), and no word of the site's traffic with its reader.
const SENTENCE = /^[^,，。]{2,},.*。$/
// ...or a hard-wrapped run of clauses: two commas, clauses between them, no full stop yet.
const CLAUSE_RUN = /^[^,，。]{2,},[^,，。]{2,},(?:.*[^!?！？。])?$/
// ...or a clause the wrap (or the preview's end) cut after its comma ("网格员队伍流动性较大,").
const OPEN_CLAUSE = /^[\u4e00-\u9fff“”"、]{6,},$/
const SENTENCE_MIN = 15

/**
 * Only its place speaks against a whole sentence ("下学期,学校将继续压实责任,确保校园安全稳定。" above a
 * list of links): a document's closing line stands next to the page's junk, and nothing of its own is junk.
 */
function placedOnly(model: LineModel, x: Float64Array, text: string): boolean {
  const folded = fold(text).trim()
  const sentence = (folded.length >= SENTENCE_MIN && (SENTENCE.test(folded) || CLAUSE_RUN.test(folded))) || OPEN_CLAUSE.test(folded)
  if (!sentence || TRAFFIC_WORDS.some((w) => folded.includes(w))) return false
  const own = Float64Array.from(x, (v, k) => (CONTEXT_ONLY.has(model.features[k]!) ? 0 : v))
  return junkProbability(model, own) < model.threshold
}

// A speaker's line under a speech's title ("某某区人民政府副区长 邵某某"): a unit, a position, a name. A byline's
// roles (记者, 编辑 …) are the page's, not the document's.
const BYLINE: ReadonlySet<string> = new Set<string>(BYLINE_KEYS)
// The speaker's line may stand in brackets under the title ("(某某县审计局副局长 吴某某)").
const BRACKETS = /^[(（]\s?|\s?[)）]$/g
const SPEAKER = new RegExp(`^[\\u4e00-\\u9fff]{0,24}(?:${wordAlternation(ROLE_WORDS.filter((r) => !BYLINE.has(r)))})\\s?[\\u4e00-\\u9fff·]{2,4}$`)

// A bracketed note naming the document's contact person under its signature ("(联系人:某某;联系电话:…)"): the
// document's own, though it stands where the page's lines stand and holds a phone number.
const CONTACT_NOTE = /^[(（]\s?联系人\s?[:：]/
// A line under a key of the document's own tail ("抄送:…", "述职人:某某", "附件:…"): the document's, whatever the model reads.
const OWN_TAIL_KEY = new RegExp(`^(?:${wordAlternation([...DOCUMENT_TAIL_KEYS, '述职人', '报告人', '汇报人', '发言人'])})\\s?\\d{0,2}\\s?[:：]`)

/** The kind of junk a cut line is, by the signal behind it. */
function kindOf(model: LineModel, x: Float64Array): RuleKind {
  const at = (f: string) => x[model.features.indexOf(f)] ?? 0
  if (at('introCue') > 0) return 'template-intro'
  if (at('titleKeyEqual') > 0 || at('titleShaped') > 0) return 'duplicate-title'
  if (at('furnitureMeta') >= 0.5) return 'metadata'
  return 'boilerplate'
}

// Scores of every line of a page, computed once per page (its model and body bounds follow from it).
const scores = oncePer((doc: DocFacts, block: RuleBlock, model: LineModel) => {
  const ctx = lineContext(doc, block)
  const x = doc.texts.map((_, i) => lineFeatures(ctx, i))
  return { p: Float64Array.from(x, (v) => junkProbability(model, v)), x }
})

// A news page's headline over its first paragraph, which names its event again ("某某学院第十二届科技文化节圆满落幕" over
// "…11月20日,某某学院第十二届科技文化节在…开幕"): the document's title, though no genre word ends it.
const HEADLINE_ECHO = 8
const HEADLINE_MAX = 40
const PARAGRAPH_REACH = 3
function headlineOfFirstParagraph(block: RuleBlock, doc: DocFacts): boolean {
  const line = block.folded.trim()
  if (block.index > block.firstBodyIndex || line.length < HEADLINE_ECHO || line.length > HEADLINE_MAX || !isNewsHeadline(line)) return false
  // The first paragraph under it (metadata lines may stand between).
  const first = doc.texts.slice(block.index + 1, block.index + 1 + PARAGRAPH_REACH).find(isParagraph)
  if (first === undefined) return false
  const folded = fold(first)
  for (let i = 0; i + HEADLINE_ECHO <= line.length; i++) if (folded.includes(line.slice(i, i + HEADLINE_ECHO))) return true
  return false
}

// A heading in square brackets numbered next after one above it ("【三、存在的问题】" under "【二、主要做法】"): the
// document's outline, however near the page's end it stands.
const SQUARE_HEADING = /^[【\[]\s?([^【】\[\]]{2,30})\s?[】\]]$/
function bracketedOutlineStep(block: RuleBlock, doc: DocFacts): boolean {
  const markerOf = (text: string) => {
    const inner = SQUARE_HEADING.exec(fold(text).trim())?.[1]
    return inner === undefined ? null : leadingMarker(inner)
  }
  const own = markerOf(block.text)
  if (own === null || own.n < 2) return false
  return doc.texts.slice(0, block.index).some((t) => {
    const m = markerOf(t)
    return m !== null && m.style === own.style && m.n === own.n - 1
  })
}

// A unit's name right above the document's closing date, which stays ("某某公司工会委员会" over "2022年12月30日"): the
// document's signature, however near the page's footer it stands.
const UNIT_NAME_END = new RegExp(`(?:${wordAlternation(ORG_SUFFIXES)})$`)
// A heading of the document's Chinese-numbered outline ("二、存在的问题"), however near the footer a cut-off page leaves it:
// no list of a site's links numbers its items so.
const OUTLINE_HEADING_MAX = 30
function outlineHeading(block: RuleBlock): boolean {
  const line = block.folded.trim()
  return line.length <= OUTLINE_HEADING_MAX && leadingMarker(line)?.style === 'cn-dun' && !SENTENCE_MARK.test(line)
}
const SENTENCE_MARK = /[。!?！？]/

function signsClosingDate(block: RuleBlock, doc: DocFacts): boolean {
  const line = block.folded.trim()
  if (!isSignatureLine(line) || !UNIT_NAME_END.test(line)) return false
  let next = block.index + 1
  while (next < doc.texts.length && doc.texts[next]!.trim() === '') next++
  return next < doc.texts.length && isDateLine(doc.texts[next]!) && doc.lineVerdicts?.[next] == null
}

// A plan's schedule item under its month ("4月中旬:期中复习研讨,…", "9—10月:…"): the document's timetable.
const MONTH_PART = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:上旬|中旬|下旬|初|底|末|份)?'
const SCHEDULE_ITEM = new RegExp(`^${MONTH_PART}(?:\\s?[—\\-~～至到]\\s?${MONTH_PART})?\\s?[:：]\\s?\\S`)
// A speaker's last words to the hall ("最后,提前祝大家新春快乐!谢谢大家!"): the speech's, however near the footer.
const SPEECH_THANKS = /谢谢(?:大家|各位|同志们)[!！。]?$/

export const lineClassifier: Rule = {
  id: 'boilerplate/line-classifier',
  kind: 'boilerplate',
  description: 'The learned line model: lines the rules left that look like page furniture by their shape, place and neighbours',
  scope: 'line',
  traits: { reviews: true },
  test: (block, doc) => {
    const model = doc.model ?? SHIPPED_MODEL
    if (doc.titleIndex === block.index || block.text.length > MODEL_LINE_MAX) return undefined
    const s = scores(doc, block, model)
    const p = s.p[block.index] ?? 0
    // Read sentence by sentence, and against the page's headline and outline, only for the few lines the model would cut.
    if (p < model.threshold || ownSentences(block.text) || headlineOfFirstParagraph(block, doc) || bracketedOutlineStep(block, doc) || outlineHeading(block) || signsClosingDate(block, doc)) return undefined
    const x = s.x[block.index]!
    const line = block.folded.trim()
    if (placedOnly(model, x, block.text) || SPEAKER.test(line.replace(BRACKETS, '')) || CONTACT_NOTE.test(line) || CLOSING_FORMULA.test(line) || SPEECH_THANKS.test(line) || SCHEDULE_ITEM.test(line) || OWN_TAIL_KEY.test(line)) return undefined
    const top = contributions(model, x)
      .filter((c) => c.value > 0 && SIGNAL[c.feature])
      .sort((a, b) => b.value - a.value)
      .slice(0, 3)
    return {
      reason: `line model p=${p.toFixed(2)}: ${top.map((c) => `${SIGNAL[c.feature]} (+${c.value.toFixed(1)})`).join(', ')}`,
      kind: kindOf(model, x),
    }
  },
  examples: {
    // The line model judges a line among its neighbours: here, after the body, between footer lines.
    context: ['一年来,在县委、县政府的正确领导下,我局认真履行职责,全年共组织培训12期,参训人员达800余人次。', '某某医院 版权所有', '技术支持:某某科技'],
    drop: ['——您的满意是我们的追求——', '欢迎回复交流'],
    keep: ['二、存在的问题', '全年共发放宣传资料3000余份,受教育群众达1万余人次。', '某某县人民政府副县长 邵某某', '网格员队伍流动性较大,', '(联系人:苗某某;联系电话:0633-5819026)', '以上报告,请予评议。', '不妥之处,敬请批评指正。', '抄送:县农业农村局、县生态环境分局', '述职人:某某村党支部书记 某某某'],
  },
}

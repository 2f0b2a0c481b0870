import { fold } from '../../text/fold.js'
import { FIGURE_VERBS, FRAME_ENDINGS, QUANTITY_ENDINGS, VAGUE_ENDINGS, VAGUE_OBJECTS, VAGUE_OPENINGS, VAGUE_QUALIFIERS, WORK_FIGURE_VERBS } from './vocabulary.js'

/**
 * Shapes of a prose clause around its verb, shared by the hand-written deed reader (prose.ts) and
 * the learned deed scorer's features (deed-features.ts): one definition of each.
 */

/** Quotation and title marks that open and close a name ("…", 《…》, 「…」). */
export const OPEN_QUOTE = /["“《「]/
export const CLOSE_QUOTE = /["”》」]/

/**
 * Where `isMark` holds outside quotes and brackets in folded text ("开展“学雷锋,树新风”活动,…": only
 * the second comma), in order: where a name's clauses and listed parts may be split.
 */
export function topLevelMarks(folded: string, isMark: (ch: string) => boolean): number[] {
  const out: number[] = []
  let depth = 0
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!
    if (OPEN_QUOTE.test(ch) || ch === '(') depth++
    else if (CLOSE_QUOTE.test(ch) || ch === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0 && isMark(ch)) out.push(i)
  }
  return out
}
/**
 * The pieces of `text` between the marks `isMark` finds outside quotes and brackets, with their offsets
 * ("开展“清理垃圾、整治河道”行动、组织巡查" at 、: two pieces, the quoted one whole).
 */
export function topLevelParts(text: string, isMark: (ch: string) => boolean): { text: string; offset: number }[] {
  const cuts = topLevelMarks(fold(text), isMark)
  return [0, ...cuts.map((c) => c + 1)].map((start, k) => ({ text: text.slice(start, cuts[k] ?? text.length), offset: start }))
}

/** A deed's text shorter than this names none (a verb and a two-character object). */
export const MIN_DEED = 4

/** Subject and adverbials before the verb: longer means the verb sits deep inside the clause. */
export const MAX_PREFIX = 16
/** Aspect particles right after a verb. */
export const ASPECT = /^[了着过]/
/** A verb followed by these is used as a noun, an attribute or a result ("成立后", "召开的会议", "落实到位"). */
export const NOMINAL_NEXT = /^(?:[的地得和与及等中时后前上下之者为到于在给成有率]|情况|仪式|大会|典礼)/
/** A count closing the clause ("面积11500亩", "十二次", a template's "XX万件") is a result figure, not part of the deed. */
export const TAIL_COUNT =
  /[共计达约近超]{0,2}(?:(?:\d|(?<![A-Za-z])[xX×＊*])[\d.,xX×＊*]{0,12}[%万亿千百余多]{0,2}[\u4e00-\u9fff]{0,2}|[一二三四五六七八九十两百千万]{1,6}[余多]?[次场个项期名人户家所篇份])$/
/** What is left at an object's end once a count is cut off. */
export const TRAILING_JUNK = /[\s、]+$/
/** The campaign, frame or sum of a list, not an item of it ("以…为主题的…系列活动", "以…为主线", "14项…活动", "A、B和C等活动"). */
export const UMBRELLA = /为(?:主题|主线|重点|抓手|核心|载体|目的)|系列活动|^[了]?(?:\d{1,3}|[一二三四五六七八九十两几]{1,3})[项个场类种大]|等(?:活动|工作)$/
/** "队伍建设是…的保证": a 是 after the would-be verb makes it a noun in the subject. */
export const COPULA_AFTER = /^[^,;]{1,10}(?:是|乃是|就是)(?![否非])/
/** "另有120余名家长志愿者参与了…": a counted group of people before the verb took part; the deed is not the writer's. */
export const PARTICIPANTS_COUNTED = /(?:\d+|[一二三四五六七八九十百千两]+)(?:余|多)?(?:名|人|位)/
const QUOTES = /["“”]/g
/** An object ending in a rate ("完成全年计划的%", its figure lost in copying) states a result, not a deed. */
const RATE_END = /[%％‰]$/
/** An object shorter than this names no deed ("开展了工作"). */
export const MIN_OBJECT = 3
const FIGURES: ReadonlySet<string> = new Set<string>(FIGURE_VERBS)
const WORK_FIGURES: ReadonlySet<string> = new Set<string>(WORK_FIGURE_VERBS)
const VAGUE: ReadonlySet<string> = new Set<string>(VAGUE_OBJECTS)
/** A generic object under a qualifier that leaves it generic ("大型活动", "日常工作"). */
const VAGUE_QUALIFIED = new RegExp(`^(?:${VAGUE_QUALIFIERS.join('|')})(?:${VAGUE_OBJECTS.join('|')})$`)

/**
 * True when an object (aspect particle removed) can name a deed: long enough, not vague, not a
 * compliance phrase, not the frame of a list or of a deed to come, not the subject of a 是 clause, quotes balanced.
 */
export function deedObject(bare: string, verb = ''): boolean {
  if (bare.length < MIN_OBJECT || bare.endsWith('的') || VAGUE.has(bare) || VAGUE_QUALIFIED.test(bare) || UMBRELLA.test(bare) || COPULA_AFTER.test(bare)) return false
  if (((bare.match(QUOTES)?.length ?? 0) & 1) === 1 || RATE_END.test(bare)) return false
  return !VAGUE_OPENINGS.some((w) => bare.startsWith(w)) && (passesOnMeeting(verb, bare) || !VAGUE_ENDINGS.some((w) => bare.endsWith(w))) && !framesADeed(bare)
}

/** The message of one named meeting or speech ("县妇联执委会议精神"). */
const MEETING_SPIRIT = /(?:会议?|讲话)精神$/
const PASS_ON = /^(?:传达|学习)/

/** Passing on or studying a meeting's message is a meeting's deed ("传达县妇联执委会议精神"); carrying it out ("落实…精神") is compliance. */
function passesOnMeeting(verb: string, bare: string): boolean {
  return MEETING_SPIRIT.test(bare) && (PASS_ON.test(verb) || PASS_ON.test(bare))
}

const TRAILING_BREAK = /[\s,，]+$/

/** The text ends as the frame of a deed to come ("…会议之机", "…的基础上"), not as a deed. */
export function framesADeed(text: string): boolean {
  const t = text.replace(TRAILING_BREAK, '')
  return FRAME_ENDINGS.some((w) => t.endsWith(w))
}

/**
 * Drops a count closing the object ("组织消防演练2次" → "组织消防演练": the deed, done twice;
 * "完成老旧小区改造项目12个" → "完成老旧小区改造项目"); a bare count, or a figure verb reaching a measured
 * quantity ("完成工业总产值3亿元"), or a verb that only ever reports figures ("引进企业5家") yields nothing.
 */
export function trimCount(object: string, verb: string): string {
  const m = TAIL_COUNT.exec(object)
  if (!m) return object.replace(TRAILING_JUNK, '')
  if (m.index === 0 || FIGURES.has(verb)) return ''
  const deed = object.slice(0, m.index).replace(TRAILING_JUNK, '')
  return WORK_FIGURES.has(verb) && QUANTITY_ENDINGS.some((w) => deed.endsWith(w)) ? '' : deed
}

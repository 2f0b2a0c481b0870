/**
 * The short name of an activity: the verb and what it acts on, read off the verbatim text
 * ("及时组织召开了全体教师参加的师德师风动员大会" → "组织召开师德师风动员大会").
 * The verbatim slice stays in `text`; the name drops what a reader would leave out when listing
 * what was done: a leading time or subject, manner adverbs, aspect particles, attributive
 * clauses naming who took part or led, template placeholders, and a trailing purpose clause.
 */
import type { Activity } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { wordAlternation } from '../../text/pattern.js'
import { tagClause } from '../../text/segment.js'
import { CLOSE_QUOTE, framesADeed, OPEN_QUOTE, topLevelMarks } from './clause-shapes.js'
import { DEED_VERBS, KEPT_ADVERBS, PARTICIPANT_WORDS, VERB_ADVERBS } from './vocabulary.js'

/** A leading clause that only says when ("3月5日,", "开学初,", "5月15日上午,"). */
const LEADING_TIME = /^(?:(?:\d{1,4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:[上下]午|晚上|期间|前后|以来)?|[^\s,，]{0,4}(?:初|末|底|期间|以来|时))[,，]\s*/
/** A trailing clause that gives the purpose or result, not the deed ("…,为灾区捐款三千余元", "…,旨在…"). */
const TRAILING_PURPOSE = /[,，;；](?:为了|为|旨在|使|让|从而|以便|以此|进而|努力|力求)/
/** An unfilled template year ("20xx年", "20__年", "XX年度"). */
const PLACEHOLDER_YEAR = /(?:19|20)?(?:[xX×_＿]{2})年度?/g
/** Aspect particles right after a verb. */
const ASPECT = /^[了着过]/
/** An attributive clause ending in 的 that names participants or leaders ("以王校长为组长的", "各单位参加的"). */
const PARTICIPANTS = new RegExp(`^[以由有]|(?:${wordAlternation(PARTICIPANT_WORDS)})$`)
const QUOTED = /^["“《「][^"”》」]+["”》」]$/
const CLAUSE_PUNCT = /^[,，、\s]+/
const HAS_OBJECT = /^[^\s,，;；:：。!！?？]/
/** Examples listed before the noun they illustrate ("横幅、标语、展板等禁毒宣传材料" → the noun). */
const EXAMPLE_LIST = /^[^,，;；"“《]*、[^,，;；"“《]*等(?=[\u4e00-\u9fff]{4})/
/** A clause of a slogan couplet is at most this long ("提高认识,领导重视"). */
const SLOGAN_CLAUSE_MAX = 8
/** Subject words before the verb: at most this long ("街道综治办和各社区网格员"). */
const MAX_SUBJECT = 16
const ADVERB_SET: ReadonlySet<string> = new Set<string>(VERB_ADVERBS)
const ADVERBS_DROPPED: readonly string[] = VERB_ADVERBS.filter((a) => !(KEPT_ADVERBS as readonly string[]).includes(a))
type Word = { word: string; tag: string }
export const TRAILING_PUNCT = /[\s,，、;；:：。.!！?？]+$/
const CLAUSE_BREAK = /[,;:]/

/** An activity read at `offset`, named from its verbatim `text`; dates and counts are attached later. */
export function activityAt(text: string, offset: number, marker: string | null = null, index: number | null = null): Activity {
  return { text, name: activityName(text), offset, marker, index, dates: [], counts: [] }
}

/**
 * The activity's short name.
 * @example activityName('及时召开了有二十余家单位参加的“科普工作联席会议”') // '召开“科普工作联席会议”'
 */
export function activityName(text: string): string {
  let s = laterDeedClause(text.trim().replace(LEADING_TIME, ''))
  const purpose = TRAILING_PURPOSE.exec(fold(s))
  if (purpose && purpose.index > 0) s = s.slice(0, purpose.index)
  s = s.replace(PLACEHOLDER_YEAR, '')
  const folded = fold(s)
  // One tagging of the opening serves both the verb search and the adverb check.
  const words = tagClause(folded.slice(0, MAX_SUBJECT + 2))
  const verb = deedVerb(folded, words)
  const object = verb ? s.slice(verb.end).replace(ASPECT, '') : ''
  // A verb with no object of its own ("精心组织,抓好落实", "重点工程顺利推进") is a slogan or a result: kept whole.
  if (verb && HAS_OBJECT.test(object)) s = dropAdverbs(s.slice(verb.start, verb.end)) + firstClause(compressObject(object), verb.end - verb.start)
  else if (!verb) s = s.slice(leadingAdverb(s, words))
  const name = s.replace(TRAILING_PUNCT, '').trim()
  return name.length > 0 ? name : text.trim()
}

/**
 * The first deed verb of the first clause, with the adverbs right before it; what precedes is the
 * subject. The verb must stand as a word, and no other verb may precede it ("夯实基层组织基础": 组织 is a noun).
 */
function deedVerb(folded: string, words: readonly Word[]): { start: number; end: number } | undefined {
  const clauseEnd = folded.search(/[,;:。]/)
  const limit = Math.min(MAX_SUBJECT, clauseEnd < 0 ? folded.length : clauseEnd)
  const bounds = new Set<number>([0])
  const verbsBefore: number[] = []
  let at = 0
  for (const w of words) {
    if (w.tag.startsWith('v') && !ADVERB_SET.has(w.word)) verbsBefore.push(at)
    bounds.add((at += w.word.length))
  }
  for (let i = 0; i <= limit; i++) {
    const verb = DEED_VERBS.find((v) => folded.startsWith(v, i))
    if (!verb) continue
    if (i > 0 && (!bounds.has(i) || verbsBefore.some((v) => v < i) || folded[i - 1] === '的')) return undefined
    return { start: withAdverbs(folded, i), end: i + verb.length }
  }
  return undefined
}

/**
 * "借助社区广播站,开展消防宣传活动": when the first clause holds no deed verb (or only frames the deed to
 * come) and a later one opens with one, the deed is that clause (with what follows it); otherwise the text as it is.
 */
function laterDeedClause(s: string): string {
  const folded = fold(s)
  const firstEnd = folded.search(CLAUSE_BREAK)
  // "在完成…的基础上,组织…": a first clause that frames the deed to come is no deed of its own.
  const frame = firstEnd > 0 && framesADeed(folded.slice(0, firstEnd))
  if (!frame && deedVerb(folded, tagClause(folded.slice(0, MAX_SUBJECT + 2)))) return s
  for (let at = folded.search(CLAUSE_BREAK); at > 0 && at < folded.length - 1; ) {
    const rest = folded.slice(at + 1)
    const opening = rest.slice(0, MAX_SUBJECT + 2)
    if (DEED_VERBS.some((v) => opening.startsWith(v))) return s.slice(at + 1)
    const next = rest.search(CLAUSE_BREAK)
    at = next < 0 ? -1 : at + 1 + next
  }
  return s
}

/** Extends a verb's start left over up to two manner adverbs right before it ("及时组织召开"). */
export function withAdverbs(text: string, start: number): number {
  for (let round = 0; round < 2; round++) {
    const adverb = VERB_ADVERBS.find((a) => start - a.length >= 0 && text.endsWith(a, start))
    if (!adverb) break
    start -= adverb.length
  }
  return start
}

/** Length of a manner adverb opening `s` right before some other verb ("进一步健全…"; jieba tags some verbs a), or 0. */
function leadingAdverb(s: string, words: readonly Word[]): number {
  const [first, second] = words
  const dropped = first !== undefined && second !== undefined && ADVERBS_DROPPED.includes(first.word) && /^[va]/.test(second.tag)
  return dropped && HAS_OBJECT.test(s.slice(first.word.length + second.word.length)) ? first.word.length : 0
}

/** The verb with its manner adverbs removed; adverbs that name the deed's form (定期, 联合) stay. */
function dropAdverbs(verbPhrase: string): string {
  let s = verbPhrase
  for (let round = 0; round < 2; round++) {
    const adverb = ADVERBS_DROPPED.find((a) => s.startsWith(a) && s.length > a.length)
    if (!adverb) break
    s = s.slice(adverb.length)
  }
  return s
}

/** The object with attributive clauses about participants dropped, and 的 after a quoted name. */
export function compressObject(object: string): string {
  let rest = object
  for (let round = 0; round < 4; round++) {
    const at = attributiveEnd(rest)
    if (at < 0) break
    const modifier = rest.slice(0, at)
    const folded = fold(modifier)
    if (QUOTED.test(folded)) return modifier + rest.slice(at + 1)
    if (!PARTICIPANTS.test(folded)) break
    rest = rest.slice(at + 1).replace(CLAUSE_PUNCT, '')
  }
  return rest.replace(EXAMPLE_LIST, '')
}

/** Index of the first 的 outside quotes, or -1. */
function attributiveEnd(s: string): number {
  let quoted = false
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    if (OPEN_QUOTE.test(ch) && !quoted) quoted = true
    else if (CLOSE_QUOTE.test(ch)) quoted = false
    else if (ch === '的' && !quoted) return i
  }
  return -1
}

/**
 * The deed's object up to the end of its clause: what follows is the deed's purpose, result or the
 * paragraph it heads ("表彰先进活动,过去的一年,我连…" → "表彰先进活动"). Kept whole: a next clause that
 * is a deed of its own ("坚持党建带团建,加强团组织建设"), and a couplet of short slogans ("提高认识,领导重视"),
 * which names no deed to cut down to.
 */
function firstClause(object: string, verbLength: number): string {
  const folded = fold(object)
  const at = topLevelMarks(folded, (ch) => ch === ',' || ch === ';')[0] ?? -1
  if (at <= 0) return object
  const next = folded.slice(at + 1)
  const slogans = verbLength + at <= SLOGAN_CLAUSE_MAX && next.split(/[,;]/).every((c) => c.length <= SLOGAN_CLAUSE_MAX)
  if (slogans || deedVerb(next, tagClause(next.slice(0, MAX_SUBJECT + 2)))) return object
  return object.slice(0, at)
}

/**
 * Candidate deeds of a prose clause for the learned deed scorer: every verb near the clause start
 * (or right after a 、 in a run of deeds) opens one, running to the clause end or the next such verb,
 * a closing count trimmed. Each candidate is described by shape features (where the verb sits, what
 * stands before it, what its object looks like, where the clause stands in its sentence and block),
 * so that the weights learned from labelled pages carry to pages of sites nobody read, and the verb
 * itself by a prior learned from those pages.
 */
import type { BlockKind } from '../../schema.js'
import { wordAlternation } from '../../text/pattern.js'
import { tagClause } from '../../text/segment.js'
import { ASPECT, deedObject, MAX_PREFIX, NOMINAL_NEXT, OPEN_QUOTE, PARTICIPANTS_COUNTED, TRAILING_JUNK, trimCount } from './clause-shapes.js'
import { withAdverbs } from './name.js'
import { ACTION_VERBS, AIM_OPENINGS, AIM_WORDS, EVENT_NOUNS, EVENT_VERBS, PROGRESS_WORDS, VERB_ADVERBS } from './vocabulary.js'

/** The features of a candidate deed, in weight order (a model's `features` must equal them). */
export const DEED_FEATURES = [
  'verbPrior', 'eventVerb', 'actionVerb', 'verbalNoun', 'atClauseStart', 'prefixLength', 'verbBefore',
  'objectShort', 'objectMedium', 'objectLong', 'objectLonger', 'eventNounEnd', 'quoted', 'digits', 'percent', 'aspect', 'nounNext',
  'firstClause', 'lastClause', 'listItem', 'progressWord', 'countTrimmed', 'serialVerb', 'serialNext', 'deepVerb',
] as const
export type DeedFeature = (typeof DEED_FEATURES)[number]

/** What the clause's place in the document tells: read by the prose reader, which walks the blocks. */
export interface ClausePlace {
  /** The clause opens its sentence. */
  firstInSentence: boolean
  /** The clause closes its sentence (a stop, not a comma, follows). */
  lastInSentence: boolean
  blockKind: BlockKind
  /** The clause's sentence opens with a plan word (下一步, 今后 …): what follows is to be done, not done. */
  planned: boolean
}

/** One candidate: a span of the clause body (from the verb's adverbs to the object end) and its features. */
export interface DeedCandidate {
  start: number
  end: number
  verb: string
  /** Feature values, `verbPrior` left NaN until a model's verb table fills it. */
  features: Float64Array
}

type Word = { word: string; tag: string }

const MIN_CLAUSE = 4
/** A verb this deep in its clause (past MAX_PREFIX) still opens a candidate, marked deepVerb: long subjects happen. */
const MAX_DEEP = 30
const EVENT: ReadonlySet<string> = new Set<string>(EVENT_VERBS)
const ACTION: ReadonlySet<string> = new Set<string>(ACTION_VERBS)
const AIMS: ReadonlySet<string> = new Set<string>(AIM_WORDS)
const ADVERBS: ReadonlySet<string> = new Set<string>(VERB_ADVERBS)
const VERB_TAG = /^v/
const NOUN_TAG = /^n/
const PROGRESS = new RegExp(wordAlternation(PROGRESS_WORDS))
const DIGIT = /\d/

const flag = (b: boolean) => (b ? 1 : 0)
const isVerb = (w: Word | undefined): w is Word =>
  w !== undefined && w.word.length >= 2 && !ADVERBS.has(w.word) && (VERB_TAG.test(w.tag) || EVENT.has(w.word) || ACTION.has(w.word))

/**
 * The candidates of one clause body (folded text, enumerator already stripped), in verb order. The
 * hand-written reader's vetoes hold here too: no deed in an aim, a duty or a plan, from a verb used as a
 * noun or done by a counted group, or with a vague, framing or tallied object. A verb deeper in the
 * clause than the rules look (a long subject: 街道会同派出所、卫生院等单位联合举办了…) still opens one, marked
 * deepVerb. Softening the other vetoes into features was measured and did not pay (npm run eval).
 * @example deedCandidates('积极组织志愿者清理河道垃圾', place)[0]?.verb // '组织'
 */
export function deedCandidates(body: string, place: ClausePlace): DeedCandidate[] {
  if (body.length < MIN_CLAUSE || place.planned || AIM_OPENINGS.some((a) => body.startsWith(a))) return []
  const words = tagClause(body)
  // "拆除破损路灯、安装太阳能路灯": a verb right after 、 opens a deed of its own, and the one before ends there.
  const serial: number[] = []
  for (let w = 1, at = words[0]?.word.length ?? 0; w < words.length; at += words[w]!.word.length, w++) {
    if (words[w - 1]!.word === '、' && isVerb(words[w])) serial.push(at)
  }
  const out: DeedCandidate[] = []
  let at = 0
  for (let w = 0; w < words.length; at += words[w]!.word.length, w++) {
    const verb = words[w]
    const listed = serial.includes(at)
    if ((at > MAX_DEEP && !listed) || !isVerb(verb)) continue
    const before = words.slice(0, w)
    const prefix = body.slice(0, at)
    // A verb after 的 is a noun's head ("责任明确的组织网络"); after a counted group, the deed is theirs, not the writer's.
    if (before.some((b) => AIMS.has(b.word)) || prefix.endsWith('的') || PARTICIPANTS_COUNTED.test(prefix)) continue
    const verbEnd = at + verb.word.length
    const next = serial.find((s) => s > verbEnd)
    const raw = body.slice(verbEnd, next === undefined ? body.length : next - 1)
    if (NOMINAL_NEXT.test(raw)) continue
    const object = trimCount(raw, verb.word)
    const bare = object.replace(ASPECT, '')
    if (!deedObject(bare, verb.word)) continue
    const n = bare.length
    const x = [
      NaN, flag(EVENT.has(verb.word)), flag(ACTION.has(verb.word)), flag(verb.tag === 'vn'), flag(at === 0), Math.min(at, MAX_PREFIX) / MAX_PREFIX,
      flag(before.some((b) => VERB_TAG.test(b.tag) && b.word.length > 1 && !ADVERBS.has(b.word))),
      flag(n <= 4), flag(n > 4 && n <= 10), flag(n > 10 && n <= 20), flag(n > 20),
      flag(EVENT_NOUNS.some((e) => bare.endsWith(e))), flag(OPEN_QUOTE.test(bare)), flag(DIGIT.test(bare)), flag(bare.includes('%')),
      flag(ASPECT.test(object)), flag(NOUN_TAG.test(words[w + 1]?.tag ?? '')),
      flag(place.firstInSentence), flag(place.lastInSentence), flag(place.blockKind === 'list-item'), flag(PROGRESS.test(body)),
      flag(object.length < raw.replace(TRAILING_JUNK, '').length), flag(listed), flag(next !== undefined), flag(at > MAX_PREFIX),
    ]
    out.push({ start: withAdverbs(body, at), end: verbEnd + object.length, verb: verb.word, features: Float64Array.from(x) })
  }
  return out
}

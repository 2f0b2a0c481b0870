/**
 * What the organiser frames share: the clauses of a text, and whether a predicate opens at a
 * position (so the unit list before it is the clause's subject).
 */
import { ORGANIZER_VERBS, PARTNER_VERBS, PREDICATE_OPENERS } from '../../lexicon/organizations.js'
import { wordAlternation } from '../../text/pattern.js'
import { tag } from '../../text/segment.js'
import { endsLikeUnit, readList, type UnitName } from './names.js'

/** A clause of the folded text: [start, end). */
export interface Clause {
  start: number
  end: number
}

export const CLAUSE_BREAK = /[。;!?:,()\n"“”]/
const OPENERS: ReadonlySet<string> = new Set(PREDICATE_OPENERS)
/** jieba tags of a word that opens a predicate: verbs, prepositions, adverbs, idioms. */
/** Openers of two or more characters also open a longer word jieba cuts whole ("精心策划"), but not a word for people ("负责同志"). */
const LONG_OPENERS: readonly string[] = PREDICATE_OPENERS.filter((o) => o.length > 1)
const PEOPLE_WORD = /(?:同志|人员|人|者|员|干部|领导)$/
const PREDICATE_TAG = /^(?:v|vd|p|d|ad|l)$/
const LOOKAHEAD = 8

/** The clauses of `folded`, cut at punctuation. */
export function clausesOf(folded: string): Clause[] {
  const out: Clause[] = []
  let start = 0
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && !CLAUSE_BREAK.test(folded[i]!)) continue
    if (i > start) out.push({ start, end: i })
    start = i + 1
  }
  return out
}

/**
 * True when a predicate opens at `at`: its first word (as jieba cuts it, so 组织部 is no 组织) is a
 * known opener, or a word of two or more characters tagged verb, preposition, adverb or idiom.
 */
export function predicateAt(folded: string, at: number, end: number): boolean {
  const window = folded.slice(at, Math.min(end, at + LOOKAHEAD))
  const first = window ? tag(window)[0] : undefined
  if (!first) return false
  if (first.word.length === 1) return OPENERS.has(first.word)
  return PREDICATE_TAG.test(first.tag) || (!PEOPLE_WORD.test(first.word) && LONG_OPENERS.some((o) => first.word.startsWith(o)))
}

/** True when a one-character opener (在, 对, 借 …) stands at `at`. */
export function opensClause(folded: string, at: number): boolean {
  return OPENERS.has(folded[at] ?? '')
}

const NAME_LOOKAHEAD = 3
const ORGANISING = new RegExp(`^(?:${wordAlternation([...ORGANIZER_VERBS, ...PARTNER_VERBS])})`)
const MAX_VERB = 4
const VERB_TAG = /^v$/

/** "旗委中心组", "区委宣传部": the name from `from` reads on to a longer head noun within a few characters, so it is not over at `p`. */
export function nameGoesOn(folded: string, from: number, p: number, end: number): boolean {
  // "区科协会同…": an organising verb at `p` ends the name (区科协 + 会同, not 区科 + 协会).
  if (opensClause(folded, p) || ORGANISING.test(folded.slice(p, p + MAX_VERB))) return false
  // "区人社局举办…": a verb jieba reads whole at `p` ends the name, though 办 ends unit names too.
  const next = tag(folded.slice(p, p + MAX_VERB))[0]
  if (next !== undefined && next.word.length >= 2 && VERB_TAG.test(next.tag)) return false
  for (let k = 1; k <= NAME_LOOKAHEAD && p + k <= end; k++) if (endsLikeUnit(folded.slice(from, p + k))) return true
  return false
}

/**
 * The unit list that starts at `from` and ends where a predicate follows it (or, with `open`,
 * at the clause end or before 等): the shortest such list that is all units.
 */
export function listUntilPredicate(folded: string, from: number, end: number, max: number, open: (p: number) => boolean): UnitName[] {
  for (let p = from + 2; p <= Math.min(end, from + max); p++) {
    const head = folded.slice(from, p)
    if (!endsLikeUnit(head) || nameGoesOn(folded, from, p, end)) continue
    const list = readList(head, from)
    if (list.clean && (open(p) || predicateAt(folded, p, end))) return list.units
  }
  return []
}

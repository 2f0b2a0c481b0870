/**
 * Whether a run of two or three characters reads as a person's name: no function words or unit
 * characters inside, a known surname (or jieba's name tag), and no word it opens with that jieba
 * knows as something else (成立以, 单位).
 */
import { ORG_SUFFIXES } from '../../lexicon/organizations.js'
import { AFTER_NAME_WORDS, AMBIGUOUS_SURNAMES, NAME_COURTESIES, ROLE_WORDS, SURNAMES } from '../../lexicon/roles.js'
import { wordAlternation } from '../../text/pattern.js'
import { tagClause } from '../../text/segment.js'

export const ROLES = wordAlternation(ROLE_WORDS)
export const COURTESY = wordAlternation(NAME_COURTESIES)
/** What may follow a name: a courtesy, punctuation, the verb of the sentence, or the text end. */
export const AFTER_NAME = `(?=${COURTESY}|[,、。;:\\s()]|${wordAlternation(AFTER_NAME_WORDS)}|$)`
const FOLLOWS_NAME = new RegExp(`^${AFTER_NAME}`)

/** True when what stands at `at` may follow a name. */
export function followsName(folded: string, at: number): boolean {
  return FOLLOWS_NAME.test(folded.slice(at, at + MAX_AFTER))
}
const MAX_AFTER = 4
/** Characters that do not occur in a given name but do in the words around one. */
const NOT_NAME = /[的了和等在为爲是与及对把被将从向会员部局委处室组们我你他她任]/
/** The few that never do, even in a name a role or a list delimits on both sides (刘向东, 赵孝为). */
const NEVER_IN_NAME = /[的了们我你他她]/
/** A run ending in a unit's head noun (幼儿园, 卫生院) is a place, whatever jieba tags it. */
const UNIT_HEAD = new RegExp(`(?:${wordAlternation(ORG_SUFFIXES.filter((s) => s.length > 1))})$`)
const SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES)
/** Tags of a word that, opening the run, make it a phrase ("成立以", "各位"). */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['v', 'vn', 'p', 'c', 'd', 'r', 'f', 'u', 'uj', 'm', 'q', 'a', 'ad'])
/** Everyday nouns jieba tags n that no given name is. */
const COMMON_GIVEN = /^(?:群众|代表|同志|人员|干部|职工|学生|老师|单位|部门|工作|领导|组织|社会|大家)$/
const NAME_TAGS = /^(?:nr|x)/
/** Surnames that are also function words (和, 向, 任 …). */
export const AMBIGUOUS: ReadonlySet<string> = new Set(AMBIGUOUS_SURNAMES)
/** Tags a given name may carry after a surname jieba split off (东光/n in 李东光 is fine; 具体/a is not). */
const GIVEN_NAME_TAGS = /^(?:nr|x|n|ng|nz|j|zg|ns)/

/** True when `name` starts with a known double surname (欧阳, 司马 …): its name runs to three or four characters. */
export function hasDoubleSurname(name: string): boolean {
  return SURNAME_SET.has(name.slice(0, 2))
}

/** True when `name` starts with a known surname (single or double). */
export function hasSurname(name: string): boolean {
  return SURNAME_SET.has(name[0]!) || SURNAME_SET.has(name.slice(0, 2))
}

/**
 * A name: no function words or unit characters; a known surname unless a courtesy (同志) vouches for
 * it or jieba calls it a name. A name `delimited` on both sides (a role before it and a verb after,
 * or 、 on each side of a list item) may hold characters that usually mark a phrase (向, 为).
 */
export function plausibleName(name: string, vouched: boolean, delimited = false): boolean {
  if ((delimited ? NEVER_IN_NAME : NOT_NAME).test(name.slice(1)) || ROLE_WORDS.some((r) => name.includes(r)) || UNIT_HEAD.test(name)) return false
  // Remembered: the role reader asks for the same name's words more than once.
  const tokens = tagClause(name)
  const first = tokens[0]
  if (!first) return false
  // A courtesy vouches for a name, but not for a function word and a noun ("班主任和体育老师").
  if (vouched) return !(AMBIGUOUS.has(name[0]!) && tokens.length > 1 && tokens.slice(1).some((t) => t.word.length >= 2 && /^(?:n|vn|v)$/.test(t.tag)))
  // A word jieba knows whole as something else (单位, 工作) is no name; nor is a run opening with a verb (成立以).
  if (tokens.length === 1 && !NAME_TAGS.test(first.tag)) return false
  if (first.word.length >= 2 && PHRASE_TAGS.has(first.tag)) return false
  // "和群众", "任具体": a surname that is also a function word needs a given name that is no everyday word.
  if (AMBIGUOUS.has(name[0]!) && tokens.length > 1 && !tokens.slice(1).every((t) => GIVEN_NAME_TAGS.test(t.tag) && !COMMON_GIVEN.test(t.word))) return false
  if (hasSurname(name)) return true
  return tokens.some((t) => t.tag === 'nr' && t.word.length >= 2)
}

/**
 * The names listed after a first one ("科主任孙军、胡水清、刘三梅等"): each 、-separated run of two
 * or three characters that reads as a name, up to the first that does not. Returns [offset, name] pairs.
 */
export function namesListedAfter(folded: string, at: number): [number, string][] {
  const out: [number, string][] = []
  while (folded[at] === '、') {
    const m = LISTED.exec(folded.slice(at + 1, at + 1 + MAX_LISTED))
    if (!m || !hasSurname(m[1]!) || !plausibleName(m[1]!, false, true)) break
    out.push([at + 1, m[1]!])
    at += 1 + m[1]!.length
  }
  return out
}

const LISTED = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)(?=[、,。;:\\s等及和]|${COURTESY}|$)`)
const MAX_LISTED = 8

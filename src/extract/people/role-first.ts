/**
 * People named after their position: "副县长李玉龙同志主持", "潍坊市消防支队党委委员、防火监督处
 * 处长罗建新", and the names listed after the first under the same position ("科主任孙军、胡水清、
 * 护士长卢小玲、刘三梅等").
 */
import type { Person } from '../../schema.js'
import { ROLE_LEAD_VERBS } from '../../lexicon/roles.js'
import { wordAlternation } from '../../text/pattern.js'
import { tagClause } from '../../text/segment.js'
import { AMBIGUOUS, COURTESY, followsName, hasDoubleSurname, hasSurname, namesListedAfter, plausibleName, ROLES } from './names.js'

/** A role word, not the 委员 of 委员会. */
const ROLE = new RegExp(`(${ROLES})(?!会)\\s?`, 'g')
const NAME_CHARS = /^[\u4e00-\u9fff]+$/
const NAME_LENGTHS = [3, 2] as const
const DOUBLE_SURNAME_LENGTHS = [4, 3] as const
const ROLE_AT_END = new RegExp(`(?:${ROLES})$`)
const ROLE_LEAD = new RegExp(`^(?:${wordAlternation(ROLE_LEAD_VERBS)})(?=[\\u4e00-\\u9fff]{2})`)
const ROLE_SPAN_BREAK = /[,。;:!?\n(“"的由在请]/
const MAX_ROLE_SPAN = 30
const STRONG_AFTER = new RegExp(`^(?:${COURTESY})`)
const PREDICATE_WINDOW = 6
// A time word, a pronoun (每月, 各) or a numeral (两次) after the name opens the predicate too.
const PREDICATE_TAGS = /^(?:v|vd|p|d|ad|t|r|m)$/
const ASPECT = /^[了着过]$/

/** A role word starting at a given place (sticky), to see whether a longer one overlaps a match. */
const ROLE_AT = new RegExp(`(?:${ROLES})(?!会)\\s?`, 'y')

/**
 * Where the role run that `m` opens really ends: a role found inside it may run further ("党总支书记": 支书 is
 * matched first, 书记 runs one character on), and the name starts after the furthest.
 */
function roleEnd(folded: string, m: RegExpMatchArray): number {
  const start = m.index!
  let end = start + m[0].length
  for (let i = start + 1; i < end; i++) {
    ROLE_AT.lastIndex = i
    const r = ROLE_AT.exec(folded)
    if (r && i + r[0].length > end) end = i + r[0].length
  }
  return end
}

/** People written after their role, with the names listed after them under the same role. */
export function roleFirst(text: string, folded: string): Person[] {
  return [...folded.matchAll(ROLE)].flatMap((m) => {
    const nameAt = roleEnd(folded, m)
    // The longer name first; the name must end where a verb, a courtesy or punctuation starts.
    const lengths = hasDoubleSurname(folded.slice(nameAt, nameAt + 2)) ? DOUBLE_SURNAME_LENGTHS : NAME_LENGTHS
    const candidates = lengths.map((n) => folded.slice(nameAt, nameAt + n)).filter((n) => NAME_CHARS.test(n))
    const plausible = (n: string) => plausibleName(n, STRONG_AFTER.test(folded.slice(nameAt + n.length)), true)
    // A known word after the name decides its length first ("张三亲自…" is 张三); any predicate only then,
    // a weaker sign: the name needs a known surname that is no function word and opens with no common word.
    // A surname that is also a function word opens no name unless jieba reads the rest as a given name ("值周教师和保安…").
    const name =
      candidates.find((n) => followsName(folded, nameAt + n.length) && !ambiguousOpening(n) && plausible(n)) ??
      candidates.find((n) => hasSurname(n) && !ambiguousOpening(n) && !opensWithWord(n) && predicateNext(folded, nameAt + n.length) && plausible(n))
    if (!name) return []
    const span = roleSpan(folded, nameAt) || m[1]!
    const spanEnd = folded.slice(0, nameAt).trimEnd().length
    const start = Math.max(0, spanEnd - span.length)
    // As written: the folded text reads traditional characters as simplified ones (鎮黨委書記 stays so).
    const role = text.slice(start, spanEnd)
    const first: Person = { name: text.slice(nameAt, nameAt + name.length), role, text: text.slice(start, nameAt + name.length), offset: start }
    const listed = namesListedAfter(folded, nameAt + name.length).map(([at, n]): Person => ({ name: text.slice(at, at + n.length), role, text: text.slice(at, at + n.length), offset: at }))
    return [first, ...listed]
  })
}

/**
 * After a role and a name the sentence's predicate goes on: a verb, a preposition or an adverb opens
 * the rest ("副市长某某到场巡馆", "副园长某某具体负责", "支部书记某某以…为题"), whatever the verb; the
 * listed words (AFTER_NAME_WORDS) are only the commonest.
 */
function predicateNext(folded: string, at: number): boolean {
  const [next, after] = tagClause(folded.slice(at, at + PREDICATE_WINDOW))
  if (next === undefined) return false
  // An adjective used as an adverb before a verb ("具体负责", "认真组织") opens the predicate too, and so
  // does a word jieba calls a noun when an aspect particle follows it ("通报了").
  return PREDICATE_TAGS.test(next.tag) || (next.tag === 'a' && after !== undefined && /^v/.test(after.tag)) || (after !== undefined && ASPECT.test(after.word)) ||
    // "现场观摩", "当场指出": a two-character noun used as an adverb before a verb.
    (/^n/.test(next.tag) && next.word.length >= 2 && after !== undefined && /^v/.test(after.tag))
}

/** A surname that is also a function word (向, 和 …) with a given name jieba does not call a name ("和体" but not "向红梅"). */
function ambiguousOpening(name: string): boolean {
  if (!AMBIGUOUS.has(name[0]!)) return false
  const rest = tagClause(name.slice(1))
  return !(rest.length === 1 && rest[0]!.tag === 'nr')
}

/** The run opens with a word jieba knows as a common one ("单位主" after 成员: 成员单位主动…), not a surname. */
function opensWithWord(name: string): boolean {
  const first = tagClause(name)[0]
  return first !== undefined && first.word.length >= 2 && !/^(?:nr|x)/.test(first.tag)
}

/** The role words written right before a name, back to the clause start: 潍坊市公安消防支队党委常委、防火监督处处长. */
function roleSpan(folded: string, nameAt: number): string {
  let start = nameAt
  while (start > 0 && nameAt - start < MAX_ROLE_SPAN && !ROLE_SPAN_BREAK.test(folded[start - 1]!)) start--
  // A table cell may put a space between the role and the name ("…副局长 欧阳某某").
  const parts = folded.slice(start, nameAt).trimEnd().split('、')
  let keep = parts.length
  while (keep > 0 && ROLE_AT_END.test(parts[keep - 1]!)) keep--
  return parts.slice(keep).join('、').replace(ROLE_LEAD, '')
}

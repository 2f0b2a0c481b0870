/**
 * People named with a position: role before name (副县长李玉龙同志), name before role (刘建国校长),
 * and appointment lists (以张明、王芳为副组长). A title alone (副总经理, 李校长) is no person.
 */
import { NAME_COURTESIES, ROLE_WORDS, SURNAMES } from '../../lexicon/roles.js'
import type { Person } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { wordAlternation } from '../../text/pattern.js'
import { tag } from '../../text/segment.js'

const ROLES = wordAlternation(ROLE_WORDS)
const COURTESY = NAME_COURTESIES.join('|')
/** What may follow a name: courtesy, punctuation, or the verb of the sentence. */
const AFTER_NAME = `(?=${COURTESY}|[,、。;:\\s()]|主持|介绍|在|发表|讲话|出席|带队|带领|参加|任|为|等|作|致辞|宣布|指出|强调|表示|$)`
const ROLE_THEN_NAME = new RegExp(`(${ROLES})\\s?([\\u4e00-\\u9fff]{2,3})${AFTER_NAME}`, 'g')
const NAME_THEN_ROLE = new RegExp(`(?<=^|[以,、由。:;\\s])([\\u4e00-\\u9fff]{2,3})(${ROLES})(?![\\u4e00-\\u9fff]{0,1}会)`, 'g')
const APPOINTED = new RegExp(`以((?:[\\u4e00-\\u9fff]{2,3}、){0,5}[\\u4e00-\\u9fff]{2,3})等?为(${ROLES})`, 'g')
const ROLE_AT_END = new RegExp(`(?:${ROLES})$`)
const ROLE_SPAN_BREAK = /[,。;:!?\n(“"的由在请]/
const MAX_ROLE_SPAN = 30
const STRONG_AFTER = new RegExp(`^(?:${COURTESY})`)
/** Characters that do not occur in a given name but do in the words around one. */
const NOT_NAME = /[的了和等在为是与及对把被将从向会员部局委处室组们我你他她]/
const SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES)

/**
 * People with their role, deduplicated by name, in text order.
 * @example extractPeople('副县长李玉龙同志主持启动仪式')[0] // { name: '李玉龙', role: '副县长', … }
 */
export function extractPeople(text: string): Person[] {
  const folded = fold(text)
  const found: Person[] = [...roleFirst(text, folded), ...appointed(text, folded), ...nameFirst(text, folded)]
  const byName = new Map<string, Person>()
  for (const p of found) if (!byName.has(p.name)) byName.set(p.name, p)
  return [...byName.values()].sort((a, b) => a.offset - b.offset)
}

function roleFirst(text: string, folded: string): Person[] {
  return [...folded.matchAll(ROLE_THEN_NAME)].flatMap((m) => {
    const name = m[2]!
    const nameAt = m.index + m[0].length - name.length
    const strong = STRONG_AFTER.test(folded.slice(nameAt + name.length))
    if (!plausibleName(name, strong)) return []
    const role = roleSpan(folded, nameAt)
    const start = nameAt - role.length
    return [{ name: text.slice(nameAt, nameAt + name.length), role: role || m[1]!, text: text.slice(start, nameAt + name.length), offset: start }]
  })
}

function nameFirst(text: string, folded: string): Person[] {
  return [...folded.matchAll(NAME_THEN_ROLE)].flatMap((m) => {
    const name = m[1]!
    if (!plausibleName(name, false)) return []
    return [{ name: text.slice(m.index, m.index + name.length), role: m[2]!, text: text.slice(m.index, m.index + m[0].length), offset: m.index }]
  })
}

function appointed(text: string, folded: string): Person[] {
  return [...folded.matchAll(APPOINTED)].flatMap((m) => {
    let at = m.index + 1
    return m[1]!.split('、').flatMap((name) => {
      const offset = at
      at += name.length + 1
      // "以刘建国校长为组长": the name then carries its own role, left to nameFirst.
      if (!plausibleName(name, false)) return []
      return [{ name: text.slice(offset, offset + name.length), role: m[2]!, text: text.slice(offset, offset + name.length), offset }]
    })
  })
}

/** The role words written right before a name, back to the clause start: 潍坊市公安消防支队党委常委、防火监督处处长. */
function roleSpan(folded: string, nameAt: number): string {
  let start = nameAt
  while (start > 0 && nameAt - start < MAX_ROLE_SPAN && !ROLE_SPAN_BREAK.test(folded[start - 1]!)) start--
  const parts = folded.slice(start, nameAt).split('、')
  let keep = parts.length
  while (keep > 0 && ROLE_AT_END.test(parts[keep - 1]!)) keep--
  return parts.slice(keep).join('、')
}

/** A name: no function words or unit characters; a known surname unless a courtesy (同志) vouches for it or jieba calls it a name. */
function plausibleName(name: string, vouched: boolean): boolean {
  if (NOT_NAME.test(name.slice(1)) || ROLE_WORDS.some((r) => name.includes(r))) return false
  if (vouched) return true
  const tokens = tag(name)
  // A word jieba knows whole as something else (单位, 工作) is no name.
  const only = tokens.length === 1 ? tokens[0]! : undefined
  if (only && !only.tag.startsWith('nr') && only.tag !== 'x') return false
  if (SURNAME_SET.has(name[0]!) || SURNAME_SET.has(name.slice(0, 2))) return true
  return tokens.some((t) => t.tag === 'nr' && t.word.length >= 2)
}

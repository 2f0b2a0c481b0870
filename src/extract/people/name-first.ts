/**
 * People named before their position: "刘建国校长", "常某副局长被评为…", "以刘建平校长为组长", and a
 * name jieba cuts as one unknown word right before a role ("附中潘某某校长获得…").
 */
import type { Person } from '../../schema.js'
import { tag } from '../../text/segment.js'
import { hasSurname, plausibleName, ROLES } from './names.js'

/** The shorter name first: "常某副局长" is 常某 + 副局长, not 常某副 + 局长. */
const NAME_THEN_ROLE = new RegExp(`(?<=^|[以,、由。:;\\s])([\\u4e00-\\u9fff]{2,3}?)(${ROLES})(?![\\u4e00-\\u9fff]{0,1}会)`, 'g')
const ROLE = new RegExp(`(${ROLES})(?![\\u4e00-\\u9fff]{0,1}会)`, 'g')
const LOOKBACK = 6
const UNKNOWN_NAME = /^(?:x|nr)$/

/** People written before their role. */
export function nameFirst(text: string, folded: string): Person[] {
  const person = (at: number, name: string, role: string): Person => ({
    name: text.slice(at, at + name.length), role, text: text.slice(at, at + name.length + role.length), offset: at,
  })
  const delimited = [...folded.matchAll(NAME_THEN_ROLE)].flatMap((m) => (plausibleName(m[1]!, false) ? [person(m.index, m[1]!, m[2]!)] : []))
  const unknown = [...folded.matchAll(ROLE)].flatMap((m) => {
    const from = Math.max(0, m.index - LOOKBACK)
    const last = tag(folded.slice(from, m.index)).at(-1)
    if (!last || last.word.length < 2 || last.word.length > 3 || !UNKNOWN_NAME.test(last.tag)) return []
    const name = last.word
    return hasSurname(name) && plausibleName(name, false) ? [person(m.index - name.length, name, m[1]!)] : []
  })
  return [...delimited, ...unknown]
}

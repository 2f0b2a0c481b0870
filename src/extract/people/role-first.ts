/**
 * People named after their position: "副县长李玉龙同志主持", "潍坊市消防支队党委委员、防火监督处
 * 处长罗建新", and the names listed after the first under the same position ("科主任孙军、胡水清、
 * 护士长卢小玲、刘三梅等").
 */
import type { Person } from '../../schema.js'
import { COURTESY, followsName, namesListedAfter, plausibleName, ROLES } from './names.js'

/** A role word, not the 委员 of 委员会. */
const ROLE = new RegExp(`(${ROLES})(?!会)\\s?`, 'g')
const NAME_CHARS = /^[\u4e00-\u9fff]+$/
const NAME_LENGTHS = [3, 2] as const
const ROLE_AT_END = new RegExp(`(?:${ROLES})$`)
const ROLE_SPAN_BREAK = /[,。;:!?\n(“"的由在请]/
const MAX_ROLE_SPAN = 30
const STRONG_AFTER = new RegExp(`^(?:${COURTESY})`)

/** People written after their role, with the names listed after them under the same role. */
export function roleFirst(text: string, folded: string): Person[] {
  return [...folded.matchAll(ROLE)].flatMap((m) => {
    const nameAt = m.index + m[0].length
    // The longer name first; the name must end where a verb, a courtesy or punctuation starts.
    const name = NAME_LENGTHS.map((n) => folded.slice(nameAt, nameAt + n)).find((n) => {
      if (!NAME_CHARS.test(n) || !followsName(folded, nameAt + n.length)) return false
      return plausibleName(n, STRONG_AFTER.test(folded.slice(nameAt + n.length)), true)
    })
    if (!name) return []
    const role = roleSpan(folded, nameAt) || m[1]!
    const start = nameAt - role.length
    const first: Person = { name: text.slice(nameAt, nameAt + name.length), role, text: text.slice(start, nameAt + name.length), offset: start }
    const listed = namesListedAfter(folded, nameAt + name.length).map(([at, n]): Person => ({ name: text.slice(at, at + n.length), role, text: text.slice(at, at + n.length), offset: at }))
    return [first, ...listed]
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

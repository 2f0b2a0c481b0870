/**
 * Units named as partners or members of the work: "会同政法委、法制办等单位", "协助保卫科完成…",
 * "积极配合公安机关开展…", "通过与区科协协商", "农业办、经管站…等部门负责同志为成员的领导小组".
 */
import { MEMBER_ENDINGS, PARTNER_AFTER, PARTNER_VERBS } from '../../lexicon/organizations.js'
import { wordAlternation } from '../../text/pattern.js'
import { clausesOf, listUntilPredicate } from './clauses.js'
import { readList, type UnitName } from './names.js'

const PARTNER = new RegExp(`(?:${wordAlternation(PARTNER_VERBS)})`, 'g')
const MEMBERS = new RegExp(`(?:等(?:[\\u4e00-\\u9fff]{0,6}?)(?:部门|单位))?(?:负责同志|负责人|主要负责人|分管领导|主要领导)?(?:${wordAlternation(MEMBER_ENDINGS)})`, 'g')
const WITH = new RegExp(`与([^,。;]{2,40}?)(?:${wordAlternation(PARTNER_AFTER)})`, 'g')
const MAX_UNITS = 60

/** Units after a partnering verb, and units named as members of a working group. */
export function partners(folded: string): UnitName[] {
  return clausesOf(folded).flatMap((c) => {
    const clause = folded.slice(c.start, c.end)
    const after = [...clause.matchAll(PARTNER)].flatMap((m) => listAfter(folded, c.start + m.index + m[0].length, c.end))
    const members = [...clause.matchAll(MEMBERS)].flatMap((m) => listBefore(folded, c.start, c.start + m.index))
    const withs = [...clause.matchAll(WITH)].flatMap((m) => {
      const list = readList(m[1]!, c.start + m.index + 1)
      return list.clean ? list.units : []
    })
    return [...after, ...members, ...withs]
  })
}

/** The unit list right after a verb, up to where a predicate (or the clause end, or 等) follows it. */
function listAfter(folded: string, from: number, end: number): UnitName[] {
  return listUntilPredicate(folded, from, end, MAX_UNITS, (p) => p === end || folded[p] === '等')
}

/** The unit list that ends at `end`, read back to the clause start or the last 由/以. */
function listBefore(folded: string, start: number, end: number): UnitName[] {
  const head = folded.slice(start, end)
  const cut = Math.max(head.lastIndexOf('由'), head.lastIndexOf('以'), head.lastIndexOf('的')) + 1
  const list = readList(head.slice(cut), start + cut)
  return list.clean ? list.units : []
}

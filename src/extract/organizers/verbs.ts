/**
 * Units listed before an organising verb: "县科技局、县委宣传部联合举办了…", "由区科技局牵头",
 * "本次大赛由市教育局主办,市青少年活动中心承办".
 */
import { ORGANIZER_VERBS } from '../../lexicon/organizations.js'
import { wordAlternation } from '../../text/pattern.js'
import { CLAUSE_BREAK } from './clauses.js'
import { unitsIn, type UnitName } from './names.js'

const VERB = new RegExp(`(?:${wordAlternation(ORGANIZER_VERBS)})`, 'g')
const MAX_CLAUSE = 80

/** Units named right before an organising verb, in its clause. */
export function beforeVerbs(folded: string): UnitName[] {
  return [...folded.matchAll(VERB)].flatMap((m) => {
    let start = m.index
    while (start > 0 && m.index - start < MAX_CLAUSE && !CLAUSE_BREAK.test(folded[start - 1]!)) start--
    const clause = folded.slice(start, m.index)
    // 由 introduces the agent: "本次大赛由市教育局主办".
    const agent = clause.lastIndexOf('由') + 1
    return unitsIn(clause.slice(agent), start + agent)
  })
}

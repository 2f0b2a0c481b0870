/**
 * Units introduced by 由 as the agent of the work: "本次活动由市科协、市委宣传部…负责", "宣传品的
 * 设计制作由市创建办负责", "由区委办、政府办联合发文", "经区联席会讨论通过".
 */
import { clausesOf, listUntilPredicate } from './clauses.js'
import type { UnitName } from './names.js'

/** 由 introduces the agent; 经 the body that approved ("经区党政联席会讨论通过"). */
const BY = /由|(?<![已曾神财途历])经(?![过济验常营费典理历销纪])/g
const MAX_UNITS = 80

/** Units right after 由, up to the verb that follows them (or the end of a cut-off text). */
export function agents(folded: string): UnitName[] {
  return clausesOf(folded).flatMap((c) =>
    [...folded.slice(c.start, c.end).matchAll(BY)].flatMap((m) => listAfter(folded, c.start + m.index + 1, c.end, folded.length)),
  )
}

function listAfter(folded: string, from: number, end: number, textEnd: number): UnitName[] {
  // A list the cut-off text ends in has nothing after it, and its last name may be cut too
  // ("由市科协、市教育局、市农业农村"): the units before that last piece stand.
  const cutOff = end === textEnd
  const lastPiece = (p: number) => folded[p] === '、' && !folded.slice(p + 1, end).includes('、')
  return listUntilPredicate(folded, from, end, MAX_UNITS, (p) => cutOff && (p === end || lastPiece(p)))
}

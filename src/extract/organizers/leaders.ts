/**
 * Bodies that lead or guide the work: "在区委、区政府的坚强领导下", "在市统计局大力指导和支持下",
 * "按照市委、市政府关于…的部署要求", "根据学院党委《关于…的通知》". The units stand between the
 * opener (在/按照/根据/围绕) and 的, 关于, a document title or the leadership word itself.
 */
import { LEADERSHIP_ADVERBS, LEADERSHIP_CLOSERS, LEADERSHIP_OPENERS } from '../../lexicon/organizations.js'
import { wordAlternation } from '../../text/pattern.js'
import { clausesOf } from './clauses.js'
import { readList, type UnitName } from './names.js'

// 在 inside 存在, 现在, 正在 … opens nothing.
const OPENER = new RegExp(`(?<![存现正所实自内外好])(?:${wordAlternation(LEADERSHIP_OPENERS)})`, 'g')
const ADVERB = `(?:${wordAlternation(LEADERSHIP_ADVERBS)})`
const CLOSER = `(?:${wordAlternation(LEADERSHIP_CLOSERS)})`
/** After the units: 的 + adverbs + a leadership word, a direct adverb + leadership word, 关于…, or a document title. */
const AFTER_UNITS = new RegExp(`^(?:的?(?:${ADVERB}(?:和|、)?)*${CLOSER}|关于|《)`)
/** 在 needs its 下: "在…领导下", "在…领导和支持下". */
const AFTER_UNITS_UNDER = new RegExp(`^的?(?:${ADVERB}(?:和|、)?)*${CLOSER}[^,。;]{0,16}?下`)
const MAX_UNITS = 40

/** Units named as the bodies under whose leadership or instructions the work was done. */
export function leaders(folded: string): UnitName[] {
  return clausesOf(folded).flatMap((c) => {
    const clause = folded.slice(c.start, c.end)
    return [...clause.matchAll(OPENER)].flatMap((m) => unitsAfter(folded, c.start + m.index + m[0].length, c.end, m[0] === '在'))
  })
}

function unitsAfter(folded: string, from: number, end: number, needsUnder: boolean): UnitName[] {
  const after = needsUnder ? AFTER_UNITS_UNDER : AFTER_UNITS
  for (let p = from + 2; p < Math.min(end, from + MAX_UNITS); p++) {
    if (!after.test(folded.slice(p, end))) continue
    const list = readList(folded.slice(from, p), from)
    if (list.clean) return list.units
  }
  return []
}

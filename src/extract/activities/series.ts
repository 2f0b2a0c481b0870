/**
 * Inline series named by their count: "实施产业发展、易地搬迁、…、兜底保障“八个一批扶贫工程”".
 * A 、-list counts as enumerated activities only when the number right after it equals its length.
 */
import type { Activity } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { parseNumber } from '../counts/numerals.js'
import { activityAt } from './name.js'
import { wordAlternation } from '../../text/pattern.js'
import { CLAUSE_VERBS, SERIES_DEED_NOUNS } from './vocabulary.js'

const SERIES = /((?:[\u4e00-\u9fff]{2,10}、){2,11}[\u4e00-\u9fff]{2,8})["“]?(\d{1,2}|[一二三四五六七八九十两]{1,3})(?:个|项|大|类|种)/g
const MIN_PIECE = 2
/** What the count counts, within the next few characters: deeds (工程, 工作), not areas (业务环节). */
const DEED_NOUN = new RegExp(`^[^,。;]{0,8}?(?:${wordAlternation(SERIES_DEED_NOUNS)})`)
const VERB_PARTICLES: ReadonlySet<string> = new Set(['了', '好', '着'])

/** Items of every 、-series whose announced count equals the number listed. */
export function findCountedSeries(text: string): Activity[] {
  const folded = fold(text)
  const out: Activity[] = []
  for (const m of folded.matchAll(SERIES)) {
    const parts = m[1]!.split('、')
    const last = parts.length - 1
    // "A、B、C等三项": 等 closes the list, it is not part of the last item.
    if (parts[last]!.endsWith('等')) parts[last] = parts[last]!.slice(0, -1)
    // "安监、派出所、供电等部门组成4个检查组": the number counts what the list formed, not the list.
    if (parts[last]!.includes('等')) continue
    if (parseNumber(m[2]!) !== parts.length) continue
    if (!DEED_NOUN.test(folded.slice(m.index + m[0].length - 1))) continue
    let at = m.index
    parts.forEach((part, i) => {
      const skip = i === 0 ? leadingVerbs(part) : 0
      out.push(activityAt(text.slice(at + skip, at + part.length), at + skip, null, i + 1))
      at += part.length + 1
    })
  }
  return out
}

/** The first piece carries the clause's subject and verb ("镇党委大力实施产业发展"): skip to after its last verb. */
function leadingVerbs(part: string): number {
  let skip = 0
  for (const verb of CLAUSE_VERBS) {
    const at = part.lastIndexOf(verb)
    if (at >= 0) skip = Math.max(skip, at + verb.length)
  }
  while (skip < part.length && VERB_PARTICLES.has(part[skip]!)) skip++
  return part.length - skip >= MIN_PIECE ? skip : 0
}

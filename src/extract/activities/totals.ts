/**
 * Declared totals: "开展了14项…活动", "呈现出了四个方面的亮点", "“八个一批扶贫工程”". The
 * integrator compares them with the number of items listed.
 */
import { fold } from '../../text/fold.js'
import { parseNumber } from '../counts/numerals.js'

/** A total the text announces; `what` is the head noun counted (活动, 亮点 …). */
export interface DeclaredTotal {
  declared: number
  offset: number
  text: string
  what: string
}

const VERBS = '开展了?|开展好|举办了?|组织了?|实施了?|推出了?|呈现出?了?|包括|共有|主要有|有'
const NUM = '\\d{1,3}|[一二三四五六七八九十两]{1,3}'
const MEASURE = '项|个|场|次|大|类|种|方面'
const NOUNS = '系列活动|活动|亮点|特点|特色|措施|举措|工程|项目|行动|成效|工作'
/** Verb, number, measure, then within the clause (≤ 40 chars, lazily) the counted noun. */
const DECLARED = new RegExp(`(?:${VERBS})\\s?["“]?(${NUM})(?:${MEASURE})[^。;!?\\n]{0,40}?(${NOUNS})`, 'g')
/** A quoted programme name that counts its parts: “八个一批扶贫工程”. */
const QUOTED = new RegExp(`["“](${NUM})(?:${MEASURE})[^"”。\\n]{0,12}?(${NOUNS})["”]`, 'g')

/** Totals the text declares for its own lists, in text order. */
export function countDeclaredTotals(text: string): DeclaredTotal[] {
  const folded = fold(text)
  const out: DeclaredTotal[] = []
  const seen = new Set<number>()
  for (const re of [DECLARED, QUOTED]) {
    for (const m of folded.matchAll(re)) {
      const value = parseNumber(m[1]!)
      const numAt = m.index + m[0].indexOf(m[1]!)
      if (value === undefined || value < 2 || seen.has(numAt)) continue
      seen.add(numAt)
      out.push({ declared: value, offset: m.index, text: text.slice(m.index, m.index + m[0].length), what: m[2]! })
    }
  }
  return out.sort((a, b) => a.offset - b.offset)
}

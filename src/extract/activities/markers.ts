/**
 * Enumeration markers found anywhere in a block, inline runs included ("…有:1、召开…;2、…").
 * Each hit carries its style, number and rank (how deep it usually nests).
 */
import { parseChineseNumber } from '../counts/numerals.js'

/** The writing style of a marker; items of one style and parent are siblings. */
export type MarkerStyle = 'cn-dun' | 'cn-paren' | 'ar-dun' | 'ar-dot' | 'ar-multi' | 'ar-multi3' | 'ar-paren' | 'circled' | 'cn-shi'

/** A marker occurrence; `start`/`end` are offsets in the scanned string. */
export interface MarkerHit {
  style: MarkerStyle
  index: number
  start: number
  end: number
  text: string
  /** The character before it ends a sentence or line (or there is none). */
  strong: boolean
}

/** Nesting depth per style: lower ranks contain higher ones. */
export const STYLE_RANK: Readonly<Record<MarkerStyle, number>> = {
  'cn-dun': 1, 'cn-paren': 2, 'ar-dun': 3, 'ar-dot': 3, 'ar-multi': 3.4, 'ar-multi3': 3.6, 'ar-paren': 4, circled: 4, 'cn-shi': 5,
}

const CN = '[一二三四五六七八九十]{1,3}'
// Alternatives are disjoint by their first characters, so no backtracking blow-up.
const MARKER = new RegExp(
  [
    `(?<cnparen>[(](?<cnp>${CN})[)])`,
    `(?<arparen>[(](?<arp>\\d{1,2})[)])`,
    `(?<circled>[\\u2460-\\u2473])[、.]?`,
    `(?<armulti>\\d{1,2}(?:\\.\\d{1,2}){1,2})(?=[\\u4e00-\\u9fff])`,
    `(?<ardun>\\d{1,2})、`,
    `(?<ardot>\\d{1,2})\\.(?![\\d万亿%])`,
    `(?<cndun>${CN})、`,
    `(?<cnshi>[一二三四五六七八九十]{1,2})是(?!是)`,
  ].join('|'),
  'g',
)

const STRONG_BEFORE = /[\s。;!?:"”…]/
const WEAK_BEFORE = /[,、)]/
const DIGITISH = /[\d.a-zA-Z第]/
const CN_NUMERAL = /[一二三四五六七八九十百千万零两]/

/** Finds every plausible enumeration marker in `folded` (a `fold`ed string). */
export function scanMarkers(folded: string): MarkerHit[] {
  const hits: MarkerHit[] = []
  for (const m of folded.matchAll(MARKER)) {
    const g = m.groups ?? {}
    const start = m.index
    const before = start > 0 ? folded[start - 1]! : ''
    const strong = before === '' || STRONG_BEFORE.test(before)
    const hit = toHit(g, start, m[0], strong)
    if (!hit) continue
    if (!admissible(hit, before)) continue
    hits.push(hit)
  }
  return hits
}

function toHit(g: Record<string, string | undefined>, start: number, text: string, strong: boolean): MarkerHit | undefined {
  const mk = (style: MarkerStyle, index: number | undefined): MarkerHit | undefined =>
    index && index > 0 ? { style, index, start, end: start + text.length, text, strong } : undefined
  if (g.cnp) return mk('cn-paren', parseChineseNumber(g.cnp))
  if (g.arp) return mk('ar-paren', Number(g.arp))
  if (g.circled) return mk('circled', g.circled.charCodeAt(0) - 0x245f)
  if (g.armulti) {
    const parts = g.armulti.split('.')
    return mk(parts.length > 2 ? 'ar-multi3' : 'ar-multi', Number(parts[parts.length - 1]))
  }
  if (g.ardun) return mk('ar-dun', Number(g.ardun))
  if (g.ardot) return mk('ar-dot', Number(g.ardot))
  if (g.cndun) return mk('cn-dun', parseChineseNumber(g.cndun))
  if (g.cnshi) return mk('cn-shi', parseChineseNumber(g.cnshi))
  return undefined
}

function admissible(hit: MarkerHit, before: string): boolean {
  switch (hit.style) {
    case 'ar-dun':
    case 'ar-dot':
    case 'ar-multi':
    case 'ar-multi3':
      return !DIGITISH.test(before)
    case 'cn-dun':
      return before !== '第' && !CN_NUMERAL.test(before)
    case 'cn-shi':
      // 一是 inside a word (统一是, 唯一是) is no marker.
      return hit.strong || WEAK_BEFORE.test(before)
    default:
      return true
  }
}

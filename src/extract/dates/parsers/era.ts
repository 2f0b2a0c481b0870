/**
 * Centuries and decades: 18世纪 (1700-1799) · 上世纪80年代 (1980-1989) · 二十世纪九十年代末期 ·
 * 九十年代 (the decade nearest before the document year) · 11世纪初 · 1950年代; and whole years counted from
 * the document year: 两年前 · 三年后. Edges (初/初期/前期, 中期, 末/末期) narrow to a few years.
 */
import type { Parser } from 'chrono-node'
import { readChineseInteger } from '../../../text/numerals.js'
import { setFlag } from '../meta.js'
import { components, documentYear, makeResult } from './shared.js'

const CENTURY = '(上|本|这个|\\d{1,2}|[一二三四五六七八九十]{1,3})世纪'
const DECADE = '(\\d0|[一二三四五六七八九]十)年代'
const EDGE = '(初期|初|前期|中期|中叶|末期|末|后期)?'
// Five-year plans (十四五 = 2021-2025) and legal-education campaigns (六五普法 = 2011-2015).
const PLAN = '[“"]?(十[一二三四五六]|[一二三四五六七八九])五[”"]?(普法)?(?:规划|计划|时期|期间|期)?'
const PATTERN = new RegExp(
  `(?<![\\d一二三四五六七八九十])(?:(?:${CENTURY})?${DECADE}${EDGE}|${CENTURY}${EDGE})` +
    `|(?<![\\d一二三四五六七八九十第])${PLAN}(?![\\d一二三四五六七八九十年个次项条])` +
    '|(?<![\\d一二三四五六七八九十百])(\\d{1,2}|[一二两三四五六七八九十]{1,3})年(以前|之前|前|以后|之后|后)(?![的]?[0-9一二三四五六七八九十])' +
    // A decade written with its whole year (1950年代, 2010年代初).
    `|(?<!\\d)((?:1[5-9]|20)\\d0)年代${EDGE}`,
)

function number(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (readChineseInteger(word) ?? NaN)
}

/** The first year of a century word: 18 → 1700, 上 → the century before the document year's. */
function centuryStart(word: string, year: number): number {
  if (word === '上') return Math.floor(year / 100) * 100 - 100
  if (word === '本' || word === '这个') return Math.floor(year / 100) * 100
  return (number(word) - 1) * 100
}

/** Narrows a span of `length` years from `first` to the part an edge word names. */
function narrow(first: number, length: number, edge: string | undefined): [number, number] {
  const part = Math.max(1, Math.round(length * 0.3))
  if (edge === undefined) return [first, first + length - 1]
  if (/初|前期/.test(edge)) return [first, first + part - 1]
  if (/末|后期/.test(edge)) return [first + length - part, first + length - 1]
  return [first + part, first + length - part - 1]
}

/** Parses centuries, decades and years counted back or forward from the document year. */
export const eraParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, decadeCentury, decade, decadeEdge, century, centuryEdge, plan, campaign, yearsText, direction, wholeDecade, wholeDecadeEdge] = match
    const index = match.index ?? 0
    const year = documentYear(context)
    if (plan) {
      const n = number(plan)
      // The plans run five years each from 1966 (the third); 普法 campaigns from 1986.
      const first = campaign ? 1986 + 5 * (n - 1) : n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1)
      // 三五 / 九五 alone read as numbers; only 十X五 or a named campaign is a plan.
      if (!campaign && n < 10) return null
      const start = components(context, { year: first, certain: true, relative: false })
      const end = components(context, { year: first + 4, certain: true, relative: false })
      return makeResult(context, index, text, start, end, 'multi-year', 'period')
    }
    if (yearsText && direction) {
      const n = number(yearsText)
      if (!(n >= 1 && n <= 100)) return null
      const target = year + (direction.endsWith('前') ? -n : n)
      return makeResult(context, index, text, components(context, { year: target, certain: false, relative: true }), undefined, 'year')
    }
    let first: number
    let length: number
    let edge: string | undefined
    // A century word is written (18世纪) or counted from the document year (上世纪).
    const named = decadeCentury ?? century
    let certain = named !== undefined && !/^[上本这]/.test(named)
    if (wholeDecade) {
      first = Number(wholeDecade)
      length = 10
      edge = wholeDecadeEdge
      certain = true
    } else if (decade) {
      const tens = decade.endsWith('十') ? number(decade.slice(0, -1)) * 10 : number(decade)
      if (named !== undefined) first = centuryStart(named, year) + tens
      else if (tens >= 30) {
        // 八十年代 alone is the 1980s; 二十年代 could be either century and is read from the document year.
        first = 1900 + tens
        certain = true
      } else first = Math.floor(year / 100) * 100 + tens - (Math.floor(year / 100) * 100 + tens > year ? 100 : 0)
      length = 10
      edge = decadeEdge
    } else if (century) {
      first = centuryStart(century, year)
      length = 100
      edge = centuryEdge
    } else {
      return null
    }
    if (!(first >= 0 && first <= 2900)) return null
    const [from, to] = narrow(first, length, edge)
    const relative = !certain && named !== undefined
    const start = components(context, { year: from, certain, relative })
    const end = components(context, { year: to, certain, relative })
    const result = makeResult(context, index, text, start, end, 'multi-year', 'period')
    if (edge) setFlag(result.start, 'fuzzy')
    return result
  },
}

/**
 * Finds number + unit spans in folded text, with the qualifier words around them and ranges
 * (3至5人, 3万元-5万元). Deciding which spans are real counts is left to `filters.ts`.
 */
import type { Qualifier } from '../../schema.js'
import { UNIT_ALIASES, UNIT_AT_START, UNIT_FALSE_TAILS, type CountUnit } from '../../lexicon/units.js'
import {
  MID_QUALIFIERS,
  MID_QUALIFIER_AT_START,
  POST_QUALIFIERS,
  POST_QUALIFIER_AT_START,
  PRE_QUALIFIERS,
  PRE_QUALIFIER_AT_END,
  ROUND_ONLY_PRE,
  TEXT_EXCLUDED_PRE,
} from '../../lexicon/qualifiers.js'
import { isFuzzyNumeral, parseNumber } from './numerals.js'

/** A number + unit span before filtering; offsets index the folded (= original) text. */
export interface CountCandidate {
  start: number
  end: number
  /** Where the number itself starts (after any pre-qualifier). */
  numberStart: number
  /** Where the unit ends (before any post-qualifier). */
  unitEnd: number
  value: number
  valueMax?: number
  unit: CountUnit
  qualifier: Qualifier
  /** The number was written in Chinese numerals. */
  chinese: boolean
  /** The qualifier word found, if any (余, 约, 共计 …). */
  qualifierWord?: string
}

// Arabic (with separators, decimals and a Chinese scale) or a Chinese numeral run.
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d{1,12}(?:\.\d{1,4})?)([十百千万亿]{0,2})|([几数]?[零〇一二两三四五六七八九十百千万亿]{1,12})/g
const NUMBER_AT_START = /^(?:(\d{1,3}(?:,\d{3})+|\d{1,12}(?:\.\d{1,4})?)([十百千万亿]{0,2})|([几数]?[零〇一二两三四五六七八九十百千万亿]{1,12}))/
const RANGE_SEP = /^(?:至|到|-|~|—{1,2}|－)/
const SCALE_AFTER_MID = /^[万亿]/
// A number glued to these is part of a code, a placeholder, a time or a version (GB/T29639, 20xx, 9:00, 1.1.1).
const ARABIC_BAD_BEFORE = /[\dA-Za-z_./:\-#＃第]/
const ARABIC_BAD_AFTER = /[\dA-Za-z_.:＿]/
const CHINESE_BAD_BEFORE = /[第初周星期礼拜]/
const BARE_ROUND = /^[百千万亿]+$/
const PERCENT_WORDS = /百分之([\d.]{1,8}|[零〇一二两三四五六七八九十百点]{1,8})/g
const CHINESE_POINT = '点'

interface NumberPart {
  word: string
  value: number
  end: number
  chinese: boolean
  scale: string
}

function readNumber(folded: string, at: number): NumberPart | undefined {
  const m = NUMBER_AT_START.exec(folded.slice(at, at + 24))
  if (!m) return undefined
  const word = m[0]
  const value = parseNumber(m[3] ?? `${m[1]}${m[2]}`)
  if (value === undefined) return undefined
  const after = folded[at + word.length] ?? ''
  if (m[3] === undefined && ARABIC_BAD_AFTER.test(after)) return undefined
  return { word, value, end: at + word.length, chinese: m[3] !== undefined, scale: m[2] ?? '' }
}

interface UnitPart {
  unit: CountUnit
  end: number
  midWord?: string
  scaleFactor: number
}

/** Reads [余|多|来][万|亿] unit starting right after a number. */
function readUnit(folded: string, at: number): UnitPart | undefined {
  let pos = at
  let midWord: string | undefined
  const mid = MID_QUALIFIER_AT_START.exec(folded.slice(pos, pos + 2))
  if (mid) {
    midWord = mid[0]
    pos += mid[0].length
  }
  let scaleFactor = 1
  if (midWord && SCALE_AFTER_MID.test(folded[pos] ?? '')) {
    scaleFactor = folded[pos] === '万' ? 10_000 : 100_000_000
    pos += 1
  }
  const rest = folded.slice(pos, pos + 8)
  const u = UNIT_AT_START.exec(rest)
  if (!u) return undefined
  const unit = u[0] as CountUnit
  const tail = rest.slice(unit.length)
  if (UNIT_FALSE_TAILS[unit]?.some((t) => tail.startsWith(t))) return undefined
  return { unit, end: pos + unit.length, ...(midWord ? { midWord } : {}), scaleFactor }
}

function readPre(folded: string, numberStart: number, num: NumberPart): { word: string; qualifier: Qualifier } | undefined {
  const m = PRE_QUALIFIER_AT_END.exec(folded.slice(Math.max(0, numberStart - 3), numberStart))
  if (!m) return undefined
  const word = m[0]
  if (ROUND_ONLY_PRE.has(word) && !(num.chinese && BARE_ROUND.test(num.word))) return undefined
  const qualifier = PRE_QUALIFIERS[word]
  return qualifier ? { word, qualifier } : undefined
}

function badBefore(folded: string, at: number, chinese: boolean): boolean {
  const before = folded[at - 1] ?? ''
  return chinese ? CHINESE_BAD_BEFORE.test(before) : ARABIC_BAD_BEFORE.test(before)
}

/** Reads one candidate whose number starts at `at`, or undefined; `end` tells where scanning resumes. */
function readCandidate(folded: string, at: number): CountCandidate | undefined {
  const low = readNumber(folded, at)
  if (!low || badBefore(folded, at, low.chinese)) return undefined
  let unit = readUnit(folded, low.end)
  let value = low.value * (unit?.scaleFactor ?? 1)
  let valueMax: number | undefined
  let unitEnd = unit?.end ?? low.end
  let midWord = unit?.midWord
  // Range: 3至5人, 3万元-5万元, 一至两次.
  const sep = RANGE_SEP.exec(folded.slice(unitEnd, unitEnd + 2))
  if (sep) {
    const highAt = unitEnd + sep[0].length
    const high = readNumber(folded, highAt)
    const highUnit = high ? readUnit(folded, high.end) : undefined
    if (high && highUnit && high.chinese === low.chinese && (!unit || unit.unit === highUnit.unit)) {
      const highValue = high.value * highUnit.scaleFactor
      // 3-5万元: a scale written once applies to both ends.
      const factor = parseNumber(`1${high.scale}`) ?? 1
      const lowValue = !unit && !low.scale && high.scale ? low.value * factor : value
      if (highValue > lowValue) {
        value = lowValue
        valueMax = highValue
        unit = highUnit
        unitEnd = highUnit.end
        midWord = highUnit.midWord ?? midWord
      }
    }
  }
  if (!unit) return undefined
  let qualifier: Qualifier = 'exact'
  let qualifierWord: string | undefined
  let start = at
  const pre = readPre(folded, at, low)
  if (pre) {
    qualifier = pre.qualifier
    qualifierWord = pre.word
    if (!TEXT_EXCLUDED_PRE.has(pre.word)) start = at - pre.word.length
  }
  if (midWord) {
    const q = MID_QUALIFIERS[midWord]
    if (q) {
      qualifier = q
      qualifierWord = midWord
    }
  }
  let end = unitEnd
  const post = POST_QUALIFIER_AT_START.exec(folded.slice(unitEnd, unitEnd + 2))
  if (post) {
    const q = POST_QUALIFIERS[post[0]]
    if (q) {
      if (qualifier === 'exact') {
        qualifier = q
        qualifierWord = post[0]
      }
      end = unitEnd + post[0].length
    }
  }
  if (low.chinese && isFuzzyNumeral(low.word) && qualifier === 'exact') qualifier = 'about'
  return {
    start,
    end,
    numberStart: at,
    unitEnd,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit: UNIT_ALIASES[unit.unit] ?? unit.unit,
    qualifier,
    chinese: low.chinese,
    ...(qualifierWord ? { qualifierWord } : {}),
  }
}

function parsePercentWords(word: string): number | undefined {
  const [whole = '', frac] = word.split(CHINESE_POINT)
  const w = parseNumber(whole)
  if (w === undefined) return undefined
  if (frac === undefined) return w
  const digits = [...frac].map((ch) => parseNumber(ch))
  if (digits.some((d) => d === undefined)) return undefined
  return Number(`${w}.${digits.join('')}`)
}

/** All number + unit spans of the folded text, in order, non-overlapping. */
export function matchCandidates(folded: string): CountCandidate[] {
  const out: CountCandidate[] = []
  const percentSpans: [number, number][] = []
  for (const m of folded.matchAll(PERCENT_WORDS)) {
    const value = parsePercentWords(m[1]!)
    if (value === undefined) continue
    const start = m.index
    percentSpans.push([start, start + m[0].length])
    // Not flagged chinese: 百分之 is a unit word, not a bare round numeral.
    out.push({ start, end: start + m[0].length, numberStart: start, unitEnd: start + m[0].length, value, unit: '%', qualifier: 'exact', chinese: false })
  }
  const inPercent = (i: number): boolean => percentSpans.some(([s, e]) => i >= s && i < e)
  NUMBER.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = NUMBER.exec(folded))) {
    if (inPercent(m.index)) continue
    const c = readCandidate(folded, m.index)
    if (!c) continue
    out.push(c)
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, c.end)
  }
  return out.sort((a, b) => a.start - b.start)
}

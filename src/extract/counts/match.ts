/**
 * Finds number + unit spans in folded text, with the qualifier words around them, ranges
 * (3至5人, 3万元-5万元, 一百二十到一百五十万元), compound money (123元1角1分, 三块四), halves
 * (两个半小时, 一天半), shares (百分之八十五, 二分之一, 三成) and currencies written first
 * (港币3.14). Deciding which spans are real counts is left to `filters.ts`.
 */
import type { Qualifier } from '../../schema.js'
import {
  CURRENCY_PREFIXES,
  POINT_NOUNS,
  UNIT_AT_START,
  UNIT_FACTORS,
  UNIT_FALSE_TAILS,
  type CountUnit,
} from '../../lexicon/units.js'
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
import { wordAlternation } from '../../text/pattern.js'
import { isFuzzyNumeral, isFuzzyTail, parseNumber } from './numerals.js'

/** A number + unit span before filtering; offsets index the folded (= original) text. */
export interface CountCandidate {
  start: number
  end: number
  /** Where the number itself starts (after any pre-qualifier). */
  numberStart: number
  /** Where the unit starts and ends (before any post-qualifier). */
  unitStart: number
  unitEnd: number
  value: number
  valueMax?: number
  /** The unit as matched in the folded text (万元, 个月 …; `UNIT_NAMES` gives the reported name). */
  unit: CountUnit | '点'
  qualifier: Qualifier
  /** The number was written in Chinese numerals. */
  chinese: boolean
  /** The qualifier word found, if any (余, 约, 共计 …). */
  qualifierWord?: string
  /** What a rate is per, as written after its slash (元/床位 → /床位). */
  per?: string
}

const CN = '零〇一二两三四五六七八九十百千万亿壹贰叁参肆伍陆柒捌玖拾佰仟廿卅'
const CN_DIGIT = '零〇一二三四五六七八九'
// Arabic (with separators, decimals and a Chinese scale), a Chinese numeral (with 几, a decimal
// part, a leading 负), or a lone 半 before a duration (半小时, 半个月).
const NUMBER_SOURCE =
  `(-?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,4})?|\\d{1,12}(?:\\.\\d{1,4})?)([十百千万亿]{0,2})` +
  `|(负)?([几数]?[${CN}]{1,14}几?(?:点[${CN_DIGIT}]{1,4})?)` +
  '|(半)(?=个?(?:小时|天|月|学期|钟头|周|星期))'
const NUMBER = new RegExp(NUMBER_SOURCE, 'g')
const NUMBER_AT_START = new RegExp(`^(?:${NUMBER_SOURCE})`)
const RANGE_SEP = /^(?:\(含\))?(?:至|到|-|~|—{1,2}|－)/
const SCALE_AFTER_MID = /^[万亿]/
// A number glued to these is part of a code, a placeholder, a time or a version (GB/T29639, 20xx, 9:00, 1.1.1).
const ARABIC_BAD_BEFORE = /[\dA-Za-z_./:\-#＃第]/
const ARABIC_BAD_AFTER = /[\dA-Za-z_.:＿]/
const CHINESE_BAD_BEFORE = /(?:第|初|周|星期|礼拜)$/
const BARE_ROUND = /^[百千万亿]+$/
// 百分之八十五 · 千分之三 · 二分之一: shares, reported in % (‰ for 千分之).
const SHARE_WORDS = new RegExp(`(百|千|[\\d${CN}]{1,4})分之([\\d.]{1,8}|[${CN}点]{1,8})`, 'g')
const POINT_AFTER = new RegExp(`^点(?:${wordAlternation(POINT_NOUNS)})`)
const CURRENCY_BEFORE = new RegExp(`(?:${wordAlternation(CURRENCY_PREFIXES)})$`)
// 个半小时 / 天半: a half after the unit or between 个 and the unit.
const HALF_AFTER_UNIT = /^半/
const HALF_BEFORE_UNIT = /^个半/
const HALVABLE = new Set([
  '个小时', '小时', '天', '个月', '学期', '周', '个星期', '元', '块', '斤', '公斤', '千克', '克', '吨', '亩', '米', '公里', '千米', '升', '公顷',
])
// Money parts after 元/块: 1角1分 · 四分 · 三块四 (a bare digit after 块 is 角).
const SIGNED_UNITS = new Set(['%', '‰', '℃', '度', '摄氏度'])
// 1.66万元/床位 · 35微克/立方米 · 500元/人: a rate's unit runs on over the slash.
const PER_UNIT = /^\/(?:平方米|立方米|平方公里|公顷|[\u4e00-\u9fff]{1,2})/

interface NumberPart {
  word: string
  value: number
  end: number
  chinese: boolean
  scale: string
}

function readNumber(folded: string, at: number): NumberPart | undefined {
  const m = NUMBER_AT_START.exec(folded.slice(at, at + 28))
  if (!m) return undefined
  const word = m[0]
  if (m[6]) return { word, value: 0.5, end: at + 1, chinese: true, scale: '' }
  const chinese = m[5] !== undefined
  const value = chinese ? parseNumber(m[5]!) : parseNumber(`${m[2]}${m[3]}`)
  if (value === undefined) return undefined
  const after = folded[at + word.length] ?? ''
  if (!chinese && ARABIC_BAD_AFTER.test(after)) return undefined
  const negative = m[1] === '-' || m[4] === '负'
  return { word, value: negative ? -value : value, end: at + word.length, chinese, scale: m[3] ?? '' }
}

interface UnitPart {
  unit: CountUnit | '点'
  start: number
  end: number
  midWord?: string
  /** Factor the words between number and unit carry (余万 → ×10000, 个半 → +0.5 handled by the caller). */
  scaleFactor: number
  half: boolean
}

/** Reads [余|多|来][万|亿][个半] unit starting right after a number. */
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
  let half = false
  if (HALF_BEFORE_UNIT.test(folded.slice(pos, pos + 2))) {
    half = true
    pos += 2
  }
  const rest = folded.slice(pos, pos + 8)
  if (POINT_AFTER.test(rest)) return { unit: '点', start: pos, end: pos + 1, ...(midWord ? { midWord } : {}), scaleFactor, half }
  const u = UNIT_AT_START.exec(half ? `个${rest}` : rest)
  if (!u) return undefined
  const unit = u[0] as CountUnit
  const length = half ? unit.length - 1 : unit.length
  if (half && !HALVABLE.has(unit)) return undefined
  const tail = rest.slice(length)
  if (UNIT_FALSE_TAILS[unit]?.some((t) => tail.startsWith(t))) return undefined
  return { unit, start: pos, end: pos + length, ...(midWord ? { midWord } : {}), scaleFactor, half }
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
  return chinese ? CHINESE_BAD_BEFORE.test(folded.slice(Math.max(0, at - 2), at)) : ARABIC_BAD_BEFORE.test(folded[at - 1] ?? '')
}

const D = `[\\d${CN_DIGIT}两]`
// 1角1分 · 七毛八 · 2角 after 元/块; 四分 after 元/块 (三块四分 = 3.04); a bare digit after 块 (三块四).
const MINOR_TAIL = new RegExp(`^(${D})(?:角|毛)(?:(${D})分?)?`)
const CENT_TAIL = new RegExp(`^(${D})分`)
const DIME_TAIL = new RegExp(`^(${D})(?![\\d${CN}个人名位户家次项件张条])`)
const CENT_AFTER_DIME = new RegExp(`^(${D})分?(?![\\d${CN}个人名位户家次项件张条])`)

/**
 * Money in 元 from its parts: 123元1角1分 → 123.11 · 三块四 → 3.4 · 五块七毛八 → 5.78 · 两毛五 → 0.25.
 * Undefined when the unit is no money unit or nothing follows a whole 元 amount.
 */
function money(folded: string, at: number, unit: string, value: number): { value: number; end: number } | undefined {
  const tail = folded.slice(at, at + 6)
  const digit = (word: string | undefined) => (word === undefined ? 0 : (parseNumber(word) ?? 0))
  const round = (x: number) => Math.round(x * 100) / 100
  if (unit === '角' || unit === '毛') {
    const cents = CENT_AFTER_DIME.exec(tail)
    return { value: round(value * 0.1 + digit(cents?.[1]) * 0.01), end: at + (cents?.[0].length ?? 0) }
  }
  if (unit !== '元' && unit !== '块') return undefined
  const minor = MINOR_TAIL.exec(tail)
  if (minor) return { value: round(value + digit(minor[1]) * 0.1 + digit(minor[2]) * 0.01), end: at + minor[0].length }
  const cents = CENT_TAIL.exec(tail)
  if (cents) return { value: round(value + digit(cents[1]) * 0.01), end: at + cents[0].length }
  const dime = unit === '块' ? DIME_TAIL.exec(tail) : null
  return dime ? { value: round(value + digit(dime[1]) * 0.1), end: at + dime[0].length } : undefined
}

/** Reads one candidate whose number starts at `at`, or undefined; `end` tells where scanning resumes. */
/**
 * 1.5千克 · 100千瓦时 · 三千克 · 3万元: a scale character that begins a unit belongs to the unit, unless
 * the number would end in a place character without it (一亿二千万元 is 一亿二千万 元).
 */
function unitTakesScale(folded: string, num: NumberPart): NumberPart | undefined {
  const last = num.chinese ? num.word.slice(-1) : num.scale.slice(-1)
  if (!/[千万百]/.test(last)) return undefined
  const at = num.end - 1
  const unit = UNIT_AT_START.exec(folded.slice(at, at + 8))?.[0]
  if (!unit || unit.length < 2) return undefined
  const word = num.word.slice(0, -1)
  if (!word || /[十百千拾佰仟万亿]$/.test(num.chinese ? word : '')) return undefined
  const value = parseNumber(num.chinese ? word : word.replace(/^-/, ''))
  if (value === undefined) return undefined
  return { word, value: num.value < 0 ? -value : value, end: at, chinese: num.chinese, scale: num.chinese ? '' : num.scale.slice(0, -1) }
}

/** A number at `at`, with its scale given to the unit when the unit begins with it. */
function readAmount(folded: string, at: number): NumberPart | undefined {
  const read = readNumber(folded, at)
  return read ? (unitTakesScale(folded, read) ?? read) : undefined
}

function readCandidate(folded: string, at: number): CountCandidate | undefined {
  const low = readAmount(folded, at)
  if (!low || badBefore(folded, at, low.chinese)) return undefined
  let unit = readUnit(folded, low.end)
  let value = low.value * (unit?.scaleFactor ?? 1) + (unit?.half ? 0.5 : 0)
  let valueMax: number | undefined
  let unitEnd = unit?.end ?? low.end
  let midWord = unit?.midWord
  // Range: 3至5人, 3万元-5万元, 一至两次, 一百二十到一百五十万元, 50万(含)-300万元.
  const sep = RANGE_SEP.exec(folded.slice(unitEnd, unitEnd + 5))
  if (sep) {
    const highAt = unitEnd + sep[0].length
    // 50万(含)-300万元: when the low end carries its scale, the high end keeps its own too.
    const scaledLow = low.scale !== '' || (low.chinese && /[万亿]$/.test(low.word))
    const high = scaledLow ? readNumber(folded, highAt) : readAmount(folded, highAt)
    const highUnit = high ? readUnit(folded, high.end) : undefined
    if (high && highUnit && high.chinese === low.chinese && (!unit || unit.unit === highUnit.unit)) {
      const highValue = high.value * highUnit.scaleFactor + (highUnit.half ? 0.5 : 0)
      // 3-5万元 / 一百二十到一百五十万元: a scale written once applies to both ends.
      const scale = high.chinese ? (/[万亿]$/.exec(high.word)?.[0] ?? '') : high.scale
      const factor = scale && !low.word.includes(scale.slice(-1)) ? (parseNumber(`1${scale}`) ?? 1) : 1
      const lowValue = !unit && factor > 1 && low.value * factor < highValue ? low.value * factor : value
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
  const factor = unit.unit === '点' ? 1 : (UNIT_FACTORS[unit.unit] ?? 1)
  value *= factor
  if (valueMax !== undefined) valueMax *= factor
  // 一天半 · 123元1角1分 · 两毛五 (money with parts is reported in 元).
  let reportedUnit: CountCandidate['unit'] = unit.unit
  if (HALF_AFTER_UNIT.test(folded.slice(unitEnd, unitEnd + 1)) && HALVABLE.has(unit.unit) && valueMax === undefined) {
    value += 0.5
    unitEnd += 1
  } else if (valueMax === undefined) {
    const parts = money(folded, unitEnd, unit.unit, value)
    if (parts && (parts.end > unitEnd || unit.unit === '角' || unit.unit === '毛')) {
      value = parts.value
      unitEnd = parts.end
      reportedUnit = '元'
    }
  }
  // 零下5度: below zero.
  const belowZero = SIGNED_UNITS.has(unit.unit) && value > 0 && folded.slice(Math.max(0, at - 2), at) === '零下'
  if (belowZero) value = -value
  if (value < 0 && !SIGNED_UNITS.has(unit.unit)) return undefined
  const perMatch = PER_UNIT.exec(folded.slice(unitEnd, unitEnd + 5))
  const per = perMatch ? perMatch[0] : undefined
  if (per) unitEnd += per.length
  let qualifier: Qualifier = 'exact'
  let qualifierWord: string | undefined
  let start = at
  const pre = readPre(folded, at, low)
  if (pre) {
    qualifier = pre.qualifier
    qualifierWord = pre.word
    if (!TEXT_EXCLUDED_PRE.has(pre.word)) start = at - pre.word.length
  }
  if (belowZero) start = at - 2
  if (midWord) {
    const q = MID_QUALIFIERS[midWord]
    // 近1700多条: "nearly" and "more than" together make it about.
    if (q) {
      qualifier = pre && pre.qualifier !== 'exact' && pre.qualifier !== q ? 'about' : q
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
  if (low.chinese && isFuzzyNumeral(low.word) && qualifier === 'exact') qualifier = isFuzzyTail(low.word) ? 'over' : 'about'
  return {
    start,
    end,
    numberStart: at,
    unitStart: unit.start,
    unitEnd: unit.end,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit: reportedUnit,
    qualifier,
    chinese: low.chinese,
    ...(qualifierWord ? { qualifierWord } : {}),
    ...(per ? { per } : {}),
  }
}

/** 港币3.14 / 人民币3.14: an amount with its currency written first and no unit after it. */
function currencyFirst(folded: string, at: number): CountCandidate | undefined {
  const before = CURRENCY_BEFORE.exec(folded.slice(Math.max(0, at - 3), at))
  const num = before ? readNumber(folded, at) : undefined
  if (!before || !num || num.chinese || readUnit(folded, num.end)) return undefined
  const start = at - before[0].length
  return {
    start,
    end: num.end,
    numberStart: at,
    unitStart: start,
    unitEnd: at,
    value: num.value,
    unit: before[0] as CountUnit,
    qualifier: 'exact',
    chinese: false,
  }
}

function readShare(word: string): number | undefined {
  if (/^[\d.]+$/.test(word)) return Number(word)
  return parseNumber(word)
}

/** All number + unit spans of the folded text, in order, non-overlapping. */
export function matchCandidates(folded: string): CountCandidate[] {
  const out: CountCandidate[] = []
  const shareSpans: [number, number][] = []
  for (const m of folded.matchAll(SHARE_WORDS)) {
    const whole = m[1] === '百' ? 100 : m[1] === '千' ? 1000 : readShare(m[1]!)
    const part = readShare(m[2]!)
    if (whole === undefined || part === undefined || whole === 0) continue
    const perThousand = m[1] === '千'
    const value = m[1] === '百' || perThousand ? part : Math.round((part / whole) * 10_000) / 100
    const start = m.index
    const end = start + m[0].length
    shareSpans.push([start, end])
    // Not flagged chinese: 百分之 is a unit word, not a bare round numeral.
    out.push({ start, end, numberStart: start, unitStart: start, unitEnd: end, value, unit: perThousand ? '‰' : '%', qualifier: 'exact', chinese: false })
  }
  // Characters inside a share, marked once: a test per number stays constant-time.
  const covered = new Uint8Array(folded.length)
  for (const [s, e] of shareSpans) covered.fill(1, s, e)
  const inShare = (i: number): boolean => covered[i] === 1
  NUMBER.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = NUMBER.exec(folded))) {
    if (inShare(m.index)) continue
    const c = readCandidate(folded, m.index) ?? currencyFirst(folded, m.index)
    if (!c) continue
    out.push(c)
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, c.end)
  }
  return out.sort((a, b) => a.start - b.start)
}

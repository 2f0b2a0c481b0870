/**
 * Which number + unit spans are not counts a reader would list: idioms and fixed phrases
 * (千家万户, 一次性, 一方面), slogans (三个代表), the page's own document count (范文4篇), variant
 * labels, codes, and quoted names (“户5条”). Everything else with a unit is a count, shares and
 * changes included (增速3.1%, 同比增长12.3%), as the trainset gold lists them.
 */
import { DOCUMENT_COUNT_LEADS, EVENT_AND_TIME_UNITS, NON_COUNT_PHRASES, SLOGAN_TAILS } from '../../lexicon/units.js'
import { wordAlternation } from '../../text/pattern.js'
import type { CountCandidate } from './match.js'

const CLAUSE_BREAK = /[,;。!?、:\n]/
const BARE_ROUND = /^[百千万亿]+$/
const DOCUMENT_COUNT_BEFORE = new RegExp(`(?:${DOCUMENT_COUNT_LEADS.join('|')}|[(\\[【])$`)
const LONG_DIGITS = /\d{10,}/
// 范文1 / 总结2: a variant label of a compilation page, whatever follows it.
const VARIANT_LABEL_BEFORE = /(?:范文|总结|汇报|报告|计划|方案|篇)$/
const CHINESE_LEAD = /^[几数]?[零〇一二两三四五六七八九十百千万亿]+/
const NON_COUNT_AT = new RegExp(`^(?:${wordAlternation(NON_COUNT_PHRASES)})`)
const NON_COUNT_ENDING = new RegExp(`(?:${wordAlternation(NON_COUNT_PHRASES)})$`)
const SLOGAN_AFTER = new RegExp(`^(?:${wordAlternation(SLOGAN_TAILS)})`)
const CLAUSE_END_AFTER = /^(?:[,;。!?、\n]|$)/
// 09级 / 007号: a number with a leading zero is a code or a class year, not a quantity.
const LEADING_ZERO = /^0\d/
const PLACEHOLDER_BEFORE = /[xX×*_]$/
const QUOTE_WINDOW = 8
const OPEN_QUOTES = '“"「『'
const CLOSE_QUOTES = '”"」』'

/** True when the span sits inside a short quoted phrase: a slogan or name (“户5条”, “五个一百”). */
function inShortQuote(folded: string, start: number, end: number): boolean {
  let open = -1
  for (let i = start - 1; i >= Math.max(0, start - QUOTE_WINDOW); i--) {
    const ch = folded[i]!
    if (CLOSE_QUOTES.includes(ch) && !OPEN_QUOTES.includes(ch)) return false
    if (OPEN_QUOTES.includes(ch)) {
      open = i
      break
    }
  }
  if (open < 0) return false
  for (let i = end; i < Math.min(folded.length, end + QUOTE_WINDOW); i++) {
    if (CLOSE_QUOTES.includes(folded[i]!)) return true
    if (CLAUSE_BREAK.test(folded[i]!)) return false
  }
  return false
}

/** Start of the clause the index sits in (after the last clause break). */
export function clauseStart(folded: string, index: number): number {
  for (let i = index - 1; i >= 0 && index - i <= 60; i--) {
    if (CLAUSE_BREAK.test(folded[i]!)) return i + 1
  }
  return Math.max(0, index - 60)
}

/** Why a candidate is not a count, or undefined to keep it. */
export function rejectReason(folded: string, c: CountCandidate): string | undefined {
  const numberText = folded.slice(c.numberStart, c.unitEnd)
  // A zero written in digits (0元) is a figure; 零 in words is part of a phrase (零距离).
  if (c.value === 0 && c.chinese) return 'zero'
  if (!c.chinese && VARIANT_LABEL_BEFORE.test(folded.slice(Math.max(0, c.start - 2), c.start))) return 'variant-label'
  if (LONG_DIGITS.test(numberText) || (!c.chinese && LEADING_ZERO.test(numberText))) return 'code-like'
  if (PLACEHOLDER_BEFORE.test(folded.slice(Math.max(0, c.numberStart - 1), c.numberStart))) return 'placeholder'
  if (c.valueMax === undefined && (NON_COUNT_AT.test(folded.slice(c.numberStart, c.numberStart + 6)) || NON_COUNT_ENDING.test(folded.slice(Math.max(0, c.unitEnd - 6), c.unitEnd)))) {
    return 'phrase'
  }
  if (c.chinese) {
    const word = CHINESE_LEAD.exec(numberText)?.[0] ?? ''
    // 千家万户 / 亿元以上项目: a bare 千 or 亿 is a count only with 上/近/余 (上千人, 近万份, 百余名).
    if (BARE_ROUND.test(word) && (!c.qualifierWord || c.qualifierWord === '以上' || c.qualifierWord === '以下')) return 'idiom'
    // 一个家园 / 一场比赛: 一 with a classifier for things is the indefinite article; 一次 / 一个月
    // count an event or a stretch of time, and 一 closing a clause (培训班一期) counts one.
    if (c.value === 1 && c.valueMax === undefined && !EVENT_AND_TIME_UNITS.has(c.unit) && !CLAUSE_END_AFTER.test(folded.slice(c.end, c.end + 1))) {
      return 'article'
    }
    if (c.unit === '个' && c.qualifier === 'exact' && SLOGAN_AFTER.test(folded.slice(c.unitEnd, c.unitEnd + 2))) return 'slogan'
    if (word === '二' && c.unit === '次' && c.qualifier === 'exact') return 'slogan'
  }
  if (inShortQuote(folded, c.start, c.end)) return 'quoted-name'
  if (c.unit === '篇' && DOCUMENT_COUNT_BEFORE.test(folded.slice(Math.max(0, c.start - 3), c.start))) return 'document-count'
  return undefined
}

/**
 * Which number + unit spans are not counts a reader would list: idioms and slogans (千家万户,
 * 三个代表), articles (一个, 一次), frequencies (每月召开一次), the page's own document count (范文4篇),
 * and ratios, changes or shares (覆盖率100%, 同比增长5.3%, 占年计划的45%) as opposed to stock figures.
 */
import { DOCUMENT_COUNT_LEADS } from '../../lexicon/units.js'
import type { CountCandidate } from './match.js'

const CLAUSE_BREAK = /[,;。!?、:\n]/
const BARE_ROUND = /^[百千万亿]+$/
const CLAUSE_END_AFTER = /^(?:[,;。!?、\n]|$)/
const CHANGE_BEFORE = /(?:增长|下降|增加|减少|提高|降低|提升|上升|下滑|回落|增收|减收|增幅|降幅|增速|同比|环比)(?:了|为|达|达到)?(?:约|近)?$/
// 率 too: 覆盖率达到100% is a ratio, not a number of things.
const SHARE_OR_CHANGE_IN_CLAUSE = /率|增长|下降|增加|减少|提高|降低|提升|上升|下滑|回落|增幅|降幅|增速|同比|环比|比上年|比去年|占|比重|计划的|任务的/
const DOCUMENT_COUNT_BEFORE = new RegExp(`(?:${DOCUMENT_COUNT_LEADS.join('|')}|[(\\[【])$`)
const LONG_DIGITS = /\d{10,}/
// 范文1 / 总结2: a variant label of a compilation page, whatever follows it.
const VARIANT_LABEL_BEFORE = /(?:范文|总结|汇报|报告|计划|方案|篇)$/
const CHINESE_LEAD = /^[几数]?[零〇一二两三四五六七八九十百千万亿]+/
const RATE_WINDOW = 6
// 一般为三个月召开一次 / 定期召开一次: a schedule, not a count.
const PERIODIC_CLAUSE = /一般|每|定期|个月|季度|学期/
// 每月/每两个月/每个季度…: what follows is a frequency, not a count.
const FREQUENCY_LEAD = /每(?:[一二两三四五六七八九十\d]{0,2}个?)?(?:年|月|周|天|日|季度|学期|星期|小时|晚|次)/
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
  const clause = folded.slice(clauseStart(folded, c.numberStart), c.numberStart)
  if (c.value <= 0) return 'zero'
  if (!c.chinese && VARIANT_LABEL_BEFORE.test(folded.slice(Math.max(0, c.start - 2), c.start))) return 'variant-label'
  if (LONG_DIGITS.test(numberText)) return 'code-like'
  if (c.chinese) {
    const word = CHINESE_LEAD.exec(numberText)?.[0] ?? ''
    if (BARE_ROUND.test(word) && !c.qualifierWord) return 'idiom'
    // 一个项目 / 一次活动 is an article; 培训班一期; at a clause end is a count of one.
    if (c.value === 1 && c.valueMax === undefined && !CLAUSE_END_AFTER.test(folded.slice(c.end, c.end + 1))) return 'article'
    if (c.qualifier === 'exact' && c.valueMax === undefined && (c.unit === '个' || (word === '二' && c.unit === '次'))) {
      return 'slogan'
    }
  }
  if (FREQUENCY_LEAD.test(clause.slice(-RATE_WINDOW)) || (c.unit === '次' && clause.slice(-RATE_WINDOW).includes('每'))) return 'frequency'
  if (c.unit === '次' && c.value === 1 && c.chinese && PERIODIC_CLAUSE.test(clause)) return 'frequency'
  if (inShortQuote(folded, c.start, c.end)) return 'quoted-name'
  if (c.unit === '篇' && DOCUMENT_COUNT_BEFORE.test(folded.slice(Math.max(0, c.start - 3), c.start))) return 'document-count'
  if (CHANGE_BEFORE.test(clause)) return 'change'
  if (c.unit === '%' && SHARE_OR_CHANGE_IN_CLAUSE.test(clause)) return 'change-or-share'
  return undefined
}

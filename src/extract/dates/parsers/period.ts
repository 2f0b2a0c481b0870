/**
 * Periods of a year: 上半年 · 下半年 · 第一季度 · 前三季度 · 前两个季度 · 首季度 · 年初/年底/年末/年中/年终 ·
 * 全年 · 本年度, with an optional written, two-digit or relative year (2019年上半年, 07年第三季度,
 * 去年四季度); years counted from the document year (今年 · 去年 · 上年 · 来年 · 新的一年 · 一年来 ·
 * 过去的一年 · 这一年 · 半年来); spans ending in it (近三年 · 三年来 · 过去三年); and spans no
 * one could date (近年来 · 几年来 · 往年 · 过去的几年 · 两年多来 · 过去的半年 · 上下半年), reported unresolved.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node'
import type { Grain } from '../../../schema.js'
import { readChineseInteger } from '../../../text/numerals.js'
import { setFlag } from '../meta.js'
import { RELATIVE_OFFSET, RELATIVE_YEAR, SHORT_YEAR, YEAR } from '../patterns.js'
import { components, documentYear, makeResult, readYearGroup, type YearRead } from './shared.js'

const QUARTER_NUM = '[一二三四1-4]'
// 前十一个月 / 后三月 / 第8个月: a count of months within the year.
const MONTH_COUNT = '(?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])'
const COUNT = '[两二三四五六七八九十2-9]'
const NOT_AFTER = '(?!级|代|届|[\\d一二三四五六七八九十])'
// Words that name the document year itself.
const THIS_YEAR = '一年来|这一年来|过去的一年|过去一年|刚刚过去的一年|刚过去的一年|一年中|一年里|这一年'
const UNDATED = '近年来|近几年来|近几年|最近几年来|最近几年|几年来|多年来|这些年来|这几年来|这几年|近些年来|近些年|过去的几年|过去几年|往年|历年|过去的半年|上下半年'
// 半年 alone (半年工作总结): a half-year the text does not date.
const BARE = '(?<![上下一两三四五六七八九十个近多大过前后每])半年(?![来内多前后])'
const PATTERN = new RegExp(
  `(?:(${YEAR})\\s{0,2}(?:年(?:度)?\\s{0,2})?|(?<!\\d)(${SHORT_YEAR})(?=年)(?:年\\s{0,2})?|(${RELATIVE_YEAR})(?:度)?\\s{0,2}(?:的)?)?` +
    `(上半年|下半年|第?(${QUARTER_NUM})\\s{0,2}季度|前(${QUARTER_NUM}|两)\\s{0,2}(?:个)?季度|首季度|年初|年底|年末|年中|年终|年尾|全年|本年度|年度` +
    `|[前后](${MONTH_COUNT})\\s{0,2}个?月|首月|第(${MONTH_COUNT})个月)` +
    `|(近|最近|过去|前)(${COUNT})年${NOT_AFTER}|(?<![\\d〇零一二三四五六七八九十])(?:(${COUNT})年来|(${COUNT})年多来)` +
    `|(${THIS_YEAR}|半年来|${UNDATED})|(${BARE})` +
    `|(${RELATIVE_YEAR})${NOT_AFTER}`,
)

function span(
  context: ParsingContext,
  index: number,
  text: string,
  read: YearRead,
  months: [number, number],
  grain: Grain,
): ParsingResult {
  const start = components(context, read, months[0])
  const end = components(context, read, months[1])
  return makeResult(context, index, text, start, end, grain, 'period')
}

function count(word: string): number {
  return /^\d$/.test(word) ? Number(word) : (readChineseInteger(word) ?? NaN)
}

/** Years [document year − n + 1, document year], counted from the document year. */
function lastYears(context: ParsingContext, index: number, text: string, n: number): ParsingResult | null {
  if (!(n >= 2 && n <= 30)) return null
  const ref = documentYear(context)
  const start = components(context, { year: ref - n + 1, certain: false, relative: true })
  const end = components(context, { year: ref, certain: false, relative: true })
  return makeResult(context, index, text, start, end, 'multi-year', 'period')
}

function undated(context: ParsingContext, index: number, text: string, grain: Grain): ParsingResult {
  const result = makeResult(context, index, text, components(context, { year: documentYear(context), certain: false, relative: false }), undefined, grain, 'period')
  setFlag(result.start, 'unresolved')
  return result
}

/** Parses half-years, quarters, whole and relative years, and spans of years. */
export const periodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0
    const text = match[0]
    const [, written, short, relative, part, quarter, firstQuarters, monthCount, monthOrdinal, near, nearCount, sinceCount, overCount, named, bare, bareRelative] = match
    if (bare) return undated(context, index, text, 'half-year')
    if (near && nearCount) return lastYears(context, index, text, count(nearCount))
    if (sinceCount) return lastYears(context, index, text, count(sinceCount))
    if (overCount) return undated(context, index, text, 'multi-year')
    if (named) {
      if (named === '半年来') return span(context, index, text, readYearGroup(context, undefined, '今年')!, [1, 6], 'half-year')
      if (new RegExp(`^(?:${THIS_YEAR})$`).test(named)) {
        return makeResult(context, index, text, components(context, { year: documentYear(context), certain: false, relative: true }), undefined, 'year', 'period')
      }
      return undated(context, index, text, named === '上下半年' ? 'year' : named === '过去的半年' ? 'half-year' : 'multi-year')
    }
    if (bareRelative) {
      const read = readYearGroup(context, undefined, bareRelative)
      if (!read || RELATIVE_OFFSET[bareRelative] === undefined) return null
      return makeResult(context, index, text, components(context, read), undefined, 'year', 'period')
    }
    if (!part) return null
    const read = readYearGroup(context, written, relative, short)
    if (!read) return null
    if (part === '上半年') return span(context, index, text, read, [1, 6], 'half-year')
    if (part === '下半年') return span(context, index, text, read, [7, 12], 'half-year')
    if (quarter) {
      const q = count(quarter)
      return span(context, index, text, read, [q * 3 - 2, q * 3], 'quarter')
    }
    if (part === '首季度') return span(context, index, text, read, [1, 3], 'quarter')
    // 前十一个月 (January to November) · 后三月 (October to December) · 首月 · 第8个月.
    if (monthCount !== undefined || monthOrdinal !== undefined || part === '首月') {
      // A bare 前三个月 names the months before now, not of a year: only with a year in front.
      if (!written && !relative && !short) return null
      const n = monthCount !== undefined ? count(monthCount) : monthOrdinal !== undefined ? count(monthOrdinal) : 1
      if (!(n >= 1 && n <= 12)) return null
      const months: [number, number] = monthOrdinal !== undefined || part === '首月' ? [n, n] : part.startsWith('后') ? [13 - n, 12] : [1, n]
      return span(context, index, text, read, months, 'month')
    }
    if (firstQuarters) return span(context, index, text, read, [1, count(firstQuarters) * 3], 'quarter')
    // 年度 alone (年度工作总结, 创年度最高) is some year the text does not date.
    if (part === '年度' && !written && !relative && !short) return undated(context, index, text, 'year')
    const result = makeResult(context, index, text, components(context, read), undefined, 'year', 'period')
    if (/年[初底末中终尾]/.test(part)) setFlag(result.start, 'fuzzy')
    return result
  },
}

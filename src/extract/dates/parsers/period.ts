/**
 * Periods of a year: 上半年 · 下半年 · 第一季度 · 前三季度 · 年初/年底/年末/年中 · 全年 · 今年 ·
 * 本年度 · 去年 · 明年 · 近三年 · 本月/月底 (unresolved), with an optional written or relative year.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node'
import type { Grain } from '../../../schema.js'
import { setFlag } from '../meta.js'
import { readSmall } from '../numerals.js'
import { RELATIVE_YEAR, YEAR } from '../patterns.js'
import { components, makeResult, readYearGroup, type YearRead } from './shared.js'

const QUARTER_NUM = '[一二三四1-4]'
const PATTERN = new RegExp(
  `(?:(${YEAR})\\s{0,2}(?:年(?:度)?\\s{0,2})?|(${RELATIVE_YEAR})(?:度)?\\s{0,2})?` +
    `(上半年|下半年|第?(${QUARTER_NUM})\\s{0,2}季度|前(${QUARTER_NUM})\\s{0,2}季度|年初|年底|年末|年中|全年|本年度|年度)` +
    `|(近|最近|前)(${'[两二三四五六七八九十2-9]'})年(?!级|代|[\\d一二三四五六七八九十])` +
    '|(今年|去年|明年|前年|本年|当年)(?!级|[\\d一二三四五六七八九十])' +
    '|(本月|当月|上月|下月|月初|月底|月末|月中)(?![\\d一二三四五六七八九十])',
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

/** Parses half-years, quarters, whole and relative years, and year edges. */
export const periodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0
    const text = match[0]
    const [, written, relative, part, quarter, firstQuarters, near, nearCount, bareRelative, thisMonth] = match
    if (thisMonth) {
      const read = readYearGroup(context)
      if (!read) return null
      // A relative month is a period of the text's own time, not a calendar date.
      const result = makeResult(context, index, text, components(context, read), undefined, 'month', 'period')
      // Which month is meant depends on the sentence, which a parser cannot see.
      setFlag(result.start, 'unresolved')
      if (thisMonth.startsWith('月')) setFlag(result.start, 'fuzzy')
      return result
    }
    if (near && nearCount) {
      const n = readSmall(nearCount.replace('两', '二'))
      const ref = context.refDate.getFullYear()
      const start = components(context, { year: ref - n + 1, certain: false, relative: true })
      const end = components(context, { year: ref, certain: false, relative: true })
      return makeResult(context, index, text, start, end, 'multi-year', 'period')
    }
    if (bareRelative) {
      const read = readYearGroup(context, undefined, bareRelative)
      if (!read) return null
      return makeResult(context, index, text, components(context, read), undefined, 'year', 'period')
    }
    if (!part) return null
    const read = readYearGroup(context, written, relative)
    if (!read) return null
    if (part === '上半年') return span(context, index, text, read, [1, 6], 'half-year')
    if (part === '下半年') return span(context, index, text, read, [7, 12], 'half-year')
    if (quarter) {
      const q = readSmall(quarter)
      return span(context, index, text, read, [q * 3 - 2, q * 3], 'quarter')
    }
    if (firstQuarters) return span(context, index, text, read, [1, readSmall(firstQuarters) * 3], 'quarter')
    // A bare 年度 is only a period with a year in front (2021年度 is the year parser's).
    if (part === '年度' && !written && !relative) return null
    const result = makeResult(context, index, text, components(context, read), undefined, 'year', 'period')
    if (/年[初底末中]/.test(part)) setFlag(result.start, 'fuzzy')
    return result
  },
}

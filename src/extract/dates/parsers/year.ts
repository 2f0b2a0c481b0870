/**
 * 2020年 · 2021年度 · 二o一八年 · 2017-2020年 · 2017年至2020年 · 2017-2018学年. A bare 2020 without 年
 * (a title's 2020科技活动周) is the document year, not a mention, so it is never matched.
 */
import type { Parser } from 'chrono-node'
import { readYear, plausibleYear } from '../numerals.js'
import { RANGE_SEP, YEAR } from '../patterns.js'
import { components, makeResult } from './shared.js'

const PATTERN = new RegExp(
  `(?<![\\d〔\\[(【第])(${YEAR})(?:\\s{0,2}年)?(?:\\s{0,2}${RANGE_SEP}\\s{0,2}(${YEAR}))?\\s{0,2}(年度|学年|年)`,
)

/** Parses written years and year ranges. */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const from = readYear(match[1] ?? '')
    if (!plausibleYear(from)) return null
    const index = match.index ?? 0
    if (match[2] === undefined) {
      // 2020年 must be followed by 年 directly (checked by the pattern's last group).
      if (/年.*年/.test(match[0])) return null
      const read = { year: from, certain: true, relative: false }
      return makeResult(context, index, match[0], components(context, read), undefined, 'year')
    }
    const to = readYear(match[2])
    if (!plausibleYear(to) || to <= from || to - from > 30) return null
    const start = components(context, { year: from, certain: true, relative: false })
    const end = components(context, { year: to, certain: true, relative: false })
    // "2017-2020年" spells out both ends: a range. A 学年 is a named period.
    return makeResult(context, index, match[0], start, end, 'multi-year', /学年|年度/.test(match[0]) ? 'period' : 'range')
  },
}

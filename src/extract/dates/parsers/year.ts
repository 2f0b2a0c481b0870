/**
 * 2020年 · 2021年度 · 二o一八年 · 九零年 · 零七年 · 2017-2020年 · 2023—2025年 · 2017年至2020年 ·
 * 2017-2018学年 (September 2017 to July 2018). A bare 2020 without 年 (a title's 2020科技活动周) is the document year, not a
 * mention, so it is never matched; a two-digit year alone only when written with a zero (九零年).
 */
import type { Parser } from 'chrono-node'
import { mentionableYear, readYear } from '../numerals.js'
import { RANGE_SEP, YEAR } from '../patterns.js'
import { setFlag } from '../meta.js'
import { components, makeResult, readYearGroup } from './shared.js'

const PATTERN = new RegExp(
  `(?<![\\d〔\\[【第])(?:(${YEAR})(?:\\s{0,2}年)?(?:\\s{0,2}${RANGE_SEP}\\s{0,2}(${YEAR}))?\\s{0,2}(年度|学年|年)` +
    '|(?<![\\d〇零一二三四五六七八九十])([零〇o○][一二三四五六七八九]|[一二三四五六七八九][零〇o○])年(?![代级纪]))',
)

// An archive's holdings span decades (1949—1980年); a wider pair of four-digit numbers is no range of years.
const MAX_YEAR_SPAN = 60

/** Parses written years and year ranges. */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0
    if (match[4]) {
      const read = readYearGroup(context, undefined, undefined, match[4])
      return read ? makeResult(context, index, match[0], components(context, read), undefined, 'year') : null
    }
    const from = readYear(match[1] ?? '')
    if (!mentionableYear(from)) return null
    if (match[2] === undefined) {
      // 2020年 must be followed by 年 directly (checked by the pattern's last group).
      if (/年.*年/.test(match[0])) return null
      const read = { year: from, certain: true, relative: false }
      return makeResult(context, index, match[0], components(context, read), undefined, 'year')
    }
    const to = readYear(match[2])
    if (!mentionableYear(to) || to <= from || to - from > MAX_YEAR_SPAN) return null
    // A school year (2023—2024学年) runs from September to July, as its terms do (semester.ts).
    if (match[3] === '学年' && to === from + 1) {
      const schoolYear = makeResult(context, index, match[0], components(context, { year: from, certain: true, relative: false }, 9), components(context, { year: to, certain: true, relative: false }, 7), 'month', 'period')
      setFlag(schoolYear.start, 'fuzzy')
      return schoolYear
    }
    const start = components(context, { year: from, certain: true, relative: false })
    const end = components(context, { year: to, certain: true, relative: false })
    // "2017-2020年" spells out both ends: a range. A 年度 is a named period.
    return makeResult(context, index, match[0], start, end, 'multi-year', /学年|年度/.test(match[0]) ? 'period' : 'range')
  },
}

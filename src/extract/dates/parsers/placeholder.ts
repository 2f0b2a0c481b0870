/**
 * Template placeholders: 20xx年 · 20XX年10月2日 · X月X日 · x月xx日 · XX年 · 20__年__月1日~__月5日.
 * They are reported (a reader sees a date) but never resolved.
 */
import type { Parser } from 'chrono-node'
import { setFlag } from '../meta.js'
import { PLACEHOLDER, RANGE_SEP } from '../patterns.js'
import { components, documentYear, makeResult } from './shared.js'

const NUM = `(?:${PLACEHOLDER}{1,4}|\\d{1,2})`
const YEAR_PART = `(?:\\d{3}${PLACEHOLDER}|\\d{2}${PLACEHOLDER}{2}|${PLACEHOLDER}{2,4}|\\d{4})\\s{0,2}年+`
const MONTH_DAY = `${NUM}\\s{0,2}月(?:份)?(?:\\s{0,2}${NUM}\\s{0,2}[日号])?(?:底|初|末|上旬|中旬|下旬)?`
const ONE = `(?:${YEAR_PART}\\s{0,2}(?:${MONTH_DAY})?|${MONTH_DAY})`
const PATTERN = new RegExp(`(?<![\\d\\w])${ONE}(?:\\s{0,2}${RANGE_SEP}\\s{0,2}${ONE})?`)
const HAS_PLACEHOLDER = new RegExp(`${PLACEHOLDER}`)
const YEAR_HEAD = new RegExp(`^${YEAR_PART}`)
const RANGE_TEST = new RegExp(RANGE_SEP)

/** Parses dates whose numbers are template placeholders. */
export const placeholderParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const text = match[0].trimEnd()
    if (!HAS_PLACEHOLDER.test(text)) return null
    const year = { year: documentYear(context), certain: false, relative: false }
    const grain = /[日号]/.test(text) ? 'day' : /月/.test(text) ? 'month' : 'year'
    // "20xx年10月2日" is a real day whose year the template left blank: a date, unresolved.
    // Only when the month and day are placeholders too is it a bare placeholder.
    const afterYear = text.replace(YEAR_HEAD, '')
    const realDay = /\d\s{0,2}[月日号]/.test(afterYear)
    const kind = !realDay ? 'placeholder' : RANGE_TEST.test(afterYear) ? 'range' : 'date'
    const result = makeResult(context, match.index ?? 0, text, components(context, year), undefined, grain, kind)
    setFlag(result.start, 'unresolved')
    return result
  },
}

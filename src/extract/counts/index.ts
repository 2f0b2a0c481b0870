/**
 * Count extraction: number + unit + qualifier + what is counted (31000余份科普资料 → 31000 份,
 * over, 科普资料). Matching runs on `fold(text)`; text and offsets refer to the caller's string.
 */
import type { Count } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { clauseStart, rejectReason } from './filters.js'
import { matchCandidates } from './match.js'
import { findObject } from './object.js'

export { parseChineseNumber, parseNumber } from './numerals.js'

/**
 * Finds the counts stated in a text, in order of appearance.
 * @example extractCounts('发放科普资料31000余份') // [{ text: '31000余份', value: 31000, unit: '份', qualifier: 'over', object: '科普资料', … }]
 */
export function extractCounts(text: string): Count[] {
  const folded = fold(text)
  const counts: Count[] = []
  for (const c of matchCandidates(folded)) {
    if (rejectReason(folded, c)) continue
    const object = c.unit === '%' ? undefined : findObject(text, folded, c.unit, {
            clauseStart: clauseStart(folded, c.start),
            start: c.start,
            end: c.end,
          })
    counts.push({
      text: text.slice(c.start, c.end),
      offset: c.start,
      value: c.value,
      ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
      unit: c.unit,
      qualifier: c.qualifier,
      ...(object ? { object } : {}),
    })
  }
  return counts
}

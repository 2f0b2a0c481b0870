/**
 * Count extraction: number + unit + qualifier + what is counted (31000余份科普资料 → 31000 份,
 * over, 科普资料). Matching runs on `fold(text)`; text, offsets and units refer to the caller's
 * string (a unit is reported as written: 項, 美元), except the units `UNIT_NAMES` renames
 * (个月 → 月, 万元 → 元).
 */
import type { Count } from '../../schema.js'
import { UNIT_NAMES, type CountUnit } from '../../lexicon/units.js'
import { fold } from '../../text/fold.js'
import { clauseStart, rejectReason } from './filters.js'
import { matchCandidates, type CountCandidate } from './match.js'
import { findObject } from './object.js'

export { parseChineseNumber, parseNumber } from './numerals.js'

function unitName(text: string, folded: string, c: CountCandidate): string {
  const per = c.per ?? ''
  const renamed = UNIT_NAMES[c.unit as CountUnit]
  if (renamed) return renamed + per
  const written = text.slice(c.unitStart, c.unitEnd)
  return (folded.slice(c.unitStart, c.unitEnd) === c.unit ? written : c.unit) + per
}

/**
 * Finds the counts stated in a text, in order of appearance.
 * @example extractCounts('发放科普资料31000余份') // [{ text: '31000余份', value: 31000, unit: '份', qualifier: 'over', object: '科普资料', … }]
 */
export function extractCounts(text: string): Count[] {
  const folded = fold(text)
  const counts: Count[] = []
  for (const c of matchCandidates(folded)) {
    if (rejectReason(folded, c)) continue
    const object = findObject(text, folded, c.unit, { clauseStart: clauseStart(folded, c.start), start: c.start, end: c.end })
    counts.push({
      text: text.slice(c.start, c.end),
      offset: c.start,
      value: c.value,
      ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
      unit: unitName(text, folded, c),
      qualifier: c.qualifier,
      ...(object ? { object } : {}),
    })
  }
  return counts
}

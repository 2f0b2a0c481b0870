/**
 * docsift's Chinese date engine: chrono's zh (simplified) casual configuration, cloned and
 * extended with our parsers and refiners. Kept from chrono: the time-of-day parser and the
 * date+time merge. Dropped: its zh date parser and ISO parser (replaced by ours), the casual/weekday/
 * deadline/ago parsers (今天, 周一, 3天内, 5天前 are relative to a clock we never use) and its
 * range refiner (ours covers more separators).
 */
import * as chrono from 'chrono-node'
import { chineseDateParser } from './parsers/chineseDate.js'
import { holidayParser } from './parsers/holiday.js'
import { monthRangeParser } from './parsers/monthRange.js'
import { numericDateParser } from './parsers/numericDate.js'
import { periodParser } from './parsers/period.js'
import { placeholderParser } from './parsers/placeholder.js'
import { yearParser } from './parsers/year.js'
import { cuesRefiner } from './refiners/cues.js'
import { noiseRefiner } from './refiners/noise.js'
import { partOfDayRefiner } from './refiners/partOfDay.js'
import { rangeRefiner } from './refiners/range.js'
import { titleYearRefiner } from './refiners/titleYear.js'

const KEPT_PARSERS = new Set(['ZHHansTimeExpressionParser'])
const DROPPED_REFINERS = new Set(['ZHHansMergeDateRangeRefiner', 'ForwardDateRefiner'])

function build(): chrono.Chrono {
  const engine = chrono.zh.hans.casual.clone()
  // Ours come first so that they win ties in chrono's overlap removal (longest, then first).
  engine.parsers = [
    placeholderParser,
    monthRangeParser,
    holidayParser,
    periodParser,
    numericDateParser,
    chineseDateParser,
    yearParser,
    ...engine.parsers.filter((parser) => KEPT_PARSERS.has(parser.constructor.name)),
  ]
  const refiners = engine.refiners.filter((refiner) => !DROPPED_REFINERS.has(refiner.constructor.name))
  // After chrono's date+time merge (so 14时00分 is already part of its day), before its final overlap pass.
  const at = refiners.findIndex((refiner) => refiner.constructor.name === 'ZHHansMergeDateTimeRefiner') + 1
  refiners.splice(at, 0, partOfDayRefiner, rangeRefiner, cuesRefiner, noiseRefiner, titleYearRefiner)
  engine.refiners = refiners
  return engine
}

/** The configured chrono instance; parse folded text with a reference date in the document year. */
export const datesChrono: chrono.Chrono = build()

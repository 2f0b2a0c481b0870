/**
 * docsift's Chinese date engine: chrono's zh (simplified) casual configuration, cloned, with its
 * parsers and refiners replaced by ours, chosen by reference (imported), never by class name (a
 * minified bundle renames classes, and picking chrono's parsers by `constructor.name` lost its clock
 * parser there). Chrono's zh parsers are all replaced: its date parser implies the day from the clock;
 * its casual, weekday and ago parsers resolve 今天 / 周一 / 5天前 even when only a year is known; its
 * clock parser reads a day word from its own reference and backtracks over long numeral runs
 * (一二三… scans the rest of the line at every character). Ours read the same clock forms
 * (`parsers/clock.ts`). Chrono still provides the engine, the parsing context and the result model.
 */
import type * as chrono from 'chrono-node'
// The zh (simplified) locale alone: the package's root loads every locale (about 120 ms more at start-up).
import { casual as zhCasual } from 'chrono-node/zh/hans'
import { chineseDateParser } from './parsers/chineseDate.js'
import { clockParser } from './parsers/clock.js'
import { eraParser } from './parsers/era.js'
import { holidayParser, holidayReferenceParser } from './parsers/holiday.js'
import { lunarParser } from './parsers/lunar.js'
import { minguoParser } from './parsers/minguo.js'
import { monthRangeParser } from './parsers/monthRange.js'
import { numericDateParser } from './parsers/numericDate.js'
import { periodParser } from './parsers/period.js'
import { placeholderParser } from './parsers/placeholder.js'
import { relativeDayParser } from './parsers/relativeDay.js'
import { relativeMonthParser } from './parsers/relativeMonth.js'
import { relativeWeekParser } from './parsers/relativeWeek.js'
import { semesterParser } from './parsers/semester.js'
import { yearParser } from './parsers/year.js'
import { cuesRefiner } from './refiners/cues.js'
import { dateTimeRefiner } from './refiners/dateTime.js'
import { holidayPairRefiner } from './refiners/holidayPair.js'
import { noiseRefiner } from './refiners/noise.js'
import { overlapRefiner } from './refiners/overlap.js'
import { partOfDayRefiner } from './refiners/partOfDay.js'
import { rangeRefiner } from './refiners/range.js'
import { weekdayRefiner } from './refiners/weekday.js'

/** Our parsers, in tie-breaking order (the overlap refiner keeps the longest, then the first). */
export const PARSERS: readonly chrono.Parser[] = [
  placeholderParser,
  monthRangeParser,
  holidayParser,
  holidayReferenceParser,
  lunarParser,
  semesterParser,
  periodParser,
  eraParser,
  numericDateParser,
  minguoParser,
  chineseDateParser,
  yearParser,
  relativeMonthParser,
  relativeWeekParser,
  relativeDayParser,
  clockParser,
]

/** Our refiners, in order: one reading per span, then joins, then cues, then drops. */
export const REFINERS: readonly chrono.Refiner[] = [
  overlapRefiner,
  weekdayRefiner,
  dateTimeRefiner,
  partOfDayRefiner,
  rangeRefiner,
  holidayPairRefiner,
  cuesRefiner,
  noiseRefiner,
]

function build(): chrono.Chrono {
  const engine = zhCasual.clone()
  engine.parsers = [...PARSERS]
  engine.refiners = [...REFINERS]
  return engine
}

/** The configured chrono instance; parse folded text with `frameOption(frame)` as the option. */
export const datesChrono: chrono.Chrono = build()

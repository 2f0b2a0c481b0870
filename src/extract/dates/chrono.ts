/**
 * docsift's Chinese date engine: chrono's zh (simplified) casual configuration, cloned, with our
 * parsers and refiners. Every parser and refiner is chosen by reference, never by class name (a
 * minified bundle renames classes): ours are imported, and the one parser kept from chrono, its
 * clock-time parser, is recognised by what it reads. Chrono's other zh parsers are replaced (its
 * date parser implies the day from the clock; its casual, weekday and ago parsers resolve 今天 /
 * 周一 / 5天前 even when only a year is known) and so are its refiners (ours merge ranges, times
 * and weekdays the way our results need).
 */
import * as chrono from 'chrono-node'
import { chineseDateParser } from './parsers/chineseDate.js'
import { clockParser } from './parsers/clock.js'
import { eraParser } from './parsers/era.js'
import { holidayParser, holidayReferenceParser } from './parsers/holiday.js'
import { lunarParser } from './parsers/lunar.js'
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

// A clock time only chrono's zh time-expression parser reads whole, with no day.
const PROBE = '下午3点30分'

/** Chrono's zh clock-time parser, found by what it does (its class name does not survive minifying). */
export function borrowedTimeParser(): chrono.Parser | undefined {
  const reference = new Date(2000, 0, 1, 12)
  return chrono.zh.hans.casual.parsers.find((parser) => {
    const [result, more] = new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(PROBE, reference)
    return (
      result !== undefined &&
      more === undefined &&
      result.text === PROBE &&
      result.start.get('hour') === 15 &&
      result.start.get('minute') === 30 &&
      !result.start.isCertain('day')
    )
  })
}

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
  const engine = chrono.zh.hans.casual.clone()
  const borrowed = borrowedTimeParser()
  engine.parsers = borrowed ? [...PARSERS, borrowed] : [...PARSERS]
  engine.refiners = [...REFINERS]
  return engine
}

/** The configured chrono instance; parse folded text with `frameOption(frame)` as the option. */
export const datesChrono: chrono.Chrono = build()

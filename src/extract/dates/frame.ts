/**
 * What the date engine knows about a text while chrono parses it: the document year (for dates
 * written without one) and the reference instant (for 今天, 上周三, 3天前). Chrono hands its parse
 * option to every parser as `context.option`, so the frame travels there.
 */
import type { ParsingContext, ParsingOption } from 'chrono-node'
import type { Day } from './calendar.js'
import type { Wall } from './reference.js'

/** The document year and the full reference instant, each null when unknown. */
export interface DateFrame {
  year: number | null
  instant: Wall | null
  /** The text is a page of several lines (where a line holding only a numeric date is the page's stamp). */
  multiLine?: boolean
}

interface FrameOption extends ParsingOption {
  docsift: DateFrame
}

const UNKNOWN: DateFrame = { year: null, instant: null }

/** The chrono parse option carrying the frame. */
export function frameOption(frame: DateFrame): ParsingOption {
  const option: FrameOption = { docsift: frame }
  return option
}

function isFrameOption(option: ParsingOption): option is FrameOption {
  return 'docsift' in option
}

/** The frame of the text being parsed (unknown year and instant outside `extractDates`). */
export function frameOf(context: ParsingContext): DateFrame {
  return isFrameOption(context.option) ? context.option.docsift : UNKNOWN
}

/** The reference day, or null when no full instant is known. */
export function referenceDay(context: ParsingContext): Day | null {
  const instant = frameOf(context).instant
  return instant ? { year: instant.year, month: instant.month, day: instant.day } : null
}

// Any year works when the document year is unknown: the converter never reports an implied one then.
const STAND_IN_YEAR = 2000

/** The date chrono is given: the instant when known, else noon on 1 January of the document year. */
export function chronoReference(frame: DateFrame): Date {
  const i = frame.instant
  if (i) return new Date(i.year, i.month - 1, i.day, i.hour, i.minute, i.second)
  return new Date(frame.year ?? STAND_IN_YEAR, 0, 1, 12)
}

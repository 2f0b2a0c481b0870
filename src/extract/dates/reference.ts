/**
 * The moment a text counts its relative expressions from (今天, 上周三, 3天前): the caller's
 * `referenceDate`, or else the date the page states for itself (a publication or upload date in the
 * HTML metadata, a 发布时间:2023-01-17 line). A reference may be a full instant or a year alone; only
 * a full instant resolves relative days. Wall-clock fields are read as written, never shifted to
 * another time zone: the page's 今天 is the day printed on the page.
 */

/** A wall-clock moment (month 1-12). */
export interface Wall {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** What relative expressions count from: a year always, a full instant when one is known. */
export interface Reference {
  year: number
  /** The full instant, or null when only the year is known (relative days then stay unresolved). */
  instant: Wall | null
}

const ISO = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?/
const YEAR_ONLY = /^\s*\d{4}\s*$/

function valid(w: Wall): boolean {
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second))
  return (
    probe.getUTCFullYear() === w.year &&
    probe.getUTCMonth() === w.month - 1 &&
    probe.getUTCDate() === w.day &&
    w.hour < 24 &&
    w.minute < 60 &&
    w.second < 60
  )
}

/** Reads `YYYY-MM-DD[ HH:mm[:ss]]` (or with / and .) as written; null when it is not a valid date. */
export function readWall(text: string): Wall | null {
  const m = ISO.exec(text)
  if (!m || m[2] === undefined || m[3] === undefined) return null
  const wall: Wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  }
  return valid(wall) ? wall : null
}

/**
 * The caller's `referenceDate`: a Date (read in the machine's local time), an ISO date with or
 * without a time, or a year alone. Null when it is none of these.
 */
export function readReference(value: Date | string): Reference | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    const instant = {
      year: value.getFullYear(),
      month: value.getMonth() + 1,
      day: value.getDate(),
      hour: value.getHours(),
      minute: value.getMinutes(),
      second: value.getSeconds(),
    }
    return { year: instant.year, instant }
  }
  if (YEAR_ONLY.test(value)) return { year: Number(value.trim()), instant: null }
  const wall = readWall(value)
  if (wall) return { year: wall.year, instant: wall }
  // Anything else Date understands (RFC 2822, a year-month) still gives a year, never a made-up day.
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : { year: parsed.getUTCFullYear(), instant: null }
}

// A page's own date: a label, then the date (发布时间:2023-01-17 10:20 · 发布日期：2020年12月31日).
const DATE_AFTER_LABEL = '\\s{0,3}[:：]?\\s{0,3}(\\d{4})\\s{0,2}[-/.年]\\s{0,2}(\\d{1,2})\\s{0,2}[-/.月]\\s{0,2}(\\d{1,2})日?(?:\\s{1,3}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?'
// In a line the cleaner removed as page metadata any date label will do (时间:2021-08-31); in the
// document's own text only a publishing label, since 活动时间:5月15日 dates an event.
const METADATA_DATE = new RegExp(`(?:时间|時間|日期|于|於)${DATE_AFTER_LABEL}`)
const TEXT_DATE = new RegExp(`(?:发布|發布|发表|發表|上传|上傳|更新)(?:时间|時間|日期|于|於)${DATE_AFTER_LABEL}`)
// Summaries are published in the year they cover or early the next; a page date further off is an upload stamp.
const MAX_YEARS_AFTER = 1

function firstDate(lines: readonly string[], pattern: RegExp): Wall | null {
  for (const line of lines) {
    const m = pattern.exec(line)
    if (!m) continue
    const wall: Wall = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
    }
    if (valid(wall)) return wall
  }
  return null
}

/** The page's own date: from lines removed as metadata, else a 发布时间 line left in the text. */
export function pageDateIn(metadataLines: readonly string[], textLines: readonly string[]): Wall | null {
  return firstDate(metadataLines, METADATA_DATE) ?? firstDate(textLines, TEXT_DATE)
}

/**
 * The page's date as a reference for a document about `documentYear`: kept when the document year is
 * unknown or the page is dated that year or the next (a 2017 summary uploaded in 2024 would otherwise
 * make its 今天 a day of 2024).
 */
export function pageReference(date: Wall | null, documentYear: number | null): Reference | null {
  if (!date) return null
  if (documentYear !== null && (date.year < documentYear || date.year > documentYear + MAX_YEARS_AFTER)) return null
  return { year: date.year, instant: date }
}

/** What a page says about its own date: its metadata and the lines the cleaner removed as metadata. */
export interface PageFacts {
  /** The HTML metadata's upload or publication date (`source.uploadDate`), if any. */
  metaDate: string | null
  /** Text of removals of kind `metadata` (发布时间:2023-01-17 …). */
  metadataLines: readonly string[]
  /** The document text, for a 发布时间 line the cleaner kept. */
  text: string
}

/** The page's own date: HTML metadata first, then a removed metadata line, then a 发布时间 line in the text. */
export function pageDate(facts: PageFacts): Wall | null {
  const meta = facts.metaDate ? readWall(facts.metaDate) : null
  return meta ?? pageDateIn(facts.metadataLines, facts.text.split('\n'))
}

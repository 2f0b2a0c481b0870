/**
 * `--fields`/`-p` and `--format csv`: what of each printed object is kept, and its CSV row.
 * A field is a dotted path into the object (`id`, `fields.year`, `fields.period.start`); arrays
 * and objects in a CSV cell are written as JSON.
 */

/** Columns of `--format csv` without `--fields`: the flat facts of each kind of printed object. */
export const CSV_COLUMNS = {
  /** A JSONL / batch record. */
  record: ['id', 'title', 'flags.empty', 'flags.truncated', 'fields.genre', 'fields.year', 'fields.period.start', 'fields.period.end', 'error.code', 'error.message'],
  /** A CleanResult (one document, clean). */
  clean: ['title', 'flags.empty', 'flags.truncated', 'flags.compilation', 'source.site', 'source.charset'],
  /** A WorkSummary (one document, extract). */
  summary: ['title', 'genre', 'year', 'period.start', 'period.end', 'period.text', 'theme.text'],
  /** A SiftResult (one document, sift). */
  sift: ['clean.title', 'summary.genre', 'summary.year', 'summary.period.start', 'summary.period.end', 'summary.theme.text'],
} as const

// A cell a spreadsheet would run as a formula (CSV injection): written with a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** Parses `--fields id,fields.year`: dotted names, no empty segment. */
export function parseFieldList(value: string): string[] {
  const fields = value.split(',').map((field) => field.trim()).filter(Boolean)
  for (const field of fields) {
    if (field.split('.').some((segment) => segment === '')) throw new Error(`bad field "${field}": use dotted names such as fields.year`)
  }
  return fields
}

/** The value at a dotted path, or undefined. Own properties only: `__proto__` and friends read nothing. */
export function valueAt(object: unknown, path: string): unknown {
  let current: unknown = object
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

/** A copy of `object` holding only the given paths (nested as in the original); absent paths are left out. */
export function pick(object: unknown, paths: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const path of paths) {
    const value = valueAt(object, path)
    if (value === undefined) continue
    const segments = path.split('.')
    let target = out
    for (const segment of segments.slice(0, -1)) {
      const next = Object.prototype.hasOwnProperty.call(target, segment) ? target[segment] : undefined
      if (typeof next !== 'object' || next === null) {
        const fresh: Record<string, unknown> = {}
        Object.defineProperty(target, segment, { value: fresh, enumerable: true, writable: true, configurable: true })
        target = fresh
      } else target = next as Record<string, unknown>
    }
    Object.defineProperty(target, segments[segments.length - 1]!, { value, enumerable: true, writable: true, configurable: true })
  }
  return out
}

/** One CSV line (RFC 4180, no trailing newline). */
export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',')
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return ''
  let text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Turns whatever a batch is fed (a JSONL line, a parsed object) into a task with a known id.
 * Bad input becomes a `fault` task, so it still yields its own error record in order.
 */
import { InputRecord, RecordId, type ErrorCode } from '../schema.js'

/**
 * A record as handed to a worker: the id is always known, bytes may replace text. `path` is a
 * `{"path"}` record (read only under the run's allowed directory); `file` is a file the user
 * named on the command line.
 */
export type Task =
  | { id: RecordId; kind: 'text'; text: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'html'; html: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'path'; path: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'file'; path: string }
  | { id: RecordId; kind: 'bytes'; bytes: Uint8Array; name?: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'fault'; code: ErrorCode; message: string }

const MAX_ISSUE_CHARS = 200
const UTF8_BOM = '\ufeff'

// Tasks made here carry this mark. A plain object that merely looks like a task (parsed from
// untrusted JSON, say `{"kind":"file","path":"/etc/passwd"}`) has no symbol key, so it is read
// as an input record and validated; object spread keeps the mark, structured cloning drops it.
const MADE_HERE: unique symbol = Symbol('docsift.task')

/** Marks a task as made by docsift itself. */
export function makeTask<T extends Task>(task: T): T {
  return Object.assign(task, { [MADE_HERE]: true })
}

/** Parses one JSONL line; the line number stands in for a missing or unreadable id. */
export function taskFromLine(line: string, lineNumber: number): Task {
  let value: unknown
  // A UTF-8 byte-order mark opens some JSONL files: it belongs to the file, not to the first record.
  const text = lineNumber === 1 && line.startsWith(UTF8_BOM) ? line.slice(1) : line
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return makeTask({ id: lineNumber, kind: 'fault', code: 'BAD_RECORD', message: `line ${lineNumber} is not JSON: ${detail}` })
  }
  return taskFromRecord(value, lineNumber)
}

/** Passes a task made here through, or validates a record given from code; `fallbackId` names it when it has no id. */
export function taskFromValue(value: unknown, fallbackId: RecordId): Task {
  return isTask(value) ? value : taskFromRecord(value, fallbackId)
}

/** Validates a parsed JSONL record; `fallbackId` names it when it has no id. */
export function taskFromRecord(value: unknown, fallbackId: RecordId): Task {
  const id = readId(value) ?? fallbackId
  const parsed = InputRecord.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]?.message ?? 'invalid record'
    return makeTask({
      id,
      kind: 'fault',
      code: 'BAD_RECORD',
      message: `record ${String(id)} needs a string "text", "html" or "path": ${issue.slice(0, MAX_ISSUE_CHARS)}`,
    })
  }
  const record = parsed.data
  const meta = {
    ...(record.url === undefined ? {} : { url: record.url }),
    ...(record.contentType === undefined ? {} : { contentType: record.contentType }),
    ...(record.charset === undefined ? {} : { charset: record.charset }),
  }
  if ('text' in record) return makeTask({ id, kind: 'text', text: record.text, ...meta })
  if ('html' in record) return makeTask({ id, kind: 'html', html: record.html, ...meta })
  return makeTask({ id, kind: 'path', path: record.path, ...meta })
}

function readId(value: unknown): RecordId | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined
  const parsed = RecordId.safeParse(value.id)
  return parsed.success ? parsed.data : undefined
}

function isTask(value: unknown): value is Task {
  return typeof value === 'object' && value !== null && (value as { [MADE_HERE]?: boolean })[MADE_HERE] === true
}

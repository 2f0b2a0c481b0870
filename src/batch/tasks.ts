/**
 * Turns whatever a batch is fed (a JSONL line, a parsed object) into a task with a known id.
 * Bad input becomes a `fault` task, so it still yields its own error record in order.
 */
import { InputRecord, RecordId, type Task } from '../cli/records.js'

const MAX_ISSUE_CHARS = 200

/** Parses one JSONL line; the line number stands in for a missing or unreadable id. */
export function taskFromLine(line: string, lineNumber: number): Task {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { id: lineNumber, kind: 'fault', code: 'BAD_RECORD', message: `line ${lineNumber} is not JSON: ${detail}` }
  }
  return taskFromRecord(value, lineNumber)
}

/** Passes a ready task through, or validates a record given from code; `fallbackId` names it when it has no id. */
export function taskFromValue(value: unknown, fallbackId: RecordId): Task {
  return isTask(value) ? value : taskFromRecord(value, fallbackId)
}

/** Validates a parsed JSONL record; `fallbackId` names it when it has no id. */
export function taskFromRecord(value: unknown, fallbackId: RecordId): Task {
  const id = readId(value) ?? fallbackId
  const parsed = InputRecord.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]?.message ?? 'invalid record'
    return {
      id,
      kind: 'fault',
      code: 'BAD_RECORD',
      message: `record ${String(id)} needs a string "text", "html" or "path": ${issue.slice(0, MAX_ISSUE_CHARS)}`,
    }
  }
  const record = parsed.data
  const meta = {
    ...(record.url === undefined ? {} : { url: record.url }),
    ...(record.contentType === undefined ? {} : { contentType: record.contentType }),
    ...(record.charset === undefined ? {} : { charset: record.charset }),
  }
  if ('text' in record) return { id, kind: 'text', text: record.text, ...meta }
  if ('html' in record) return { id, kind: 'html', html: record.html, ...meta }
  return { id, kind: 'path', path: record.path, ...meta }
}

function readId(value: unknown): RecordId | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined
  const parsed = RecordId.safeParse(value.id)
  return parsed.success ? parsed.data : undefined
}

const TASK_KINDS = new Set(['text', 'html', 'path', 'bytes', 'fault'])

function isTask(value: unknown): value is Task {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    typeof value.kind === 'string' &&
    TASK_KINDS.has(value.kind) &&
    (value.kind !== 'fault' || ('code' in value && 'message' in value)) &&
    'id' in value &&
    RecordId.safeParse(value.id).success
  )
}

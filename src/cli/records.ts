/**
 * Batch record types: the JSONL schemas themselves are in src/schema.ts (the one definition of
 * inputs and outputs); the worker task shape is internal to the batch code.
 */
import type { ErrorCode, ErrorRecord, OutputRecord, RecordId } from '../schema.js'

export { ErrorRecord, HtmlRecord, InputRecord, OutputRecord, PathRecord, RecordId, ResultRecord, TextRecord } from '../schema.js'

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

/** Narrows an output record to the error case. */
export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record
}

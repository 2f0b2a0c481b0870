/**
 * JSONL record schemas of batch runs: what a line in may hold and what a line out holds.
 * They live here, not in src/schema.ts, until the lead decides where batch records belong.
 */
import { z } from 'zod'
import { CleanFlags, ErrorCode, Removal, SourceMeta, WorkSummary } from '../schema.js'

/** A record id: the caller's string or number, or the 1-based line number when it gave none. */
export const RecordId = z.union([z.string(), z.number()])
export type RecordId = z.infer<typeof RecordId>

const Common = {
  id: RecordId.optional(),
  url: z.string().optional(),
  contentType: z.string().optional(),
  charset: z.string().optional(),
}

/** A plain-text record: `{"id","text"}`. */
export const TextRecord = z.object({ ...Common, text: z.string() })
/** An HTML record: `{"id","html","url"?,"contentType"?}`. */
export const HtmlRecord = z.object({ ...Common, html: z.string() })
/** A record pointing at a file to read: `{"id","path"}`. */
export const PathRecord = z.object({ ...Common, path: z.string().min(1) })

/** One JSONL input line, in any of its three shapes. */
export const InputRecord = z.union([TextRecord, HtmlRecord, PathRecord])
export type InputRecord = z.infer<typeof InputRecord>

/** A record as handed to a worker: the id is always known, bytes may replace text. */
export type Task =
  | { id: RecordId; kind: 'text'; text: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'html'; html: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'path'; path: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'bytes'; bytes: Uint8Array; name?: string; url?: string; contentType?: string; charset?: string }
  | { id: RecordId; kind: 'fault'; code: ErrorCode; message: string }

/** A failed record: the run goes on and this line stands in for it. */
export const ErrorRecord = z.object({
  id: RecordId,
  error: z.object({ code: ErrorCode, message: z.string() }),
})
export type ErrorRecord = z.infer<typeof ErrorRecord>

/** A successful record: cleaned text, what was removed and why, flags, and fields for extract/sift. */
export const ResultRecord = z.object({
  id: RecordId,
  title: z.string().nullable(),
  text: z.string(),
  /** The normalized input removal offsets refer to (only with `--keep-input`, and always for the report). */
  input: z.string().optional(),
  removed: z.array(Removal),
  flags: CleanFlags,
  source: SourceMeta,
  /** The main WorkSummary (extract and sift). */
  fields: WorkSummary.optional(),
  /** One WorkSummary per document of a compilation page (sift). */
  documents: z.array(WorkSummary).optional(),
  /** The whole result rendered for display (file mode of the CLI: text, JSON or Markdown). */
  rendered: z.string().optional(),
})
export type ResultRecord = z.infer<typeof ResultRecord>

/** One JSONL output line. */
export const OutputRecord = z.union([ResultRecord, ErrorRecord])
export type OutputRecord = z.infer<typeof OutputRecord>

/** Narrows an output record to the error case. */
export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record
}

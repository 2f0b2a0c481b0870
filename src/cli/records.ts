/**
 * The batch record types the CLI reads and writes: the JSONL schemas are in src/schema.ts (the one
 * definition of inputs and outputs), the worker task shape in src/batch/tasks.ts.
 */
export { ErrorRecord, HtmlRecord, InputRecord, OutputRecord, PathRecord, RecordId, ResultRecord, TextRecord } from '../schema.js'
export type { Task } from '../batch/tasks.js'

import type { ErrorCode } from './schema.js'

/**
 * An input fault (bad options, binary bytes, over a limit…). Batch runs turn it into an error
 * record `{ id, error: { code, message } }`, never a lost line.
 * @example
 * try { clean('\u0000\u0001') } catch (e) { if (e instanceof DocsiftError) console.log(e.code) }
 */
export class DocsiftError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DocsiftError'
    this.code = code
  }
}

/** What a failed zod parse says first, as "path: message" (`what` stands for an empty path). */
export function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, what = 'value'): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.map(String).join('.') || what}: ${issue.message}` : `${what}: invalid`
}

// Node's system errors carry an errno-style code (ENOENT, EACCES, ENAMETOOLONG, ENOSPC…).
const SYSTEM_ERROR = /^E[A-Z0-9]{2,}$/

/** True for an error from the operating system (a file that cannot be read or written). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && SYSTEM_ERROR.test(error.code) && 'syscall' in error
}

/** Turns anything thrown into `{ code, message }` for an error record; file-system faults are `IO_ERROR`. */
export function toErrorRecord(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof DocsiftError) return { code: error.code, message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  return { code: isSystemError(error) ? 'IO_ERROR' : 'INTERNAL', message }
}

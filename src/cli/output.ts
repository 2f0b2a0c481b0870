/**
 * Where results go: stdout (a failed write ends the run with one line, not a stack trace) or
 * one file per record under `--out DIR`, with names that stay inside DIR, never collide and
 * never land on an input.
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Writable } from 'node:stream'
import { isSystemError } from '../errors.js'
import { write } from './jsonl.js'
import { printable } from './printable.js'

/** The run cannot write its output at all (stdout closed or full, `--out` unwritable): exit 74. */
export class OutputError extends Error {
  override name = 'OutputError'
}

/** Writes to stdout and remembers the first error the stream reports, so the run can stop on it. */
export class StdoutWriter {
  private failure: Error | undefined
  constructor(private readonly stream: Writable) {
    stream.on('error', (error: Error) => {
      this.failure ??= error
    })
  }

  /** Writes a chunk (with back-pressure); throws OutputError once the stream has failed. */
  async write(chunk: string): Promise<void> {
    this.check()
    try {
      await write(this.stream, chunk)
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error))
    }
    this.check()
  }

  /** Lets a pending write error surface (file streams report it on the next tick), then checks. */
  async settle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve))
    this.check()
  }

  private check(): void {
    if (this.failure) throw new OutputError(`cannot write to stdout: ${this.failure.message}`)
  }
}

// Disk-level faults: every later write would fail the same way, so the run stops.
const FATAL_WRITE = new Set(['ENOSPC', 'EROFS', 'EDQUOT', 'EIO'])
const FILE_NAME_BYTES = 255
// Characters no file system takes in a name (and % itself) are %XX-encoded (UTF-8), so ids map to
// names one to one: "a/b" → a%2Fb, "a_b" → a_b, "a\u0000b" → a%00b.
const NAME_UNSAFE = /^[\u0000-\u001f\u007f-\u009f/\\:*?"<>|%\u2028\u2029\u202a-\u202e\u2066-\u2069]$/

/** Encodes a record id as one file name: reversible, never empty, never hidden or a path. */
export function encodeName(id: string): string {
  let out = ''
  for (const ch of id) out += NAME_UNSAFE.test(ch) ? percent(ch) : ch
  // "", "." and ".." are not names; a leading dot would hide the file.
  if (out === '') return '%'
  return out.startsWith('.') ? `%2E${out.slice(1)}` : out
}

function percent(ch: string): string {
  return [...Buffer.from(ch, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/** A relative output path made safe: every segment encoded, `..` and empty segments dropped. */
export function safeRelative(path: string): string {
  const segments = path
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map(encodeName)
  return segments.length > 0 ? segments.join('/') : '%'
}

/** One file per record under `--out DIR`. */
export class OutDir {
  readonly root: string
  private readonly taken = new Set<string>()
  private readonly inputs: Set<string>

  /** Creates DIR; `inputs` are files the run reads, which an output must never replace. */
  constructor(dir: string, private readonly stderr: NodeJS.WritableStream) {
    try {
      mkdirSync(dir, { recursive: true })
      this.root = realpathSync(dir)
    } catch (error) {
      throw new OutputError(`cannot create --out ${dir}: ${error instanceof Error ? error.message : String(error)}`)
    }
    this.inputs = new Set()
  }

  /** Notes an input file, so no output is written over it. */
  addInput(path: string): void {
    try {
      this.inputs.add(realpathSync(path))
    } catch {
      this.inputs.add(resolve(path))
    }
  }

  /**
   * Writes `body` at `name` under DIR; `name` is a relative path made by `encodeName` or
   * `safeRelative`. A taken name gets a `~2`, `~3`… suffix, said on stderr. Returns an error
   * message for this record when the write fails; throws OutputError when no later write could
   * succeed either (disk full, read-only).
   */
  write(name: string, body: string): string | undefined {
    const target = this.claim(name)
    const inside = relative(this.root, target)
    if (inside === '' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return `refused to write ${printable(target)}: outside --out`
    if (this.inputs.has(target)) return `refused to write ${printable(target)}: it is an input of this run`
    if (Buffer.byteLength(target.split(sep).pop() ?? '') > FILE_NAME_BYTES) return `cannot write ${printable(target)}: file name over ${FILE_NAME_BYTES} bytes`
    try {
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, body.endsWith('\n') ? body : `${body}\n`)
      return undefined
    } catch (error) {
      if (isSystemError(error) && FATAL_WRITE.has(error.code ?? '')) throw new OutputError(`cannot write to --out ${this.root}: ${error.message}`)
      return `cannot write ${printable(target)}: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  /** The first free variant of a name (case-insensitively: some file systems fold case). */
  private claim(name: string): string {
    const dot = name.lastIndexOf('.')
    const slash = name.lastIndexOf('/')
    const [stem, ext] = dot > slash + 1 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
    let candidate = name
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem}~${n}${ext}`
    if (candidate !== name) this.stderr.write(`docsift: ${printable(name)} is taken in --out; writing ${printable(candidate)}\n`)
    this.taken.add(candidate.toLowerCase())
    return join(this.root, candidate)
  }
}

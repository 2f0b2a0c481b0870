/**
 * JSONL in and out with bounded memory: lines are cut from the byte stream as it is pulled,
 * an overlong line is skipped (keeping only its head, to name its id), and writes wait for drain.
 */
import type { Writable } from 'node:stream'

/** One line of input: its text, 1-based number, and whether it was cut for being over the limit. */
export interface Line {
  text: string
  number: number
  /** The line was longer than the limit; `text` holds only its head. */
  overflow: boolean
  bytes: number
}

const NEWLINE = 0x0a
const HEAD_BYTES = 4096
const BLANK = /^\s*$/
const TRAILING_CR = /\r$/
// Reads the id off the head of an overlong line without parsing the rest; bounded, no backtracking.
const LEADING_ID = /^\s{0,16}\{\s{0,16}"id"\s{0,16}:\s{0,16}("(?:[^"\\]|\\.){0,256}"|-?\d{1,20})/

/** Splits a byte stream into non-blank lines; a line over `maxLineBytes` is reported, not kept. */
export async function* readLines(source: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let length = 0
  let overflow = false
  let number = 0
  const finish = (): Line | undefined => {
    number++
    const text = Buffer.concat(parts).toString('utf8').replace(TRAILING_CR, '')
    const line: Line = { text, number, overflow, bytes: length }
    parts = []
    length = 0
    overflow = false
    return !line.overflow && BLANK.test(text) ? undefined : line
  }
  const append = (chunk: Buffer): void => {
    length += chunk.length
    if (overflow) return
    if (length > maxLineBytes) {
      overflow = true
      parts = [Buffer.concat([...parts, chunk]).subarray(0, HEAD_BYTES)]
      return
    }
    parts.push(chunk)
  }
  for await (const raw of source) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
    let at = chunk.indexOf(NEWLINE)
    while (at !== -1) {
      append(chunk.subarray(0, at))
      const line = finish()
      if (line) yield line
      chunk = chunk.subarray(at + 1)
      at = chunk.indexOf(NEWLINE)
    }
    if (chunk.length > 0) append(Buffer.from(chunk))
  }
  if (length > 0 || parts.length > 0) {
    const line = finish()
    if (line) yield line
  }
}

/** Reads the record id from the head of an overlong line, if it starts with one. */
export function leadingId(head: string): string | number | undefined {
  const match = LEADING_ID.exec(head)
  const raw = match?.[1]
  if (raw === undefined) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return typeof value === 'string' || typeof value === 'number' ? value : undefined
  } catch {
    return undefined
  }
}

/** Writes one chunk and waits for drain when the stream's buffer is full (back-pressure). */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk)) return
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off('drain', done)
      stream.off('error', done)
      if (error) reject(error)
      else resolve()
    }
    stream.once('drain', done)
    stream.once('error', done)
  })
}

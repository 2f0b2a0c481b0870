/**
 * `siftStream`: a Node Transform (object mode) from records to results, also async-iterable.
 * One result per record, in order; at most `window` records in flight, and the write side
 * stalls while the read side is full, so memory stays bounded under a slow consumer.
 */
import { StringDecoder } from 'node:string_decoder'
import { Transform, type TransformCallback } from 'node:stream'
import { parseOptions } from '../clean/index.js'
import { SiftStreamOptions, type InputRecord, type OutputRecord } from '../schema.js'
import { createPool, type Pool } from './pool.js'
import { makeTask, taskFromLine, taskFromValue, type Task } from './tasks.js'

const DEFAULT_MAX_BYTES = 25 * 1024 * 1024

interface Slot {
  done: boolean
  result?: OutputRecord
}

/**
 * Creates a record → result transform. Objects are records; strings and Buffers are JSONL text,
 * split at newlines wherever the chunks happen to end (a file stream piped in works), and a
 * string that is one whole JSON object counts as a line of its own.
 * @example
 * for await (const out of Readable.from(records).pipe(siftStream({ workers: 2 }))) console.log(out.id)
 * createReadStream('in.jsonl').pipe(siftStream()) // JSONL straight from a file
 */
export function siftStream(options: SiftStreamOptions = {}): Transform {
  const { pool: shared, window: windowOption, ...poolOptions } = parseOptions(SiftStreamOptions, options)
  const ownPool = shared === undefined
  // In-process by default (cheap); a deadline needs a worker thread, so asking for one starts one.
  const pool = (shared as Pool | undefined) ?? createPool({ ...poolOptions, workers: poolOptions.workers ?? (poolOptions.timeoutMs ? 1 : 0) })
  const window = windowOption ?? Math.max(pool.workers, 1) * 4
  const slots: Slot[] = []
  const decoder = new StringDecoder('utf8')
  // JSON escaping can grow a document six-fold: a longer line cannot be a valid record, and is not kept.
  const maxLine = (poolOptions.options?.maxBytes ?? DEFAULT_MAX_BYTES) * 6 + 64 * 1024
  let pending = ''
  let skipping = false
  let count = 0
  let waiting: TransformCallback | undefined
  let flushed: TransformCallback | undefined

  function submit(task: Task): void {
    const slot: Slot = { done: false }
    slots.push(slot)
    void pool.run(task).then((result) => {
      slot.done = true
      slot.result = result
      release()
    })
  }

  /** Every complete line of the text read so far becomes a task; `end` also takes the unfinished one. */
  function takeLines(text: string, end: boolean): void {
    pending += text
    let at = pending.indexOf('\n')
    while (at !== -1) {
      if (skipping) skipping = false
      else line(pending.slice(0, at))
      pending = pending.slice(at + 1)
      at = pending.indexOf('\n')
    }
    if (!skipping && pending.length > maxLine) {
      submit(makeTask({ id: ++count, kind: 'fault', code: 'TOO_LARGE', message: `line ${count} is over ${maxLine} characters, the limit` }))
      skipping = true
    }
    if (skipping) pending = ''
    if (end) {
      if (pending !== '') line(pending)
      pending = ''
      skipping = false
    }
  }

  function line(text: string): void {
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text
    // Blank lines are no records (the CLI skips them too); the count stays one per record.
    if (trimmed.trim() === '') return
    submit(taskFromLine(trimmed, ++count))
  }

  const stream = new Transform({
    objectMode: true,
    highWaterMark: window,
    transform(chunk: unknown, _encoding, callback) {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) {
        const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
        takeLines(text, typeof chunk === 'string' && pending === '' && isWholeObject(text))
      } else {
        // A record object ends any unfinished text line before it.
        takeLines(decoder.end(), true)
        submit(taskFromValue(chunk as InputRecord, ++count))
      }
      // Ask for the next chunk only while the window has room.
      if (slots.length < window) callback()
      else waiting = callback
    },
    flush(callback) {
      takeLines(decoder.end(), true)
      flushed = callback
      release()
    },
    destroy(error, callback) {
      if (ownPool) void pool.close()
      callback(error)
    },
  })

  function release(): void {
    while (slots[0]?.done) {
      const slot = slots.shift() as Slot
      stream.push(slot.result)
    }
    if (waiting && slots.length < window) {
      const callback = waiting
      waiting = undefined
      callback()
    }
    if (flushed && slots.length === 0) {
      const callback = flushed
      flushed = undefined
      const end = (): void => callback()
      if (ownPool) void pool.close().then(end, end)
      else end()
    }
  }

  return stream
}

// One JSONL line written as one string chunk, without its newline: complete as it stands. (A
// prefix of a longer line is never a whole JSON object, so file chunks are not mistaken for it.)
function isWholeObject(text: string): boolean {
  const body = text.trim()
  if (!body.startsWith('{') || !body.endsWith('}') || body.includes('\n')) return false
  try {
    const value: unknown = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body)
    return typeof value === 'object' && value !== null
  } catch {
    return false
  }
}

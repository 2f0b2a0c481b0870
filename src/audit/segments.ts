/**
 * Splits a document's normalized input into kept and removed runs, so removals can be shown
 * in place. Overlapping removals (a span inside a removed block) show under the first that
 * covers them; offsets past the end are clipped rather than trusted.
 */
import type { Removal } from '../schema.js'

/** A run of the input: kept text, or text removed by one removal. */
export type Segment = { text: string; removal?: Removal; index?: number }

/** Cuts `input` into ordered segments along the removals' offsets. */
export function segmentInput(input: string, removed: readonly Removal[]): Segment[] {
  const order = removed
    .map((removal, index) => ({ removal, index }))
    .sort((a, b) => a.removal.offset - b.removal.offset || b.removal.length - a.removal.length)
  const segments: Segment[] = []
  let cursor = 0
  for (const { removal, index } of order) {
    const start = Math.min(Math.max(removal.offset, cursor), input.length)
    const end = Math.min(removal.offset + removal.length, input.length)
    if (end <= start) continue
    if (start > cursor) segments.push({ text: input.slice(cursor, start) })
    segments.push({ text: input.slice(start, end), removal, index })
    cursor = end
  }
  if (cursor < input.length) segments.push({ text: input.slice(cursor) })
  return segments
}

/**
 * Sorted spans with overlap and containment queries in O(log n + k), so merging list items,
 * series and prose clauses stays linear-ish on a long page instead of quadratic.
 */

interface Span {
  readonly offset: number
  readonly text: string
}

/** Index of the last value ≤ x in an ascending array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! <= x) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

export class SpanIndex {
  private readonly spans: Span[]
  private readonly starts: number[]
  private readonly maxLength: number

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.offset - b.offset)
    this.starts = this.spans.map((s) => s.offset)
    this.maxLength = this.spans.reduce((m, s) => Math.max(m, s.text.length), 0)
  }

  /** Spans starting in [from, to), in order. */
  private *startingIn(from: number, to: number): Generator<Span> {
    for (let i = lastAtOrBefore(this.starts, to - 1); i >= 0 && this.starts[i]! >= from; i--) yield this.spans[i]!
  }

  /** True when some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (const s of this.startingIn(start - this.maxLength, end)) if (s.offset + s.text.length > start) return true
    return false
  }

  /** True when some span contains the position. */
  contains(position: number): boolean {
    for (const s of this.startingIn(position - this.maxLength, position + 1)) if (position < s.offset + s.text.length) return true
    return false
  }
}

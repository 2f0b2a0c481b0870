/**
 * Text that remembers where each character came from in the normalized input, so spans cut
 * from a rejoined or already-trimmed block still report input offsets.
 */

interface Segment {
  /** Start in this text. */
  at: number
  /** Start in the input. */
  src: number
  len: number
}

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly segs: readonly Segment[],
  ) {}

  /** A piece of the input starting at `src`. */
  static of(text: string, src: number): MappedText {
    return new MappedText(text, text ? [{ at: 0, src, len: text.length }] : [])
  }

  /** Concatenation (hard-wrap rejoining): no characters are added between the parts. */
  concat(other: MappedText): MappedText {
    const shift = this.text.length
    return new MappedText(this.text + other.text, [...this.segs, ...other.segs.map((s) => ({ ...s, at: s.at + shift }))])
  }

  /** Input offset of character `i` (or of the end, for i = length). */
  source(i: number): number {
    let lo = 0
    let hi = this.segs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = this.segs[mid]!
      if (i < s.at) hi = mid - 1
      else if (i >= s.at + s.len) lo = mid + 1
      else return s.src + (i - s.at)
    }
    const last = this.segs[this.segs.length - 1]
    return last ? last.src + last.len : 0
  }

  /** The contiguous input pieces of [start, end): a span may straddle an earlier cut. */
  pieces(start: number, end: number): { src: number; text: string }[] {
    const out: { src: number; text: string }[] = []
    for (const seg of this.segs) {
      const a = Math.max(start, seg.at)
      const b = Math.min(end, seg.at + seg.len)
      if (a < b) out.push({ src: seg.src + (a - seg.at), text: this.text.slice(a, b) })
    }
    return out
  }

  /** The piece [start, end), still mapped to the input. */
  slice(start: number, end: number): MappedText {
    return this.remove([[0, start], [end, this.text.length]].filter(([a, b]) => b! > a!) as [number, number][])
  }

  /** Removes [start, end) ranges (sorted, non-overlapping), keeping the mapping of the rest. */
  remove(spans: readonly (readonly [number, number])[]): MappedText {
    const keep: [number, number][] = []
    let at = 0
    for (const [s, e] of spans) {
      if (s > at) keep.push([at, s])
      at = Math.max(at, e)
    }
    if (at < this.text.length) keep.push([at, this.text.length])
    let text = ''
    const segs: Segment[] = []
    // Both lists are sorted: walk them together.
    let k = 0
    for (const seg of this.segs) {
      const segEnd = seg.at + seg.len
      while (k < keep.length && keep[k]![1] <= seg.at) k++
      for (let j = k; j < keep.length && keep[j]![0] < segEnd; j++) {
        const a = Math.max(keep[j]![0], seg.at)
        const b = Math.min(keep[j]![1], segEnd)
        if (a < b) {
          segs.push({ at: text.length, src: seg.src + (a - seg.at), len: b - a })
          text += this.text.slice(a, b)
        }
      }
    }
    return new MappedText(text, segs)
  }
}

/** Sorts and merges overlapping [start, end) spans. */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [s, e] of sorted) {
    const last = out[out.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

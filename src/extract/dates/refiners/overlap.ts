/**
 * One reading per stretch of text: where parsers read overlapping text, the longest reading wins,
 * then the one found first (parsers run in the order `chrono.ts` lists them).
 */
import type { ParsingResult, Refiner } from 'chrono-node'

const endOf = (r: ParsingResult): number => r.index + r.text.length
const overlaps = (a: ParsingResult, b: ParsingResult): boolean => a.index < endOf(b) && b.index < endOf(a)

/** Keeps the longest of overlapping readings. */
export const overlapRefiner: Refiner = {
  refine(_context, results) {
    const out: ParsingResult[] = []
    for (const result of results) {
      const last = out[out.length - 1]
      if (!last || !overlaps(last, result)) {
        out.push(result)
        continue
      }
      if (result.text.length > last.text.length) out[out.length - 1] = result
    }
    return out
  },
}

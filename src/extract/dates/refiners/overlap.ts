/**
 * One reading per stretch of text. Where our parsers and the parser borrowed from chrono read
 * overlapping text, ours win (chrono's time parser reads 今天下午5点 as one clock time and would
 * hide the relative day); among ours the longest reading wins, then the one found first.
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import { grainOf } from '../meta.js'

// Every result of ours carries a grain tag (makeResult); the borrowed parser's results carry none.
const isOurs = (result: ParsingResult): boolean => grainOf(result) !== undefined

const endOf = (r: ParsingResult): number => r.index + r.text.length
const overlaps = (a: ParsingResult, b: ParsingResult): boolean => a.index < endOf(b) && b.index < endOf(a)

/** Removes borrowed results that overlap ours, then overlapping results, keeping the longest. */
export const overlapRefiner: Refiner = {
  refine(_context, results) {
    const ours = results.filter(isOurs)
    const kept = results.filter((r) => isOurs(r) || !ours.some((o) => overlaps(o, r)))
    const out: ParsingResult[] = []
    for (const result of kept) {
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

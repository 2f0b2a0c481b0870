/**
 * One reading per stretch of text. The clock parser borrowed from chrono reads a time with its day
 * word (今天下午5点) from chrono's own reference, so its readings that name a day are dropped: ours
 * read the day word relative to the reference instant. Where it reads more of a clock time than ours
 * (9:00 AM), its reading wins; elsewhere ours do. Among ours the longest reading wins, then the one
 * found first.
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import { grainOf } from '../meta.js'

// Every result of ours carries a grain tag (makeResult); the borrowed parser's results carry none.
const isOurs = (result: ParsingResult): boolean => grainOf(result) !== undefined

const endOf = (r: ParsingResult): number => r.index + r.text.length
const overlaps = (a: ParsingResult, b: ParsingResult): boolean => a.index < endOf(b) && b.index < endOf(a)
const contains = (a: ParsingResult, b: ParsingResult): boolean => a.index <= b.index && endOf(a) >= endOf(b) && a.text.length > b.text.length

/** Keeps one reading per span: borrowed clock times only where they read more than ours. */
export const overlapRefiner: Refiner = {
  refine(_context, results) {
    const ours = results.filter(isOurs)
    const borrowed = results.filter((r) => !isOurs(r) && !r.start.isCertain('day'))
    const kept = results.filter((r) => {
      if (isOurs(r)) return !borrowed.some((b) => contains(b, r) && !r.start.isCertain('day'))
      if (!borrowed.includes(r)) return false
      return ours.every((o) => !overlaps(o, r) || (contains(r, o) && !o.start.isCertain('day')))
    })
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

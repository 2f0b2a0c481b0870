/**
 * 5月15日上午 is one expression: chrono splits it (and its casual parser dates a bare 上午 to
 * the reference day), so a day followed by a part-of-day word absorbs the word.
 */
import type { Refiner } from 'chrono-node'

const PART_OF_DAY = /^\s{0,2}(上午|下午|中午|晚上|早上|早晨|傍晚|凌晨|夜间|晚间)/

/** Extends a day result over a following 上午/下午/晚上… */
export const partOfDayRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      if (!result.start.isCertain('day') || result.start.isCertain('hour') || result.end) continue
      const after = context.text.slice(result.index + result.text.length)
      const found = PART_OF_DAY.exec(after)
      if (found) result.text += found[0]
    }
    return results
  },
}

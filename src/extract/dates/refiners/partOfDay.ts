/**
 * 5月15日上午 · 大年三十晚 is one expression: a day followed by a part-of-day word absorbs the word
 * (a clock time after it is the date+time refiner's).
 */
import type { Refiner } from 'chrono-node'

const PART_OF_DAY = /^\s{0,2}(上午|下午|中午|晚上|早上|早晨|傍晚|凌晨|夜间|晚间|夜里|夜晚|清晨|白天|朝早|晏昼|下昼|晚(?![会宴餐饭报霞])|夜(?![校班间]))/

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

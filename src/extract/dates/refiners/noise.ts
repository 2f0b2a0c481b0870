/**
 * Drops what looks like a date but is not one here: a bare hour (三点建议 reads as a list of
 * points, 3点 as a score) unless it is written with minutes (3时30分, 9:00, 3点半) or a part of day,
 * and page timestamps with seconds.
 */
import type { Refiner } from 'chrono-node'

const TIME_SHAPE = /\d\s{0,2}:\s{0,2}\d|分|点半|时半|上午|下午|中午|晚上|早上|凌晨|傍晚/
// Upload and edit stamps of the hosting page (2025-05-05 15:35:57) carry seconds; summaries never do.
const TIMESTAMP = /\d{1,2}:\d{2}:\d{2}/

/** Removes hour-only time results without minutes or 上午/下午, and page timestamps. */
export const noiseRefiner: Refiner = {
  refine(_context, results) {
    return results.filter((result) => {
      if (TIMESTAMP.test(result.text)) return false
      const timeOnly = result.start.isCertain('hour') && !result.start.isCertain('day') && !result.start.isCertain('month')
      if (!timeOnly) return true
      return TIME_SHAPE.test(result.text)
    })
  },
}

/**
 * Drops what looks like a date but is not one here: a bare hour (三点建议 reads as a list of
 * points, 3点 as a score) unless it is written with minutes (3时30分, 9:00, 3点半) or a part of day,
 * and the hosting page's own stamps (上传时间:2025-05-05 15:35:57), which date the upload, not the
 * document.
 */
import type { Refiner } from 'chrono-node'
import { frameOf } from '../frame.js'

const TIME_SHAPE = /\d\s{0,2}:\s{0,2}\d|分|点半|时半|刻|上午|下午|中午|晚上|早上|凌晨|傍晚|晚|早|夜/
// A page-metadata label right before the date (the line the cleaner would drop as metadata).
const STAMP_LABEL = /(?:上传|发布|发表|更新|浏览|下载|生成|归档|打印|创建|编辑|修改|录入|收录)(?:时间|日期|于)\s{0,2}[:]?\s{0,2}$|(?:^|\s)(?:时间|日期)\s{0,2}:\s{0,2}$/
// A numeric date opening a line with a clock to the second (2025-05-28 23:01:10), or with nothing
// after it (2024-05-19), is the page's stamp: documents date things in words or inside a sentence.
const LINE_STAMP = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}:\d{2})?$/
const HAN = /[\u3400-\u9fff]/

function isStamp(line: string, index: number, text: string, multiLine: boolean): boolean {
  if (STAMP_LABEL.test(line.slice(Math.max(0, index - 8), index)) && /\d{4}/.test(text)) return true
  // A text of one line is no page: its numeric date is what the caller asks about.
  if (!multiLine || line.slice(0, index).trim() !== '' || !LINE_STAMP.test(text)) return false
  return /:\d{2}:\d{2}$/.test(text) || !HAN.test(line.slice(index + text.length))
}

/** Removes hour-only time results without minutes or 上午/下午, and page stamps. */
export const noiseRefiner: Refiner = {
  refine(context, results) {
    return results.filter((result) => {
      if (isStamp(context.text, result.index, result.text, frameOf(context).multiLine === true)) return false
      const timeOnly = result.start.isCertain('hour') && !result.start.isCertain('day') && !result.start.isCertain('month')
      if (!timeOnly) return true
      return TIME_SHAPE.test(result.text)
    })
  },
}

/**
 * Words around a date that change what it means: 截至/截止 (an as-of day), 每年/每月/每周/每逢 (a
 * recurring date, never resolved), 以来 (a period open at the end), 前 after a day (2024年7月31日前:
 * a deadline, kept as that day).
 */
import type { Refiner } from 'chrono-node'
import { setFlag, setKind } from '../meta.js'

const AS_OF = /(截至|截止到|截止|截至到)\s{0,2}$/
// 到2024年底 / 到6月末: "by the end of", an as-of day; 到2025年 stays the year.
const BY_END = /(到|至)\s{0,2}$/
const END_WORD = /[底末]$/
const RECURRING = /(每年的|每年|每月的|每月|每个月的|每个月|每周的|每周|每逢|每季度的|每季度|每个季度|每)\s{0,1}$/
const SINCE = /^\s{0,2}(?:以来|来)(?![源自])/
const DEADLINE = /^前(?![后夕期三两一二四五六七八九十\d])/

/** Applies as-of, recurring, since and deadline cues and widens the result over the cue words. */
export const cuesRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const before = context.text.slice(Math.max(0, result.index - 5), result.index)
      const after = context.text.slice(result.index + result.text.length)
      const asOf = AS_OF.exec(before) ?? (END_WORD.test(result.text) && !result.end ? BY_END.exec(before) : null)
      const recurring = RECURRING.exec(before)
      if (asOf) {
        setKind(result.start, 'asof')
        result.index -= asOf[0].length
        result.text = asOf[0] + result.text
      } else if (recurring) {
        setKind(result.start, 'recurring')
        setFlag(result.start, 'unresolved')
        result.index -= recurring[0].length
        result.text = recurring[0] + result.text
      }
      const since = SINCE.exec(after)
      if (since && !asOf && !result.end && !/来$/.test(result.text)) {
        setKind(result.start, 'period')
        setFlag(result.start, 'openEnd')
        result.text += since[0]
      } else if (!asOf && !result.end && result.start.isCertain('day') && DEADLINE.test(after)) {
        result.text += '前'
      }
    }
    return results
  },
}

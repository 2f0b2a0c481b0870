/**
 * Words around a date that change what it means: 截至/截止 (an as-of day), 每年(的) (a
 * recurring date, never resolved), 以来 (a period open at the end).
 */
import type { Refiner } from 'chrono-node'
import { setFlag, setKind } from '../meta.js'

const AS_OF = /(截至|截止到|截止|截至到)\s{0,2}$/
const RECURRING = /(每年的|每年|每月的|每月)\s{0,1}$/
const SINCE = /^\s{0,2}以来/

/** Applies as-of, recurring and since cues and widens the result over the cue words. */
export const cuesRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const before = context.text.slice(Math.max(0, result.index - 5), result.index)
      const after = context.text.slice(result.index + result.text.length)
      const asOf = AS_OF.exec(before)
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
      if (since && !asOf && !result.end) {
        setKind(result.start, 'period')
        setFlag(result.start, 'openEnd')
        result.text += since[0]
      }
    }
    return results
  },
}

/**
 * A year or period that opens a document name (2020年精准扶贫工作计划, 2021年上半年某乡政府工作总结)
 * is the document year, not a date in a sentence: it is dropped when the unpunctuated run after it
 * ends in a genre word and the year opens a line or a quoted name.
 */
import type { Refiner } from 'chrono-node'
import { grainOf } from '../meta.js'

const YEARISH = new Set(['year', 'half-year', 'quarter'])
// The rest of a title: no clause punctuation, bounded, ending in what the document is.
const TITLE_REST = /^[^,.;:!?。、\n"“”]{0,30}?(?:工作总结|总结|工作计划|计划|汇报|报告|述职|方案)/

const NAME_OPENER = /[\n《“"「:]/

/** Drops year-grain mentions that are part of a document name. */
export const titleYearRefiner: Refiner = {
  refine(context, results) {
    return results.filter((result) => {
      const grain = grainOf(result)
      if (!grain || !YEARISH.has(grain) || result.end?.isCertain('day')) return true
      // Names open a line or stand in quotes; "根据我镇2017-2020年脱贫计划" is a span in a sentence.
      const before = context.text.slice(Math.max(0, result.index - 1), result.index)
      if (before !== '' && !NAME_OPENER.test(before)) return true
      return !TITLE_REST.test(context.text.slice(result.index + result.text.length))
    })
  },
}

/**
 * A run of deeds listed with 、 ("开展专题培训、组织学习宣传、制定实施细则") is that many activities, each
 * with its own verb and object. A run whose later parts open with no verb ("开展扶贫济困、尊老敬老、帮孤
 * 助残等服务活动") is one activity over examples, and stays whole.
 */
import type { Activity } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { topLevelMarks } from './clause-shapes.js'
import { activityAt } from './name.js'
import { namesDeed } from './prose.js'

// A part shorter than this names no deed of its own (a verb and a two-character object).
const PART_MIN = 4

/** Pieces of `text` between top-level 、 (outside quotes and brackets), with their offsets. */
function enumerationParts(text: string): { text: string; offset: number }[] {
  const starts = [0, ...topLevelMarks(fold(text), (ch) => ch === '、').map((at) => at + 1)]
  return starts.map((start, k) => ({ text: text.slice(start, (starts[k + 1] ?? text.length + 1) - 1), offset: start }))
}

/** The activity split into the deeds its text lists with 、, or the activity itself when it lists none. */
export function splitDeedSeries(activity: Activity): Activity[] {
  const parts = enumerationParts(activity.text)
  if (parts.length < 2 || parts.some((p) => p.text.trim().length < PART_MIN || !namesDeed(p.text.trim()))) return [activity]
  return parts.map((p) => activityAt(p.text.trim(), activity.offset + p.offset + (p.text.length - p.text.trimStart().length), activity.marker, activity.index))
}

/**
 * A run of deeds listed with 、 ("开展专题培训、组织学习宣传、制定实施细则") is that many activities, each
 * with its own verb and object. A run whose later parts open with no verb ("开展扶贫济困、尊老敬老、帮孤
 * 助残等服务活动") is one activity over examples, and stays whole.
 */
import type { Activity } from '../../schema.js'
import { MIN_DEED, topLevelParts } from './clause-shapes.js'
import { activityAt } from './name.js'
import { namesDeed } from './prose.js'


/** The activity split into the deeds its text lists with 、, or the activity itself when it lists none. */
export function splitDeedSeries(activity: Activity): Activity[] {
  const parts = topLevelParts(activity.text, (ch) => ch === '、')
  if (parts.length < 2 || parts.some((p) => p.text.trim().length < MIN_DEED || !namesDeed(p.text.trim()))) return [activity]
  return parts.map((p) => activityAt(p.text.trim(), activity.offset + p.offset + (p.text.length - p.text.trimStart().length), activity.marker, activity.index))
}

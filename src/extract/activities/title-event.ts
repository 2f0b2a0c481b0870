/**
 * The event an activity summary is named after ("校园防踩踏应急疏散演练总结" → the drill), for a
 * document whose body enumerates nothing: the event itself is then its one activity.
 */
import type { Activity } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { wordAlternation } from '../../text/pattern.js'
import { activityAt } from './name.js'
import { EVENT_NOUNS } from './vocabulary.js'

/** "…演练总结", "…活动小结", "…比赛情况汇报": the part before the report word names the event. */
const REPORT_SUFFIX = /(?:工作)?(?:情况)?(?:总结|小结|汇报)(?:报告)?$/
const ENDS_WITH_EVENT = new RegExp(`(?:${wordAlternation(EVENT_NOUNS)})$`)
const MIN_EVENT = 4

/**
 * The title's event as an activity (offset where the title stands in `text`), or undefined when the title names no event.
 * @example titleEvent('校园防踩踏应急疏散演练总结', text)?.text // '校园防踩踏应急疏散演练'
 */
export function titleEvent(title: string | null, text: string): Activity | undefined {
  if (!title) return undefined
  const folded = fold(title)
  const suffix = REPORT_SUFFIX.exec(folded)
  if (!suffix) return undefined
  const event = folded.slice(0, suffix.index)
  const at = text.indexOf(title)
  if (at < 0 || event.length < MIN_EVENT || !ENDS_WITH_EVENT.test(event)) return undefined
  return activityAt(title.slice(0, event.length), at)
}

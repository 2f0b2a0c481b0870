/**
 * Events listed inside one sentence: "先后开展了“好书推荐卡”制作、课本剧表演和读书征文比赛等活动",
 * "活动有踢毽子、集体跳绳、两人三足等", "设置了拔河、跳绳等比赛项目". Each listed name is an
 * activity of its own, in place of the clause that lists them.
 */
import type { Activity } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { wordAlternation } from '../../text/pattern.js'
import { activityAt } from './name.js'
import { EVENT_VERBS, LIST_INTRODUCERS } from './vocabulary.js'

/** The verb or introducer, then at least three names joined by 、 (the last maybe by 和/及), then 等 + a collective noun. */
const LISTED = new RegExp(
  `(?:${wordAlternation([...EVENT_VERBS, '设置', ...LIST_INTRODUCERS])})了?[:]?` +
    `((?:[^、,。;:!?\\n]{2,16}、){1,11}[^、,。;:!?\\n]{2,16}?)(?:等|在内的)(?:[\\u4e00-\\u9fff]{0,6}?)(?:活动|项目|节目|比赛|赛事|形式|内容)`,
  'g',
)
const LAST_JOINER = /(?:和|及|以及|与)/
const MIN_ITEMS = 3
const MAX_ITEM = 16

/** Activities named in a list, with their offsets into `text`. */
export function listedEvents(text: string): Activity[] {
  const folded = fold(text)
  return [...folded.matchAll(LISTED)].flatMap((m) => {
    const list = m[1]!
    const at = m.index + m[0].indexOf(list)
    const pieces = splitLast(list.split('、'))
    if (pieces.length < MIN_ITEMS || pieces.some((p) => p.length < 2 || p.length > MAX_ITEM)) return []
    let offset = at
    return pieces.map((piece, i) => {
      const start = folded.indexOf(piece, offset)
      offset = start + piece.length
      return activityAt(text.slice(start, start + piece.length), start, null, i + 1)
    })
  })
}

/** "课本剧表演、亲子共读打卡和读书征文比赛": the last piece holds two names joined by 和. */
function splitLast(pieces: string[]): string[] {
  const last = pieces[pieces.length - 1]!
  const m = LAST_JOINER.exec(last)
  if (!m || m.index < 2 || last.length - m.index - m[0].length < 2) return pieces
  return [...pieces.slice(0, -1), last.slice(0, m.index), last.slice(m.index + m[0].length)]
}

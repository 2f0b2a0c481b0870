/**
 * Events listed inside one sentence: "先后开展了“好书推荐卡”制作、课本剧表演和读书征文比赛等活动",
 * "活动有踢毽子、集体跳绳、两人三足等", "设置了拔河、跳绳等比赛项目". Each listed name is an
 * activity of its own, in place of the clause that lists them.
 */
import type { Activity } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { wordAlternation } from '../../text/pattern.js'
import { topLevelParts } from './clause-shapes.js'
import { activityAt } from './name.js'
import { EVENT_NAME_ENDINGS, EVENT_VERBS, EXAMPLE_OPENINGS, LIST_INTRODUCERS } from './vocabulary.js'

/** The number of listed names before their collective noun ("四个", "5项"). */
const COUNTED = '(?:[一二三四五六七八九十两]|\\d{1,2})[个项场类]'
/**
 * The verb or introducer, then at least three names joined by 、 (the last maybe by 和/及), then 等 (or
 * straight away their number: "设有“跳绳”、“踢毽子”、“抢板凳”三个项目") + a collective noun.
 */
const LISTED = new RegExp(
  `(?:${wordAlternation([...EVENT_VERBS, '设置', '参加', '参与', ...LIST_INTRODUCERS])})了?[:]?` +
    `((?:[^、,。;:!?\\n]{2,16}、){1,11}[^、,。;:!?\\n]{2,16}?)(?:等|在内的|(?=${COUNTED}))(?:[\\u4e00-\\u9fff]{0,6}?)(?:活动|项目|节目|比赛|赛事|形式|内容)`,
  'g',
)
/**
 * Examples of what was held, each named as an event ("…文体活动,如春季运动会、中秋联欢会、职工技能竞赛等"):
 * no collective noun follows, so every name must end as an event's does, and two of them suffice.
 */
const EXAMPLES = new RegExp(
  `(?<=^|[,:;(])(?:${wordAlternation([...EXAMPLE_OPENINGS])})[:]?((?:[^、,。;:!?\\n]{2,16}、){1,11}[^、,。;:!?\\n]{2,16}?)等`,
  'g',
)
/** Named items put side by side in title marks ("《心心相通》《你来比划我来猜》等游戏环节"): each title is one. */
const TITLED = /((?:《[^《》\n]{2,14}》、?){2,12})等[\u4e00-\u9fff]{0,6}?(?:活动|项目|节目|比赛|赛事|游戏|环节)/g
const TITLE = /《[^《》]+》/g
const EVENT_NAME = new RegExp(`(?:${wordAlternation([...EVENT_NAME_ENDINGS])})$`)
const MIN_EXAMPLES = 2
const LAST_JOINER = /(?:和|及|以及|与)/
const MIN_ITEMS = 3
const MAX_ITEM = 16

/** Activities named in a list, with their offsets into `text`. */
export function listedEvents(text: string): Activity[] {
  const folded = fold(text)
  const listed = [...folded.matchAll(LISTED)].map((m) => ({ m, min: MIN_ITEMS, pieces: splitLast(listedParts(m[1]!)), named: false }))
  const examples = [...folded.matchAll(EXAMPLES)].map((m) => ({ m, min: MIN_EXAMPLES, pieces: splitLast(listedParts(m[1]!)), named: true }))
  const titled = [...folded.matchAll(TITLED)].map((m) => ({ m, min: MIN_EXAMPLES, pieces: m[1]!.match(TITLE) ?? [], named: false }))
  return [...listed, ...examples, ...titled].sort((a, b) => a.m.index - b.m.index).flatMap(({ m, min, pieces, named }) => {
    const at = m.index + m[0].indexOf(m[1]!)
    if (pieces.length < min || pieces.some((p) => p.length < 2 || p.length > MAX_ITEM || (named && !EVENT_NAME.test(p)))) return []
    let offset = at
    return pieces.map((piece, i) => {
      const start = folded.indexOf(piece, offset)
      offset = start + piece.length
      return activityAt(text.slice(start, start + piece.length), start, null, i + 1)
    })
  })
}

/** The names of a list, split at the 、 outside quotes: a quoted "“A、B”" is one name, not two halves with stray quotes. */
const listedParts = (list: string): string[] => topLevelParts(list, (ch) => ch === '、').map((p) => p.text)

/** "课本剧表演、亲子共读打卡和读书征文比赛": the last piece holds two names joined by 和. */
function splitLast(pieces: string[]): string[] {
  const last = pieces[pieces.length - 1]!
  const m = LAST_JOINER.exec(last)
  if (!m || m.index < 2 || last.length - m.index - m[0].length < 2) return pieces
  return [...pieces.slice(0, -1), last.slice(0, m.index), last.slice(m.index + m[0].length)]
}

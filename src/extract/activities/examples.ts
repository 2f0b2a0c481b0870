/**
 * Named events given as examples of a deed: "开展各类阅读展示项目,如以经典诵读为主题的“诗韵校园”朗诵会".
 * The deed's own object is a category (各类…项目); the quoted names after 如/例如 are the activities.
 */
import { wordAlternation } from '../../text/pattern.js'
import type { Span } from './prose.js'
import { EVENT_VERBS, EXAMPLE_OPENINGS, QUOTED_EVENT_ENDINGS } from './vocabulary.js'

const OPENING = new RegExp(`^(?:${wordAlternation(EXAMPLE_OPENINGS)})`)
const DEED_VERB = new RegExp(wordAlternation(EVENT_VERBS))
/** A quoted name closed by an event noun ("“诗韵校园”朗诵会", "“我爱科学”演讲比赛"). */
const QUOTED_EVENT = new RegExp(`["“][^"”]{2,20}["”](?:[\\u4e00-\\u9fff]{0,4}?)(?:${wordAlternation(QUOTED_EVENT_ENDINGS)})`, 'g')

/**
 * Spans (in `folded`) of the quoted events a clause gives as examples, when the clause before it reports a deed.
 * @example exampleEvents('开展各项竞赛,如“诗韵校园”朗诵会', { start: 0, end: 6 }, { start: 7, end: 17 }) // [{ start: 8, end: 17 }]
 */
export function exampleEvents(folded: string, previous: Span | undefined, clause: Span): Span[] {
  if (!previous) return []
  const body = folded.slice(clause.start, clause.end)
  if (!OPENING.test(body) || !DEED_VERB.test(folded.slice(previous.start, previous.end))) return []
  return [...body.matchAll(QUOTED_EVENT)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }))
}

/**
 * The short head clause of an item: its text up to the first sentence end, colon or line-break
 * space, trimmed of punctuation and capped at a comma so a glued paragraph does not ride along.
 */
import { fold } from '../../text/fold.js'
import { namesDeed } from './prose.js'

const STOP = /[。;!?:]|[^\s]\s+(?=[^\s])/
const LEADING_JUNK = /^[\s、.,:]+/
const TRAILING_JUNK = /[\s,、:;。]+$/
const MAX_HEAD = 40
const COMMA = /[,、]/
const DIGIT = /\d/
const MIN_FIRST_CLAUSE = 4
/** A second clause longer than this is a sentence of its own, not the second half of a parallel head. */
const MAX_PARALLEL = 16

/** Head clause of `text[start, end)`, with its offset into `text`. */
export function headClause(text: string, start: number, end: number): { text: string; offset: number } {
  const raw = text.slice(start, end)
  const folded = fold(raw)
  const lead = LEADING_JUNK.exec(folded)?.[0].length ?? 0
  const rest = folded.slice(lead)
  const stop = STOP.exec(rest)
  // The space alternative consumed one real character before the space.
  let len = stop ? stop.index + (stop[0].length > 1 && /\s/.test(stop[0][1]!) ? 1 : 0) : rest.length
  if (len > MAX_HEAD) len = lastComma(rest, MAX_HEAD) ?? MAX_HEAD
  len = firstDeedClause(rest, len)
  const head = rest.slice(0, len)
  const trimmed = head.replace(TRAILING_JUNK, '')
  return { text: raw.slice(lead, lead + trimmed.length), offset: start + lead }
}

/**
 * "完善网格化管理,全街道共划分网格112个,配备网格员130名": a head whose first clause names a deed and
 * whose next clause reports figures or runs long ends at the first comma. Parallel short clauses
 * ("开发东山景区,打造生态旅游品牌") stay together.
 */
function firstDeedClause(rest: string, len: number): number {
  const comma = rest.slice(0, len).search(COMMA)
  if (comma < MIN_FIRST_CLAUSE || !namesDeed(rest.slice(0, comma))) return len
  const next = rest.slice(comma + 1, len)
  return DIGIT.test(next) || next.split(COMMA)[0]!.length > MAX_PARALLEL ? comma : len
}

function lastComma(s: string, limit: number): number | undefined {
  for (let i = Math.min(limit, s.length - 1); i > 0; i--) if (COMMA.test(s[i]!)) return i
  return undefined
}

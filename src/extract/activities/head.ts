/**
 * The short head clause of an item: its text up to the first sentence end, colon or line-break
 * space, trimmed of punctuation and capped at a comma so a glued paragraph does not ride along.
 */
import { fold } from '../../text/fold.js'

const STOP = /[。;!?:]|[^\s]\s+(?=[^\s])/
const LEADING_JUNK = /^[\s、.,:]+/
const TRAILING_JUNK = /[\s,、:;。]+$/
const MAX_HEAD = 40
const COMMA = /[,、]/

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
  const head = rest.slice(0, len)
  const trimmed = head.replace(TRAILING_JUNK, '')
  return { text: raw.slice(lead, lead + trimmed.length), offset: start + lead }
}

function lastComma(s: string, limit: number): number | undefined {
  for (let i = Math.min(limit, s.length - 1); i > 0; i--) if (COMMA.test(s[i]!)) return i
  return undefined
}

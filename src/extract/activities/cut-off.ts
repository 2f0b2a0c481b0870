/**
 * A page cut off mid-word (a stored copy that stops at a preview's limit): no deed is read from the
 * word the cut split.
 */
import type { Activity } from '../../schema.js'
import { HAN, SENTENCE_END } from '../../text/chars.js'
import { cut } from '../../text/segment.js'
import { MIN_DEED } from './clause-shapes.js'
import { activityAt, TRAILING_PUNCT } from './name.js'

/** A clause mark inside the last line: it is prose, not a heading or a signature. */
const CLAUSE_MARK = /[,，;；。!！?？]/g

/** One Han character: a word jieba leaves alone at a cut-off end is the head of a word the cut split. */
const ONE_HAN = new RegExp(`^${HAN.source}$`)

/**
 * Where the clause a page cut off mid-word stops in begins ("…规范窗口服务,提升办事效" → at 提), or the
 * text's length when the page ends on a whole word. What the page says there was never finished, so
 * no deed is read from it: "提升办事效" is half a deed. A page cut after a whole word ("…组织全员消防演练")
 * may still end on a whole deed, and keeps it.
 */
export function unfinishedClause(text: string): number {
  const body = text.trimEnd()
  const lastLine = body.slice(body.lastIndexOf('\n') + 1)
  const marks = [...lastLine.matchAll(CLAUSE_MARK)]
  if (SENTENCE_END.test(body) || marks.length === 0) return text.length
  const start = body.length - lastLine.length + marks[marks.length - 1]!.index + 1
  const words = cut(body.slice(start))
  return ONE_HAN.test(words[words.length - 1] ?? '') ? start : text.length
}

/** The activity up to the unfinished clause ("开展…评比活动,全面落实各项考核细" → its first clause), or none. */
export function finishedPart(a: Activity, text: string, unfinished: number): Activity[] {
  if (a.offset + a.text.length <= unfinished) return [a]
  const kept = text.slice(a.offset, unfinished).replace(TRAILING_PUNCT, '')
  return kept.length >= MIN_DEED ? [activityAt(kept, a.offset, a.marker, a.index)] : []
}

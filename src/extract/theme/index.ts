/**
 * The stated theme of an event: 主题是:“…” / 以“…”为主题 / 围绕“…”(活动)主题 / “…”这一主题.
 */
import type { Theme } from '../../schema.js'
import { fold } from '../../text/fold.js'

const Q = '["“「『]([^"”」』\\n]{2,40})["”」』]'
/** Each pattern captures the quoted theme in group 1. */
const PATTERNS: readonly RegExp[] = [
  new RegExp(`主题(?:是|为|确定为|定为)?\\s?:?\\s?${Q}`, 'g'),
  new RegExp(`以${Q}为(?:活动)?主题`, 'g'),
  new RegExp(`围绕${Q}(?:这一|的|这个)?(?:活动)?主题`, 'g'),
  new RegExp(`${Q}(?:这一|的)(?:活动)?主题`, 'g'),
]

/**
 * The first theme stated in the text, as the quoted words, or null.
 * @example extractTheme('本次活动的主题是:“创新引领 共享发展”')?.text // '创新引领 共享发展'
 */
export function extractTheme(text: string): Theme | null {
  const folded = fold(text)
  let best: Theme | null = null
  for (const re of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const inner = m[1]!
      const offset = m.index + m[0].indexOf(inner)
      if (!best || offset < best.offset) best = { text: text.slice(offset, offset + inner.length), offset }
      break
    }
  }
  return best
}

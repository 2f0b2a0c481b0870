/**
 * How two short texts (an activity name, an organizer) are judged the same: the matching rule of
 * the field gold, used by the evaluation scripts and by the training of the learned deed scorer,
 * so that what is learned is what is scored.
 */

const WHITESPACE = /\s+/g
const LEADING_MARKER = /^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[\u2460-\u2473])/
const PUNCTUATION = /[\p{P}\p{S}]/gu
/** The perfective 了 after a verb ("召开了三次校长会") is grammar, not content. */
const PERFECTIVE = /了/g
/** Two activity names are the same at this character-bigram Dice or above. */
export const SAME_ACTIVITY_DICE = 0.5

/**
 * A text without whitespace, a leading list marker, punctuation or 了.
 * @example normText('1、召开了 “安全月”会议。') // '召开安全月会议'
 */
export function normText(s: string): string {
  return s.replace(WHITESPACE, '').replace(LEADING_MARKER, '').replace(PUNCTUATION, '').replace(PERFECTIVE, '')
}

/**
 * Character-bigram Dice coefficient of two normalized texts (a one-character text is its own bigram).
 * @example bigramDice('召开会议', '召开大会') // 0.333…
 */
export function bigramDice(a: string, b: string): number {
  const x = grams(a)
  const y = grams(b)
  let shared = 0
  let total = 0
  for (const n of x.values()) total += n
  for (const n of y.values()) total += n
  for (const [k, n] of x) shared += Math.min(n, y.get(k) ?? 0)
  return total === 0 ? 0 : (2 * shared) / total
}

function grams(s: string): Map<string, number> {
  const m = new Map<string, number>()
  const chars = [...s]
  if (chars.length === 1) m.set(s, 1)
  for (let i = 0; i + 1 < chars.length; i++) {
    const k = chars[i]! + chars[i + 1]!
    m.set(k, (m.get(k) ?? 0) + 1)
  }
  return m
}

/**
 * An activity matches when the character-bigram Dice of the normalized names is at least 0.5.
 * @example sameActivity('组织召开防汛工作会议', '召开防汛工作会议') // true
 */
export function sameActivity(pred: string, gold: string): boolean {
  const p = normText(pred)
  const g = normText(gold)
  return p.length > 0 && g.length > 0 && bigramDice(p, g) >= SAME_ACTIVITY_DICE
}

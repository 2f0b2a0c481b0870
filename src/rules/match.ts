/** Small matching helpers shared by rules; all match on folded text. */
import { fold } from '../text/fold.js'

/** True when the folded text contains any of the phrases (phrases are folded too). */
export function hasAny(text: string, phrases: readonly string[]): boolean {
  const t = fold(text)
  return phrases.some((p) => t.includes(fold(p)))
}

/** Extra phrases a caller added for this rule id. */
export function extraPhrases(doc: { phrases: Readonly<Record<string, readonly string[]>> }, id: string): readonly string[] {
  return doc.phrases[id] ?? []
}

/** Builds one regex alternation from literal phrases, escaped. */
export function alternation(phrases: readonly string[]): string {
  return phrases.map((p) => fold(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
}

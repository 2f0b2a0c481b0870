/** Small matching helpers shared by rules; all match on folded text. */
import { fold } from '../text/fold.js'
import { oncePer } from '../text/memo.js'
import { wordAlternation } from '../text/pattern.js'

// Phrase lists are constants: fold each list once into one alternation, not on every call.
// One regex scan of the text is several times faster than one includes() per phrase.
const matcherOf = oncePer((phrases: readonly string[]) => new RegExp(alternation(phrases)))

/** True when the folded text contains any of the phrases (phrases are folded too). */
export function hasAny(text: string, phrases: readonly string[]): boolean {
  return phrases.length > 0 && matcherOf(phrases).test(fold(text))
}

/** Extra phrases a caller added for this rule id. */
export function extraPhrases(doc: { phrases: Readonly<Record<string, readonly string[]>> }, id: string): readonly string[] {
  return doc.phrases[id] ?? []
}

/** One regex alternation of literal phrases, folded like the text they will match. */
export function alternation(phrases: readonly string[]): string {
  return wordAlternation(phrases.map(fold))
}

/** True when the text holds one of the rule's own phrases or one the caller added for it. */
export function hasRulePhrase(text: string, phrases: readonly string[], doc: { phrases: Readonly<Record<string, readonly string[]>> }, id: string): boolean {
  return hasAny(text, phrases) || hasAny(text, extraPhrases(doc, id))
}

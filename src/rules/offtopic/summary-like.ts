/** Whether a document reads as a work summary or plan: its title says so, or its vocabulary does. */
import { GENRE_WORD } from '../../lexicon/genres.js'
import { SUMMARY_WORDS } from '../../lexicon/offtopic.js'
import type { DocFacts } from '../types.js'

const MIN_SUMMARY_WORDS = 6

export function summaryLike(doc: DocFacts, others: string): boolean {
  if (doc.title && GENRE_WORD.test(doc.title)) return true
  return SUMMARY_WORDS.filter((w) => others.includes(w)).length >= MIN_SUMMARY_WORDS
}

/**
 * Training rows for the learned deed scorer: the candidates the prose reader would score on a
 * labelled document, each labelled by whether it names one of the gold activities that the
 * hand-written readers have not already found (so the scorer learns what they miss, and a deed
 * they found is not learned twice).
 */
import type { Block } from '../../schema.js'
import { sameActivity } from '../../text/compare.js'
import type { DeedCandidate } from './deed-features.js'
import type { DeedRow } from './deed-model.js'
import { extractListed } from './index.js'

/** The labelled candidates of one cleaned document against its gold activity names. */
export function deedRows(doc: { text: string; blocks: readonly Block[]; title: string | null }, gold: readonly string[]): DeedRow[] {
  const candidates: { candidate: DeedCandidate; name: string }[] = []
  // While collecting, the scorer picks nothing: what the reading returns is the rules' own finds.
  const found = extractListed(doc.text, doc.blocks, doc.title, { model: null, collect: (candidate, name) => candidates.push({ candidate, name }) })
  const left = [...gold]
  for (const { name } of found.activities) {
    const i = left.findIndex((g) => sameActivity(name, g))
    if (i >= 0) left.splice(i, 1)
  }
  return candidates.map(({ candidate, name }) => ({ verb: candidate.verb, features: candidate.features, deed: left.some((g) => sameActivity(name, g)) }))
}

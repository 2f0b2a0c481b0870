/** Character-bigram overlap, the score used to compare extracted main content with gold text. */

const WHITESPACE = /\s+/g

/** Precision, recall and F1 of one comparison. */
export interface BigramScore {
  precision: number
  recall: number
  f1: number
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(WHITESPACE, '')]
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

function total(counts: Map<string, number>): number {
  let n = 0
  for (const c of counts.values()) n += c
  return n
}

/**
 * Multiset character-bigram F1 of `output` against `gold`, whitespace removed: precision is the
 * share of output bigrams found in the gold, recall the share of gold bigrams found in the output.
 * @example
 * bigramF1('工作总结', '工作总结').f1 // 1
 */
export function bigramF1(output: string, gold: string): BigramScore {
  const out = bigrams(output)
  const ref = bigrams(gold)
  let overlap = 0
  for (const [gram, count] of out) overlap += Math.min(count, ref.get(gram) ?? 0)
  const outTotal = total(out)
  const refTotal = total(ref)
  if (outTotal === 0 && refTotal === 0) return { precision: 1, recall: 1, f1: 1 }
  const precision = outTotal ? overlap / outTotal : 0
  const recall = refTotal ? overlap / refTotal : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

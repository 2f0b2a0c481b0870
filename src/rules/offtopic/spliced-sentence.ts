import { SELF_REFERENCE } from '../../lexicon/offtopic.js'
import { hanRatio, sentences } from '../../text/chars.js'
import { fold } from '../../text/fold.js'
import { shingles } from '../../clean/doc-stats.js'
import type { DocFacts, Rule } from '../types.js'

// Words shorter than this say nothing about the topic.
const MIN_SENTENCE = 16
// A genuine sentence shares most of its character pairs with the rest of its document; on the
// devset, genuine sentences with an odd self-reference share ≥ 0.36, spliced ones ≤ 0.22.
const MAX_SHARED = 0.3
const LEXICAL_MIN = 25
const LEXICAL_REST = 500
const LEXICAL_ONLY = 0.03

function refsOf(text: string): Map<string, number> {
  const m = new Map<string, number>()
  for (const r of fold(text).match(SELF_REFERENCE) ?? []) m.set(r, (m.get(r) ?? 0) + 1)
  return m
}

/** Share of the sentence's character-pair shingles found anywhere else in the document. */
function overlap(sentence: string, doc: DocFacts): number {
  const own = shingles(sentence)
  if (own.size === 0) return 1
  let hit = 0
  for (const [sh, n] of own) if (doc.stats.shingleTotal(sh) > n) hit++
  return hit / own.size
}

export const splicedSentence: Rule = {
  id: 'offtopic/spliced-sentence',
  kind: 'offtopic',
  description: 'A sentence spliced into a paragraph from another document: it speaks as another unit (我院 in a 我县 text) about other things, or shares almost no words with the document',
  scope: 'span',
  test: (block, doc) => {
    const parts = sentences(block.text)
    if (parts.length < 2) return undefined
    const spans: [number, number][] = []
    for (const s of parts) {
      if (s.text.length < MIN_SENTENCE) continue
      const restLength = doc.stats.totalLength - s.text.length
      // Without another voice, only a sentence sharing next to nothing with a long document goes
      // (genuine sentences share 0.05 or more of their character pairs; half the spliced ones < 0.07).
      const prose = hanRatio(s.text) >= 0.7 && doc.stats.hanRatioWithout(s.text) >= 0.6 && doc.stats.summaryLike()
      if (prose && s.text.length >= LEXICAL_MIN && restLength >= LEXICAL_REST && overlap(s.text, doc) < LEXICAL_ONLY) {
        spans.push([s.offset, s.offset + s.text.length])
        continue
      }
      const own = refsOf(s.text)
      if (own.size === 0) continue
      const restRefs = doc.stats.refsExcept(block.index, own)
      // The document's own voice must be established (heard twice) before another one is foreign.
      const heard = [...restRefs.values()].reduce((a, b) => a + b, 0)
      if ([...own.keys()].some((r) => restRefs.has(r)) || heard < 2 || restLength < 200) continue
      // Two signs together: another voice, and words the document does not otherwise use.
      const shared = overlap(s.text, doc)
      if (shared < MAX_SHARED) spans.push([s.offset, s.offset + s.text.length])
    }
    return spans.length ? { reason: 'sentence from another document: it speaks as another unit about other things', spans } : undefined
  },
  examples: {
    context: [
      '为确保全县安全度汛,县防汛指挥部、县水利局、县应急管理局联合部署了汛前检查,我县各乡镇积极响应。',
      '汛期我县共排查水库、山塘等隐患点136处,转移受威胁群众2100余人,储备编织袋5万余条。',
      '通过广播、短信和村村响等形式,宣传了防汛避险知识,群众的防灾意识明显增强。',
      '9月30日,全县汛期工作平稳结束,防汛预案确定的各项任务全部完成,实现了不死人、少损失的目标。',
    ],
    drop: ['6月1日上午,我县在滨江广场举行防汛应急演练。我院急诊科全年收治病人三千余人次,护理质量稳步提升。副县长现场指挥了演练。'],
    keep: ['6月1日上午,我县在滨江广场举行防汛应急演练,副县长现场指挥了演练。各乡镇抢险队参加了演练。'],
  },
}

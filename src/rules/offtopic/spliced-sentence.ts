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
      '为了切实举办好第十届科技活动周,县科技局、县委宣传部、县科协联合举办了科技活动周活动,我县各部门积极参与。',
      '活动周期间,我县共发放科普资料31000余份,举办科技报告会32场,展出科普展板108块,群众反响热烈。',
      '通过送科技下乡、科技宣讲服务团和科技特派员进村入户等形式,宣传了发展生产、保护环境的科技知识。',
      '5月21日,本届科技活动周圆满落下帷幕,科技活动周活动方案预定的各项工作全部完成,实现了预期效果。',
    ],
    drop: ['5月15日上午,我县在滨河广场举行启动仪式。我院急诊科全年收治病人三千余人次,护理质量稳步提升。副县长主持了启动仪式。'],
    keep: ['5月15日上午,我县在滨河广场举行启动仪式,副县长主持了启动仪式。各乡镇代表出席了启动仪式。'],
  },
}

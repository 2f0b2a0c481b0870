import { CONCLUSION_START, SELF_REFERENCE, SPAN_PHRASES } from '../../lexicon/offtopic.js'
import { hanRatio, sentences } from '../../text/chars.js'
import { fold } from '../../text/fold.js'
import type { Cut, DocFacts, Rule, RuleBlock } from '../types.js'

const MIN_LENGTH = 30
// A fragment this short is judged only when it carries a self-reference (a cut-off splice).
const MIN_FRAGMENT = 12
// The lexical cue alone decides only for a long paragraph in a long document.
const LEXICAL_MIN = 40
const LEXICAL_REST = 400
const LEXICAL_ONLY = 0.02
// Cue weights: the self-reference clash is the strongest sign, a mid-document conclusion
// and a different time span back it, low word overlap with the rest confirms it.
const WEIGHT = { selfRef: 0.45, conclusion: 0.25, span: 0.15, lexical: 0.3 } as const

const SELF_REFERENCE_TEST = new RegExp(SELF_REFERENCE.source)

function hasSelfRef(text: string): boolean {
  return SELF_REFERENCE_TEST.test(fold(text))
}

/** How often `s` occurs outside `own` in the document. */
function elsewhere(doc: DocFacts, own: string, s: string): number {
  return doc.stats.occurrences(s) - (own.split(s).length - 1)
}

/** Scores how unlike the rest of the document a block is, with the cues that fired. */
export function offtopicScore(block: RuleBlock, doc: DocFacts): { score: number; cues: string[] } {
  const text = block.text
  const stats = doc.stats
  const cues: string[] = []
  let score = 0
  const own = [...stats.refsOf(block.index).keys()]
  const rest = stats.refsExcept(block.index)
  // A voice heard in only a minority of the block's sentences is a spliced sentence, left to
  // the sentence rule: cutting the block would take genuine text with it.
  // Counted only for a block that has a voice of its own (most have none).
  const voicedHalf = () => {
    const parts = sentences(text)
    return parts.filter((p) => hasSelfRef(p.text)).length * 2 >= parts.length
  }
  if (own.length > 0 && voicedHalf() && !own.some((r) => rest.has(r))) {
    // Either the document speaks as someone else, or the unit named (院 of 我院) appears
    // nowhere else in it: a county summary never mentions a 院 it could be.
    if (rest.size > 0) {
      score += WEIGHT.selfRef
      cues.push(`speaks as ${own.join('/')} where the document speaks as ${[...rest.keys()].join('/')}`)
    } else if (own.every((r) => elsewhere(doc, text, r.slice(1)) === 0)) {
      score += WEIGHT.selfRef
      cues.push(`speaks as ${own.join('/')}, a unit the rest of the document never names`)
    }
  }
  if (CONCLUSION_START.test(block.folded) && stats.blocksAfter(block.index, MIN_LENGTH) >= 2) {
    score += WEIGHT.conclusion
    cues.push('a conclusion in the middle of the document')
  }
  const spans = SPAN_PHRASES.filter((p) => text.includes(p) && elsewhere(doc, text, p) === 0 && !(doc.title ?? '').includes(p.slice(0, 2)))
  if (spans.length > 0) {
    score += WEIGHT.span
    cues.push(`covers another time span (${spans.join(', ')})`)
  }
  const sim = stats.cosineRest(block.index)
  const restLength = stats.totalLength - text.length
  // Word overlap means something only between Chinese prose texts (not code, not other languages).
  const prose = hanRatio(text) >= 0.6 && stats.wordsOf(block.index).size >= 8 && stats.hanRatioWithout(text) >= 0.6 && stats.summaryLike()
  if (score === 0 && prose && text.length >= LEXICAL_MIN && restLength >= LEXICAL_REST && sim < LEXICAL_ONLY) {
    // No other cue, but next to no shared vocabulary: on the devset genuine paragraphs share a
    // cosine of 0.03 or more with the rest, three in four spliced ones under 0.02.
    score += doc.offtopicThreshold
    cues.push(`shares almost no words with the rest (cosine ${sim.toFixed(3)})`)
  } else if (score > 0) {
    if (sim < 0.08) {
      score += WEIGHT.lexical
      cues.push(`shares few words with the rest (cosine ${sim.toFixed(2)})`)
    } else if (sim < 0.15) {
      score += WEIGHT.lexical / 2
      cues.push(`shares little with the rest (cosine ${sim.toFixed(2)})`)
    }
  }
  return { score, cues }
}

export const splicedParagraph: Rule = {
  id: 'offtopic/spliced-paragraph',
  kind: 'offtopic',
  description: 'A paragraph spliced in from another document (other self-reference, mid-text conclusion, other topic)',
  scope: 'block',
  test: (block, doc): Cut | undefined => {
    const len = block.text.length
    if (len < MIN_FRAGMENT || (len < MIN_LENGTH && !SELF_REFERENCE_TEST.test(block.text)) || block.index < block.firstBodyIndex) return undefined
    // A splice is a minority of the document: the rest must be there to compare with.
    const restLength = doc.stats.totalLength - len
    if (restLength < Math.max(200, 2 * len)) return undefined
    const { score, cues } = offtopicScore(block, doc)
    return score >= doc.offtopicThreshold ? { reason: `off-topic (score ${score.toFixed(2)}): ${cues.join('; ')}` } : undefined
  },
  examples: {
    context: [
      '为确保全县安全度汛,县防汛指挥部、县水利局、县应急管理局联合部署了汛前检查,我县各乡镇积极响应。',
      '6月1日上午,县防汛指挥部在县城滨江广场举行防汛应急演练,副县长现场指挥,我县12个乡镇抢险队参加。',
      '汛期我县共排查水库、山塘等隐患点136处,转移受威胁群众2100余人,储备编织袋5万余条。',
      '通过广播、短信和村村响等形式,宣传了防汛避险知识,群众的防灾意识明显增强。',
      '9月30日,全县汛期工作平稳结束,防汛预案确定的各项任务全部完成,实现了不死人、少损失的目标。',
    ],
    drop: ['总之,一年来,我院在医疗质量管理上虽然取得了一些进步,但与患者期望仍有差距,我们将继续改进门诊流程,使我院服务水平再上新台阶。'],
    keep: ['汛期县水利局组织技术人员深入乡村,检查水库和山塘的防汛准备,我县群众积极配合。'],
  },
}

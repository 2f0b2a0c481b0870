import { judgedSentences } from '../../model/index.js'
import { continuesEnumeration, leadingMarker, outlineMarkers, runInHeadingEnd } from '../../text/markers.js'
import type { DocFacts } from '../types.js'
import { offtopic } from './topic.js'
import { splicedWindows } from './windows.js'
import type { Rule } from '../types.js'

const MIN_REST = 200

/**
 * The paragraph opens with a point of the document's outline: numbered next to another paragraph that also runs on
 * under its own run-in heading ("二要…。…" beside "一要…。…" or "三要…。…").
 */
function outlinePoint(text: string, doc: DocFacts, index: number): boolean {
  const own = leadingMarker(text)
  return own !== null && outlineMarkers(doc.stats).some((m, i) =>
    i !== index && m !== null && m.style === own.style && Math.abs(m.n - own.n) === 1 && runInHeadingEnd(doc.texts[i]!) > 0)
}

export const splicedSentence: Rule = {
  id: 'offtopic/spliced-sentence',
  kind: 'offtopic',
  description: 'A run of sentences spliced into a paragraph from another document: the off-topic model weighs each sentence, and each pair of sentences, against its paragraph, the rest and the title',
  scope: 'span',
  test: (block, doc) => {
    if (block.index < block.firstBodyIndex || doc.stats.totalLength < MIN_REST) return undefined
    const parts = judgedSentences(block.text)
    const verdicts = parts.map((s) => offtopic(doc, block, { index: block.index, text: s.text, sentence: true, offset: s.offset }, (m) => m.sentence))
    // A splice is a run of sentences from another page: two or more suspect sentences in a row, or
    // one the model is sure of, and another document's mark on the run (its voice, time span, a
    // conclusion mid-page). Words alone do not do: a genuine paragraph wanders now and then.
    const spans: [number, number][] = []
    let reason = ''
    for (let i = 0; i < parts.length; ) {
      let j = i
      while (j < parts.length && verdicts[j]!.cut && (j === i || parts[j]!.offset === parts[j - 1]!.offset + parts[j - 1]!.text.length)) j++
      const run = verdicts.slice(i, j)
      if (run.some((v) => v.foreign) && (run.length >= 2 || run[0]!.sure)) {
        spans.push([parts[i]!.offset, parts[j - 1]!.offset + parts[j - 1]!.text.length])
        reason ||= verdicts[i]!.reason
      }
      i = Math.max(j, i + 1)
    }
    // A pair of sentences that stands out from every other pair of the document, with or without a mark.
    for (const w of splicedWindows(doc, block)) {
      if (spans.some(([a, b]) => w.start < b && a < w.end)) continue
      spans.push([w.start, w.end])
      reason ||= `off-topic p=${w.p.toFixed(2)} as a pair of sentences, standing out from every other pair (next highest p=${w.next.toFixed(2)})`
    }
    // A run that opens the next item of an enumeration the paragraph began ("一是…;" then "二是…") is its own; so is all
    // the paragraph says under its run-in heading ("二要整治道路交通。" + how) when the heading is a point of the document's
    // outline (numbered next to another paragraph's): cutting it would leave the point bare.
    // (Read only when a run was found: most paragraphs have none, and the outline is the whole page's.)
    const heading = spans.length > 0 && outlinePoint(block.text, doc, block.index) ? runInHeadingEnd(block.text) : -1
    const foreign = spans.filter(([a, b]) => !continuesEnumeration(block.text.slice(0, a), block.text.slice(a, b)) && !(a === heading && b >= block.text.trimEnd().length))
    // The paragraph's own text must remain: cutting every sentence would be the paragraph rule's call.
    const cut = foreign.reduce((n, [a, b]) => n + b - a, 0)
    if (foreign.length === 0 || cut >= block.text.trim().length - 4) return undefined
    foreign.sort((a, b) => a[0] - b[0])
    return { reason: `a run of sentences from another document: ${reason}`, spans: foreign }
  },
  examples: {
    context: [
      '为确保全县安全度汛,县防汛指挥部、县水利局、县应急管理局联合部署了汛前检查,我县各乡镇积极响应。',
      '汛期我县共排查水库、山塘等隐患点136处,转移受威胁群众2100余人,储备编织袋5万余条。',
      '通过广播、短信和村村响等形式,宣传了防汛避险知识,群众的防灾意识明显增强。',
      '9月30日,全县汛期工作平稳结束,防汛预案确定的各项任务全部完成,实现了不死人、少损失的目标。',
    ],
    drop: ['6月1日上午,我县在滨江广场举行防汛应急演练。我院急诊科全年收治病人三千余人次,护理质量稳步提升。我院还开设了夜间门诊,方便患者就医。副县长现场指挥了演练。'],
    keep: ['6月1日上午,我县在滨江广场举行防汛应急演练,副县长现场指挥了演练。各乡镇抢险队参加了演练。', '6月1日上午,我县做好三件事:一是在滨江广场举行防汛应急演练;二是我院急诊科全年收治病人三千余人次,护理质量稳步提升;三是我院还开设了夜间门诊,方便患者就医。副县长现场指挥了演练。'],
  },
}

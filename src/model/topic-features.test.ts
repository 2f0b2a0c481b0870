import { describe, expect, it } from 'vitest'
import { DocStats } from '../text/doc-stats.js'
import { SHIPPED_TOPIC_MODEL, junkProbability, junkProbabilityBound } from './index.js'
import { inOutlineStyle, judgedSentences, judgedWindows, mayCarryForeignMark, TOPIC_FEATURES, topicFeatures, withWords, WORD_FEATURES, type TopicDoc, type TopicUnit } from './topic-features.js'

const TITLE = '2023年县防汛工作总结'
function docOf(texts: string[], title: string | null = TITLE): TopicDoc {
  return { texts, stats: new DocStats(texts, title), title, firstBody: 0 }
}
function feature(doc: TopicDoc, unit: TopicUnit, name: (typeof TOPIC_FEATURES)[number]): number {
  return topicFeatures(doc, unit)[TOPIC_FEATURES.indexOf(name)]!
}
const COUNTY = [
  '为确保全县安全度汛,县防汛指挥部部署了汛前检查,我县各乡镇积极响应。',
  '汛期我县共排查水库、山塘等隐患点136处,转移受威胁群众2100余人。',
]

describe('topic features', () => {
  it('hears another voice in a sentence even when the next sentence of the same run shares it', () => {
    const block = '6月1日,我县举行防汛演练。我院急诊科收治病人三千余人次。我院还开设了夜间门诊。'
    const doc = docOf([COUNTY[0]!, block, COUNTY[1]!])
    const offset = block.indexOf('我院急诊科')
    const sentence = { index: 1, text: '我院急诊科收治病人三千余人次。', sentence: true, offset }
    expect(feature(doc, sentence, 'selfClash')).toBe(1)
    const own = { index: 1, text: '6月1日,我县举行防汛演练。', sentence: true, offset: 0 }
    expect(feature(doc, own, 'selfClash')).toBe(0)
  })

  it('hears no other voice in what a quoted speaker says in the first person', () => {
    const quoted = '群众代表在座谈会上说:“我会把防汛知识讲给家里人听。”'
    const doc = docOf([COUNTY[0]!, quoted, COUNTY[1]!])
    expect(feature(doc, { index: 1, text: quoted, sentence: false, offset: 0 }, 'selfClash')).toBe(0)
    const spoken = '我会组织志愿者协助转移群众。'
    expect(feature(docOf([COUNTY[0]!, spoken, COUNTY[1]!]), { index: 1, text: spoken, sentence: false, offset: 0 }, 'selfClash')).toBe(1)
  })

  it('takes 下半年 in a 上半年 summary as the same span, and 半年来 in a yearly one as another', () => {
    const plan = '下半年,我们将重点做好水库除险加固工作。'
    const half = docOf([...COUNTY, plan], '2023年上半年县防汛工作总结')
    expect(feature(half, { index: 2, text: plan, sentence: false, offset: 0 }, 'spanClash')).toBe(0)
    const other = '半年来,我们完成了门诊楼改造工程。'
    const yearly = docOf([...COUNTY, other])
    expect(feature(yearly, { index: 2, text: other, sentence: false, offset: 0 }, 'spanClash')).toBe(1)
  })

  it('says which units could carry a foreign mark at all', () => {
    expect(mayCarryForeignMark('总之,一年来成绩显著。')).toBe(true)
    expect(mayCarryForeignMark('我院开设了夜间门诊。')).toBe(true)
    expect(mayCarryForeignMark('上半年共排查隐患136处。')).toBe(true)
    expect(mayCarryForeignMark('共排查隐患136处,全部整改到位。')).toBe(false)
  })

  it('knows a paragraph in the outline style of the page, even with its neighbours in the numbering missing', () => {
    const texts = ['(一)完善设施。新建运动场8个。', '(二)丰富活动。举办赛事25项。', '(四)推进体教融合。开展学生联赛。']
    const doc = docOf(texts, null)
    expect(inOutlineStyle(doc, { index: 2, text: texts[2]!, sentence: false, offset: 0 })).toBe(true)
    expect(inOutlineStyle(doc, { index: 2, text: '推进体教融合,开展学生联赛。', sentence: false, offset: 0 })).toBe(false)
  })

  it('reads every feature but the word ones without words, bounds the score from above, and completes the vector later', () => {
    const texts = [
      ...COUNTY,
      '6月1日,县防汛指挥部举行防汛演练。博物馆新展厅陈列了青铜器和瓷器三百余件。游客在互动区体验了拓印和陶艺。',
      '9月30日,全县汛期工作平稳结束,防汛预案确定的各项任务全部完成。下半年,我院将继续完善门诊流程。',
    ]
    const doc = docOf(texts)
    const units: TopicUnit[] = texts.flatMap((text, index) => [
      { index, text, sentence: false, offset: 0 },
      ...judgedSentences(text).map((s) => ({ index, text: s.text, sentence: true, offset: s.offset })),
      ...judgedWindows(text).map((w) => ({ index, text: w.text, sentence: true, offset: w.offset })),
    ])
    expect(units.length).toBeGreaterThan(10)
    for (const unit of units) {
      const full = topicFeatures(doc, unit)
      const cheap = topicFeatures(doc, unit, { words: false })
      TOPIC_FEATURES.forEach((f, k) => {
        if (WORD_FEATURES.has(f)) expect(cheap[k], f).toBeNaN()
        else expect(cheap[k], f).toBe(full[k])
      })
      expect([...withWords(doc, unit, cheap)]).toEqual([...full])
      for (const scorer of [SHIPPED_TOPIC_MODEL.paragraph, SHIPPED_TOPIC_MODEL.sentence, SHIPPED_TOPIC_MODEL.window]) {
        expect(junkProbabilityBound(scorer, cheap)).toBeGreaterThanOrEqual(junkProbability(scorer, full))
      }
    }
  })
})

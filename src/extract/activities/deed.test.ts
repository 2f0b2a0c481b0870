/**
 * The learned deed scorer: candidates and their vetoes, fitting (deterministic, learns the verb
 * prior), the shipped model's features, and what it adds to extraction beside the rules.
 */
import { describe, expect, it } from 'vitest'
import { DeedModel } from '../../schema.js'
import { extract } from '../../api.js'
import { DEED_FEATURES, deedCandidates, type ClausePlace } from './deed-features.js'
import { deedModelProblems, deedProbability, fitDeedModel, SHIPPED_DEED_MODEL, type DeedRow } from './deed-model.js'
import { deedRows } from './deed-training.js'
import { linesToBlocks } from './test-utils.js'

const PLACE: ClausePlace = { firstInSentence: true, lastInSentence: true, blockKind: 'paragraph', planned: false }
const spans = (body: string, place = PLACE) => deedCandidates(body, place).map((c) => body.slice(c.start, c.end))

describe('deed candidates', () => {
  it('opens one at each verb near the clause start, running to the clause end', () => {
    const found = deedCandidates('积极组织志愿者清理河道垃圾', PLACE)
    expect(found.map((c) => c.verb)).toEqual(['组织', '清理'])
    expect(spans('积极组织志愿者清理河道垃圾')).toEqual(['积极组织志愿者清理河道垃圾', '清理河道垃圾'])
    for (const c of found) {
      expect(c.features).toHaveLength(DEED_FEATURES.length)
      expect(Number.isNaN(c.features[DEED_FEATURES.indexOf('verbPrior')]!)).toBe(true)
    }
  })

  it('parts a run of deeds at 、 where a verb follows it', () => {
    const found = deedCandidates('拆除破损路灯、安装太阳能路灯', PLACE)
    expect(found.map((c) => '拆除破损路灯、安装太阳能路灯'.slice(c.start, c.end))).toEqual(['拆除破损路灯', '安装太阳能路灯'])
    const serial = DEED_FEATURES.indexOf('serialVerb')
    expect(found.map((c) => c.features[serial])).toEqual([0, 1])
  })

  it('trims a closing count, and keeps the rules’ vetoes', () => {
    expect(spans('走访困难群众二十户')).toEqual(['走访困难群众'])
    // A deed done a number of times is that deed (the trainset's gold counts "组织消防演练2次").
    expect(spans('组织专题学习十二次')).toEqual(['组织专题学习'])
    // A figure, a vague object (a generic one under a qualifier too), an aim, a plan, a verb used as a noun: no candidate.
    expect(spans('完成生产总值2.1亿元')).toEqual([])
    expect(spans('扎实开展了各项工作')).toEqual([])
    expect(spans('开展大型活动4次')).toEqual([])
    expect(spans('我们要成立防汛领导小组')).toEqual([])
    expect(spans('我镇将举办农民丰收节', { ...PLACE, planned: true })).toEqual([])
    expect(deedCandidates('镇里形成了责任明确的组织网络体系', PLACE).map((c) => c.verb)).not.toContain('组织')
    expect(spans('另有120余名家长志愿者参与了亲子项目')).toEqual([])
    expect(spans('好')).toEqual([])
  })
})

describe('fitting a deed model', () => {
  // Synthetic rows: 清理 always opens a deed, 提高 never; the other features say nothing.
  const row = (verb: string, deed: boolean): DeedRow => ({ verb, features: new Float64Array(DEED_FEATURES.length).fill(0), deed })
  const rows = [...Array.from({ length: 12 }, () => row('清理', true)), ...Array.from({ length: 12 }, () => row('提高', false)), row('罕见', true)]

  it('learns the verb prior and is the same twice', () => {
    const a = fitDeedModel(rows, 3)
    expect(fitDeedModel(rows, 3)).toEqual(a)
    expect(() => DeedModel.parse(a)).not.toThrow()
    expect(deedModelProblems(a)).toEqual([])
    // A verb seen once stays out of the table and gets the base rate.
    expect(Object.keys(a.verbs).sort()).toEqual(['提高', '清理'])
    const clean = deedProbability(a, row('清理', true))
    const raise = deedProbability(a, row('提高', true))
    expect(clean).toBeGreaterThan(a.threshold)
    expect(raise).toBeLessThan(a.threshold)
    expect(a.trainedOn).toEqual({ pages: 3, candidates: 25, deeds: 13 })
  })

  it('labels the candidates the rules leave by the gold they have not found', () => {
    const { text, blocks } = linesToBlocks(['社区工作总结', '今年社区依托网络平台开展读书分享活动,召开居民大会。'])
    const rows = deedRows({ text, blocks, title: '社区工作总结' }, ['开展读书分享活动', '召开居民大会'])
    // 召开居民大会 is the rules' find: only the clause they left is a training row, and it is a deed.
    expect(rows.some((r) => r.deed && r.verb === '开展')).toBe(true)
    expect(rows.every((r) => r.verb !== '召开')).toBe(true)
  })
})

describe('the shipped deed scorer', () => {
  it('has this version’s features', () => {
    expect(SHIPPED_DEED_MODEL.features).toEqual([...DEED_FEATURES])
    expect(deedModelProblems(SHIPPED_DEED_MODEL)).toEqual([])
  })

  it('adds the deeds the rules miss, and activityModel: null reads with the rules only', () => {
    const page = '2022年工会工作总结\n一年来,工会依托网络平台开展“书香工会”读书分享活动,举办职工趣味运动会,设立意见箱。'
    const rules = extract(page, { activityModel: null }).activities.map((a) => a.name)
    const learned = extract(page).activities
    expect(rules).not.toContain('开展“书香工会”读书分享活动')
    expect(learned.map((a) => a.name)).toEqual(['开展“书香工会”读书分享活动', ...rules])
    // The slice is verbatim and its offset exact.
    const first = learned[0]!
    expect(page.includes(first.text)).toBe(true)
  })

  it('refuses a model of other features, naming the fix', () => {
    const other = { ...SHIPPED_DEED_MODEL, features: [...SHIPPED_DEED_MODEL.features.slice(1), 'somethingElse'] }
    expect(() => extract('2020年工作总结\n今年召开会议三次。', { activityModel: other })).toThrow(/activityModel: .*retrain it/)
  })
})

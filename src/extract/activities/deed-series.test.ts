import { describe, expect, it } from 'vitest'
import { splitDeedSeries } from './deed-series.js'
import { activityAt } from './name.js'

describe('splitDeedSeries', () => {
  it('splits a run of deeds listed with 、 into one activity each, at their own offsets', () => {
    const text = '今年我们开展安全培训、组织应急演练、召开总结大会,效果良好。'
    const at = text.indexOf('开展')
    const run = activityAt('开展安全培训、组织应急演练、召开总结大会', at, '1、', 1)
    const parts = splitDeedSeries(run)
    expect(parts.map((p) => p.name)).toEqual(['开展安全培训', '组织应急演练', '召开总结大会'])
    for (const p of parts) expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text)
    expect(parts.every((p) => p.marker === '1、' && p.index === 1)).toBe(true)
  })

  it('leaves one deed over examples whole, and a run whose parts open with no verb', () => {
    const examples = activityAt('开展扶危济困、尊老爱幼、助残帮扶等志愿活动', 0)
    expect(splitDeedSeries(examples)).toEqual([examples])
    const nouns = activityAt('横幅、标语、展板', 0)
    expect(splitDeedSeries(nouns)).toEqual([nouns])
  })

  it('does not split inside quotes or brackets', () => {
    const quoted = activityAt('举办“开展读书活动、组织知识竞赛”主题月', 0)
    expect(splitDeedSeries(quoted)).toEqual([quoted])
  })
})

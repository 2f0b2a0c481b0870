import { describe, expect, it } from 'vitest'
import { extractActivities } from './index.js'
import { listedEvents } from './listed-events.js'
import { findCountedSeries } from './series.js'
import { linesToBlocks } from './test-utils.js'

const names = (lines: string[]): string[] => {
  const { text, blocks } = linesToBlocks(lines)
  return extractActivities(text, blocks).map((a) => a.name)
}

describe('events listed inside one sentence', () => {
  it('reads each name of a 、-list closed by 等活动, the last joined by 和', () => {
    const text = '读书月期间,学校先后开展了“书签设计”大赛、诗歌朗诵会、亲子共读和读书笔记评比等活动。'
    const list = listedEvents(text)
    expect(list.map((a) => a.text)).toEqual(['“书签设计”大赛', '诗歌朗诵会', '亲子共读', '读书笔记评比'])
    for (const a of list) expect(text.slice(a.offset, a.offset + a.text.length)).toBe(a.text)
  })

  it('reads a list after 设置 or an introducer', () => {
    expect(listedEvents('运动会设置了拔河、跳绳、踢毽子等比赛项目。').map((a) => a.text)).toEqual(['拔河', '跳绳', '踢毽子'])
    expect(listedEvents('活动有猜灯谜、包汤圆、舞龙表演等内容。').map((a) => a.text)).toEqual(['猜灯谜', '包汤圆', '舞龙表演'])
  })

  it('needs three names and the collective noun', () => {
    expect(listedEvents('开展了宣传和培训等活动。')).toEqual([])
    expect(listedEvents('走访了张村、李村、王村等三个村。')).toEqual([])
  })

  it('lists the names in place of the clause that holds them', () => {
    expect(names(['标题', '本月社区先后开展了义诊咨询、旧衣回收、垃圾分类讲座等活动,居民踊跃参加。'])).toEqual([
      '义诊咨询', '旧衣回收', '垃圾分类讲座',
    ])
  })
})

describe('counted series and long heads', () => {
  it('does not read a counted list of areas as deeds', () => {
    expect(findCountedSeries('围绕仓储、配送、售后三大业务环节,持续完善制度。')).toEqual([])
    expect(findCountedSeries('实施道路硬化、改水改厕、村庄绿化三大工程').map((a) => a.text)).toEqual(['道路硬化', '改水改厕', '村庄绿化'])
  })

  it('ends a deed head at its first comma when figures follow', () => {
    expect(names(['标题', '1、完善网格化管理,全镇共划分网格86个,配备网格员90名。', '2、组建巡逻队伍,招募志愿者300余人。'])).toEqual([
      '完善网格化管理', '组建巡逻队伍',
    ])
  })
})

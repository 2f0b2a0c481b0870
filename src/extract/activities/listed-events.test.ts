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

  it('reads the names taken part in, or set up, whose number stands in place of 等', () => {
    expect(listedEvents('240名队员分别参加了拔河、定向越野、毛毛虫竞速等四个团体项目的角逐。').map((a) => a.text)).toEqual([
      '拔河', '定向越野', '毛毛虫竞速',
    ])
    expect(listedEvents('游园会设有“套圈”、“猜谜”、“投壶”三个项目。').map((a) => a.text)).toEqual(['“套圈”', '“猜谜”', '“投壶”'])
    expect(listedEvents('我们通过晨间谈话、绘本共读、安全演练等形式开展教育。').map((a) => a.text)).toEqual(['晨间谈话', '绘本共读', '安全演练'])
    // A counted list of places or groups is not a list of events.
    expect(listedEvents('参加了一中、二中、三中三个学校的交流。')).toEqual([])
  })

  it('keeps a quoted name whole across its 、', () => {
    const text = '少先队组织评选“红旗中队”、“优秀队员、队干部”、“阳光少年”等活动。'
    expect(listedEvents(text).map((a) => a.text)).toEqual(['评选“红旗中队”', '“优秀队员、队干部”', '“阳光少年”'])
    // Two names, once the quoted one is whole: too few for a list.
    expect(listedEvents('学院开展评选“文明宿舍”、“优秀社员、社干”等活动。')).toEqual([])
  })

  it('needs three names and the collective noun', () => {
    expect(listedEvents('开展了宣传和培训等活动。')).toEqual([])
    expect(listedEvents('走访了张村、李村、王村等三个村。')).toEqual([])
  })

  it('reads examples after 如 when every name ends as an event does, two being enough', () => {
    const text = '团委开展了多项文体活动,如新春长跑赛、元宵游园会、青年歌手大赛等,参与面广。'
    expect(listedEvents(text).map((a) => a.text)).toEqual(['新春长跑赛', '元宵游园会', '青年歌手大赛'])
    expect(listedEvents('活动丰富,例如亲子运动会、情景剧等,深受欢迎。').map((a) => a.text)).toEqual(['亲子运动会', '情景剧'])
    // Fields, places or topics given as examples are not events.
    expect(listedEvents('工作覆盖多个领域,如教育、卫生、交通等,成效明显。')).toEqual([])
    expect(listedEvents('重点走访了困难户,如张大爷、李奶奶家等。')).toEqual([])
  })

  it('reads titled items set side by side before 等 + a collective noun', () => {
    const text = '晚会穿插了《默契大考验》《猜猜我是谁》、《一站到底》等互动游戏,气氛热烈。'
    expect(listedEvents(text).map((a) => a.text)).toEqual(['《默契大考验》', '《猜猜我是谁》', '《一站到底》'])
    // Titles that are read or studied are not events held.
    expect(listedEvents('组织学习了《安全生产法》《消防法》等法律法规。')).toEqual([])
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

describe('prose of a document that enumerates no deeds', () => {
  it('reads the further action verbs as deeds', () => {
    expect(names(['社区年度工作总结', '全年共修缮村组道路500余米,增设健身器材30余处,走访慰问困难家庭40户。'])).toEqual([
      '修缮村组道路', '增设健身器材', '走访慰问困难家庭',
    ])
  })

  it('keeps to the event verbs when the document lists its deeds as items', () => {
    expect(names(['社区年度工作总结', '1、召开居民代表大会。', '2、开展环境整治。全年修缮道路500余米。'])).toEqual(['召开居民代表大会', '开展环境整治'])
  })

  it('does not read a counted group that took part, or a quality shown, as a deed', () => {
    expect(names(['运动会总结', '另有120余名家长志愿者参与了亲子项目。本次活动展示了学生积极向上的精神风貌。'])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { furnitureShares, isPostStamp, leadingMetadataEnd } from './furniture.js'

describe('isPostStamp', () => {
  it.each([
    '2024.01.08 ｜ 集团党群工作部 ｜ 阅读 1,207',
    '某某合作社　2024-01-05　👁 862　♡ 41',
    'user_2021 上传于2023-01-09 · 3.2万阅读 · 4.8分 · 共5页',
    '稿源:某某镇 | 2024年01月15日 | 阅读(2391)',
  ])('reads %s as who posted, when and how many read', (line) => {
    expect(isPostStamp(line)).toBe(true)
  })

  it.each([
    '2023.05.12 | 县教育局 | 312人次', // a timeline row: a count, but no reader count
    '2023年3月 组织阅读 12 场',
    '2024-01-05 县妇联组织阅读分享会,阅读 120 人次。',
    '某某合作社 阅读 862', // no date
  ])('leaves %s to the document', (line) => {
    expect(isPostStamp(line)).toBe(false)
  })
})

describe('leadingMetadataEnd', () => {
  it('finds credits glued before a paragraph, the sentence after a space or running on with its date', () => {
    const a = '通讯员:某某某 摄影:某某 今年6月是全国“安全生产月”,公司开展了系列活动。'
    expect(a.slice(leadingMetadataEnd(a))).toBe('今年6月是全国“安全生产月”,公司开展了系列活动。')
    const b = '来源:某某县妇联 | 编辑:某某某2023年2月下旬至3月中旬,县妇联开展了系列活动。'
    expect(b.slice(leadingMetadataEnd(b))).toBe('2023年2月下旬至3月中旬,县妇联开展了系列活动。')
    // With the spaces gone, the sentence's time word before its date stays the sentence's.
    const glued = '通讯员:某某某摄影:某某今年6月是全国“安全生产月”,公司开展了系列活动。'
    expect(glued.slice(leadingMetadataEnd(glued))).toBe('今年6月是全国“安全生产月”,公司开展了系列活动。')
  })

  it('finds one key with its value and the day of the post before a paragraph', () => {
    const c = '上传用户:s***8 2023-07-05 2023年上半年,县应急管理局坚持人民至上,全县未发生较大事故。'
    expect(c.slice(leadingMetadataEnd(c))).toBe('2023年上半年,县应急管理局坚持人民至上,全县未发生较大事故。')
  })

  it("finds a poster's name, day and province before a paragraph", () => {
    const d = '某某听雨馆 2023-05-06 发表于湖北 为营造浓厚的读书氛围,我校于2023年4月6日至4月28日开展了读书月活动。'
    expect(d.slice(leadingMetadataEnd(d))).toBe('为营造浓厚的读书氛围,我校于2023年4月6日至4月28日开展了读书月活动。')
  })

  it("finds a poster's name, the day and the page's keys and counters before a paragraph", () => {
    const e = '某某客 2023-03-02 转藏 | 阅读 1207 2023年,社区党委紧扣服务目标推进各项工作。'
    expect(e.slice(leadingMetadataEnd(e))).toBe('2023年,社区党委紧扣服务目标推进各项工作。')
    const f = '某某老周2022-12-19｜阅读1408｜转藏5｜收藏23今年以来,镇党委把防汛抗旱作为头等大事来抓。'
    expect(f.slice(leadingMetadataEnd(f))).toBe('今年以来,镇党委把防汛抗旱作为头等大事来抓。')
    // A date opening the paragraph with no key or counter after it is the paragraph's own.
    expect(leadingMetadataEnd('会上 2023-03-02 召开的推进会部署了全年工作,各单位积极响应。')).toBe(0)
  })

  it("leaves a document's own staffing keys before its sentence", () => {
    expect(leadingMetadataEnd('组长:王某 副组长:李某 今年以来,领导小组认真履职。')).toBe(0)
    expect(leadingMetadataEnd('时间:2023-07-05 2023年上半年,县应急管理局组织全县开展安全检查。')).toBe(0)
  })
})

describe('furnitureShares', () => {
  it('reads slash credits, a key before its machine date and a platform IP place as metadata', () => {
    expect(furnitureShares('文/党委办公室 图/宣传科').text).toBe(0)
    expect(furnitureShares('编辑于 2023-01-09 21:14 IP 属地 江西').text).toBe(0)
  })

  it('reads a date key with a written date as metadata only beside a reader count', () => {
    expect(furnitureShares('作者:项目组 时间:2024年1月12日 阅读(532)').text).toBe(0)
    expect(furnitureShares('时间:2024年1月12日 地点:社区活动室').text).toBeGreaterThan(0)
  })
})

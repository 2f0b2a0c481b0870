import { describe, expect, it } from 'vitest'
import { deedObject, trimCount } from './clause-shapes.js'
import { activityNames } from './test-utils.js'

describe('trimCount', () => {
  it('cuts a closing count and keeps the deed it counts', () => {
    expect(trimCount('消防演练2次', '组织')).toBe('消防演练')
    expect(trimCount('老旧小区改造项目12个', '完成')).toBe('老旧小区改造项目')
    expect(trimCount('困难群众慰问金3.5万元', '发放')).toBe('困难群众慰问金')
  })

  it('reads a template placeholder as the count it stands for', () => {
    expect(trimCount('门头牌匾xxx家', '拆除')).toBe('门头牌匾')
    expect(trimCount('农技培训X.X万人次', '开展')).toBe('农技培训')
    expect(trimCount('科普图书20xx余册', '赠送')).toBe('科普图书')
    // A Latin word ending in x is a name, not a placeholder.
    expect(trimCount('APEX活动', '举办')).toBe('APEX活动')
  })

  it('yields nothing for a bare count, a figure verb, or a measured quantity', () => {
    expect(trimCount('3场', '举办')).toBe('')
    expect(trimCount('外资企业5家', '引进')).toBe('')
    expect(trimCount('销售收入2亿元', '实现')).toBe('')
    expect(trimCount('工业总产值3.2亿元', '完成')).toBe('')
    expect(trimCount('固定资产投资额xx亿元', '完成')).toBe('')
  })
})

describe('deedObject', () => {
  it('refuses an object that ends in a rate, its figure lost', () => {
    expect(deedObject('年度计划的%')).toBe(false)
    expect(deedObject('序时进度‰')).toBe(false)
    expect(deedObject('年度培训计划')).toBe(true)
  })
})

describe('counted deeds in prose', () => {
  it('reports the work a completion verb counts, not the rates and quantities beside it', () => {
    const names = activityNames([
      '镇农业农村办上半年工作总结',
      '上半年,我办完成高标准农田建设xx万亩,完成农业总产值x.x亿元,完成年度计划的%。',
      '同时向困难农户发放救灾补助资金12万元。',
    ])
    expect(names).toContain('完成高标准农田建设')
    expect(names).toContain('发放救灾补助资金')
    expect(names.some((n) => /产值|%/.test(n))).toBe(false)
  })
})

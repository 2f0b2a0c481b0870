/** The fields scorer's count matching: one quantity whether a gold writes its scale in the value or in the unit. */
import { describe, expect, it } from 'vitest'
import { sameCount } from '../scripts/score-fields.js'

describe('sameCount', () => {
  it('matches a scale word or a measure word in the unit with the scaled value', () => {
    expect(sameCount({ value: 22_104_000, unit: '元' }, { value: 2210.4, unit: '万元' })).toBe(true)
    expect(sameCount({ value: 12_000, unit: '亩' }, { value: 1.2, unit: '万亩' })).toBe(true)
    expect(sameCount({ value: 5_860_000_000, unit: '元' }, { value: 58.6, unit: '億元' })).toBe(true)
    expect(sameCount({ value: 6, unit: '月' }, { value: 6, unit: '个月' })).toBe(true)
    expect(sameCount({ value: 1.8, unit: '百分点' }, { value: 1.8, unit: '个百分点' })).toBe(true)
  })

  it('keeps other quantities apart', () => {
    expect(sameCount({ value: 2210.4, unit: '元' }, { value: 2210.4, unit: '万元' })).toBe(false)
    expect(sameCount({ value: 12, unit: '个' }, { value: 12, unit: '项' })).toBe(false)
    // A bare scale word is the unit itself, not a factor.
    expect(sameCount({ value: 3, unit: '万' }, { value: 30_000, unit: '' })).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { COUNT_UNITS, UNIT_AT_START, UNIT_FALSE_TAILS } from '../../lexicon/units.js'
import { MID_QUALIFIERS, POST_QUALIFIERS, PRE_QUALIFIERS, PRE_QUALIFIER_AT_END } from '../../lexicon/qualifiers.js'

describe('count lexicons', () => {
  it('lists each unit once and only guards units it lists', () => {
    expect(new Set(COUNT_UNITS).size).toBe(COUNT_UNITS.length)
    for (const unit of Object.keys(UNIT_FALSE_TAILS)) expect(COUNT_UNITS).toContain(unit)
  })

  it('prefers the longest unit', () => {
    expect(UNIT_AT_START.exec('人次参加')?.[0]).toBe('人次')
    expect(UNIT_AT_START.exec('平方米厂房')?.[0]).toBe('平方米')
    expect(UNIT_AT_START.exec('年来')).toBeNull()
  })

  it('maps the issue qualifier words to their meaning', () => {
    expect(PRE_QUALIFIERS['近']).toBe('under')
    expect(PRE_QUALIFIERS['约']).toBe('about')
    expect(PRE_QUALIFIERS['逾']).toBe('over')
    expect(PRE_QUALIFIERS['共计']).toBe('exact')
    expect(MID_QUALIFIERS['余']).toBe('over')
    expect(POST_QUALIFIERS['左右']).toBe('about')
    expect(POST_QUALIFIERS['以下']).toBe('under')
    expect(PRE_QUALIFIER_AT_END.exec('参会人数不超过')?.[0]).toBe('不超过')
  })
})

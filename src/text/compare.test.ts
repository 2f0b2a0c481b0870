import { describe, expect, it } from 'vitest'
import { bigramDice, normText, sameActivity } from './compare.js'

describe('comparing short texts', () => {
  it('normalizes away whitespace, a leading marker, punctuation and 了', () => {
    expect(normText('1、召开了 “安全月”会议。')).toBe('召开安全月会议')
    expect(normText('(三)开展走访')).toBe('开展走访')
  })

  it('scores character-bigram Dice', () => {
    expect(bigramDice('召开会议', '召开会议')).toBe(1)
    expect(bigramDice('召开会议', '召开大会')).toBeCloseTo(1 / 3)
    expect(bigramDice('会', '会')).toBe(1)
    expect(bigramDice('', '')).toBe(0)
  })

  it('matches activity names at Dice 0.5 or more', () => {
    expect(sameActivity('组织召开防汛工作会议', '召开防汛工作会议')).toBe(true)
    expect(sameActivity('召开会议', '发放宣传材料')).toBe(false)
    expect(sameActivity('。', '召开会议')).toBe(false)
  })
})

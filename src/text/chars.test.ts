import { describe, expect, it } from 'vitest'
import { afterLastFullStop } from './chars.js'

describe('afterLastFullStop', () => {
  it('takes the text after the last full stop of either width', () => {
    expect(afterLastFullStop('以上范文仅供参考。社区志愿服务活动总结')).toBe('社区志愿服务活动总结')
    expect(afterLastFullStop('成效明显!下一步打算')).toBe('下一步打算')
    expect(afterLastFullStop('是否达标？继续推进，抓好落实')).toBe('继续推进，抓好落实')
  })

  it('gives the whole text when there is no full stop, and nothing when the text ends on one', () => {
    expect(afterLastFullStop('一是加强领导，二是强化宣传')).toBe('一是加强领导，二是强化宣传')
    expect(afterLastFullStop('活动圆满结束。')).toBe('')
  })

  it('does not take a semicolon or a comma for a full stop', () => {
    expect(afterLastFullStop('开展培训;组织演练,')).toBe('开展培训;组织演练,')
  })
})

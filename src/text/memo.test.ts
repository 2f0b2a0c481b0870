import { describe, expect, it } from 'vitest'
import { oncePer, RECENT_TEXTS, recentTexts } from './memo.js'

describe('oncePer', () => {
  it('computes once per key object, separately for each object, with the first call\'s arguments', () => {
    let calls = 0
    const lengthOf = oncePer((lines: readonly string[], extra: number) => {
      calls++
      return lines.join('').length + extra
    })
    const page = ['一行', '两行字']
    expect(lengthOf(page, 1)).toBe(6)
    expect(lengthOf(page, 100)).toBe(6)
    expect(calls).toBe(1)
    expect(lengthOf(['另一页'], 0)).toBe(3)
    expect(calls).toBe(2)
  })

  it('remembers a falsy result too', () => {
    let calls = 0
    const empty = oncePer((lines: readonly string[]) => {
      calls++
      return lines.length === 0 ? 0 : undefined
    })
    const page: string[] = []
    empty(page)
    empty(page)
    const other = ['x']
    empty(other)
    empty(other)
    expect(calls).toBe(2)
  })
})

describe('recentTexts', () => {
  it('computes once per text until forgotten, and stays bounded', () => {
    let calls = 0
    const length = recentTexts((text) => {
      calls++
      return text.length
    })
    expect(length('工作总结')).toBe(4)
    expect(length('工作总结')).toBe(4)
    expect(calls).toBe(1)
    length.forget()
    length('工作总结')
    expect(calls).toBe(2)
    // Past RECENT_TEXTS texts it starts afresh: the first text is computed again.
    for (let i = 0; i < RECENT_TEXTS; i++) length(`第${i}行`)
    const before = calls
    length('工作总结')
    expect(calls).toBe(before + 1)
  })
})

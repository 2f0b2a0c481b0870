import { describe, expect, it } from 'vitest'
import { lastAtOrBefore, SpanIndex } from './span-index.js'

describe('lastAtOrBefore', () => {
  it('finds the last value at or before x', () => {
    const xs = [2, 5, 5, 9]
    expect(lastAtOrBefore(xs, 1)).toBe(-1)
    expect(lastAtOrBefore(xs, 2)).toBe(0)
    expect(lastAtOrBefore(xs, 5)).toBe(2)
    expect(lastAtOrBefore(xs, 8)).toBe(2)
    expect(lastAtOrBefore(xs, 100)).toBe(3)
  })
})

describe('SpanIndex', () => {
  // Spans as list heads would give them: [10,16) [30,50) and a long one [100,160) that encloses others.
  const index = new SpanIndex([
    { offset: 30, text: '开展送科技下乡活动开展送科技下乡活动' + '动动' },
    { offset: 10, text: '召开联席会议' },
    { offset: 100, text: '举'.repeat(60) },
  ])

  it('answers overlap queries like a scan would', () => {
    expect(index.overlaps(0, 10)).toBe(false)
    expect(index.overlaps(0, 11)).toBe(true)
    expect(index.overlaps(16, 30)).toBe(false)
    expect(index.overlaps(49, 52)).toBe(true)
    expect(index.overlaps(150, 151)).toBe(true)
    expect(index.overlaps(160, 170)).toBe(false)
  })

  it('answers containment queries, a long span included', () => {
    expect(index.contains(10)).toBe(true)
    expect(index.contains(16)).toBe(false)
    expect(index.contains(159)).toBe(true)
    expect(index.contains(160)).toBe(false)
  })

  it('matches a brute-force scan on random spans', () => {
    let seed = 7
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
    const spans = Array.from({ length: 200 }, () => ({ offset: rand(5000), text: 'x'.repeat(1 + rand(40)) }))
    const idx = new SpanIndex(spans)
    for (let k = 0; k < 500; k++) {
      const s = rand(5100)
      const e = s + 1 + rand(30)
      const brute = spans.some((p) => p.offset < e && s < p.offset + p.text.length)
      expect(idx.overlaps(s, e)).toBe(brute)
      expect(idx.contains(s)).toBe(spans.some((p) => s >= p.offset && s < p.offset + p.text.length))
    }
  })
})

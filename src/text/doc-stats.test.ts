import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockSentences, pairAt, pairKey, pairsOutside, shingles } from './doc-stats.js'
import { sentences } from './chars.js'

const key = (pair: string) => pairKey(pair.charCodeAt(0), pair.charCodeAt(1))
/** The block's pairs with the piece from `from` up to `to` taken out. */
const without = (block: string, from: string, to: string) => {
  const start = block.indexOf(from)
  const end = block.indexOf(to)
  return pairsOutside(block, start, end, shingles(block.slice(start, end)))
}

describe('character pairs', () => {
  it('keys a pair of two Han characters, and nothing else', () => {
    expect(pairAt('防汛演练', 0)).toBe(key('防汛'))
    expect(pairAt('防汛演练', 2)).toBe(key('演练'))
    expect(pairAt('防汛,演练', 1)).toBe(-1)
    expect(pairAt('A股市场', 0)).toBe(-1)
    expect(pairAt('防汛', 1)).toBe(-1)
    expect(pairAt('防汛', -1)).toBe(-1)
  })

  it('keys every pair apart, with a number below 2^30 (a small integer to V8)', () => {
    const first = 0x4e00
    const last = 0x9fff
    expect(pairKey(last, last)).toBeLessThan(2 ** 30)
    expect(pairKey(first, first)).toBe(0)
    // Neighbours in either position get different keys: row by column, no overlap.
    expect(new Set([pairKey(first, last), pairKey(first + 1, first), pairKey(first, first + 1), pairKey(last, first)]).size).toBe(4)
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }), (a, b, c, d) =>
        (pairKey(a, b) === pairKey(c, d)) === (a === c && b === d),
      ),
    )
  })

  it('tells the pairs of a block without one of its sentences, the two sides joined', () => {
    const rest = without('我县举行防汛演练。我院收治病人。群众积极配合演练。', '我院', '群众')
    expect(rest.has(key('演练'))).toBe(true)
    expect(rest.has(key('配合'))).toBe(true)
    // Inside the sentence only.
    expect(rest.has(key('我院'))).toBe(false)
    expect(rest.has(key('病人'))).toBe(false)
  })

  it('counts the pair the join makes and drops the pairs that straddle the cut', () => {
    const rest = without('防汛演练收治病人群众配合', '收治', '群众')
    expect(rest.has(key('练群'))).toBe(true)
    expect(rest.has(key('练收'))).toBe(false)
    expect(rest.has(key('人群'))).toBe(false)
  })

  it('agrees with the pairs of the text actually rebuilt, on any text and any piece', () => {
    const han = fc.constantFrom(...'防汛演练我县院收治病人群众配合,。A1 ')
    const text = fc.array(han, { minLength: 1, maxLength: 40 }).map((a) => a.join(''))
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (block, a, b) => {
        const start = a % block.length
        const end = start + 1 + (b % (block.length - start))
        const rebuilt = shingles(block.slice(0, start) + block.slice(end))
        const rest = pairsOutside(block, start, end, shingles(block.slice(start, end)))
        for (let i = 0; i + 1 < block.length; i++) {
          const k = pairAt(block, i)
          if (k >= 0) expect(rest.has(k)).toBe(rebuilt.has(k))
        }
        for (const k of rebuilt.keys()) expect(rest.has(k)).toBe(true)
      }),
    )
  })

  it('remembers the sentences of a block as sentences() splits them', () => {
    const block = '一是加强领导。二是完善制度!三是狠抓落实'
    expect(blockSentences(block)).toEqual(sentences(block))
    expect(blockSentences(block)).toBe(blockSentences(block))
  })
})

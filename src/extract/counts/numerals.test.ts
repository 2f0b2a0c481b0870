import { describe, expect, it } from 'vitest'
import { isFuzzyNumeral, parseArabicNumber, parseChineseNumber, parseNumber } from './numerals.js'

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1], ['两', 2], ['十', 10], ['十五', 15], ['二十', 20], ['三十', 30], ['九十九', 99],
    ['百', 100], ['一百零五', 105], ['三百', 300], ['二百三十', 230], ['千', 1000], ['一千零三十', 1030],
    ['三千五百', 3500], ['万', 10_000], ['两万', 20_000], ['一万二千', 12_000], ['十万', 100_000],
    ['三千五百万', 35_000_000], ['三亿', 300_000_000], ['一亿二千万', 120_000_000], ['二〇一八', 2018],
    ['零', 0], ['几十', 10], ['数百', 100],
  ] as const)('%s → %d', (word, value) => {
    expect(parseChineseNumber(word)).toBe(value)
  })

  it.each(['', '十分', '万一发生', 'abc'])('rejects %j', (word) => {
    expect(parseChineseNumber(word)).toBeUndefined()
  })
})

describe('parseArabicNumber and parseNumber', () => {
  it.each([
    ['412,930', 412_930], ['1,250,000', 1_250_000], ['1.2万', 12_000], ['3.5万', 35_000], ['1.32亿', 132_000_000],
    ['10.3亿', 1_030_000_000], ['1606.5万', 16_065_000], ['850.2万', 8_502_000], ['3千', 3000], ['68', 68], ['5.3', 5.3],
  ] as const)('%s → %d', (word, value) => {
    expect(parseNumber(word)).toBe(value)
  })

  it('applies a scale string to plain digits and refuses other text', () => {
    expect(parseArabicNumber('56', '万')).toBe(560_000)
    expect(parseArabicNumber('1.1.1')).toBeUndefined()
    expect(parseArabicNumber('12', 'x')).toBeUndefined()
  })

  it('flags fuzzy numerals only', () => {
    expect(isFuzzyNumeral('几十')).toBe(true)
    expect(isFuzzyNumeral('数百')).toBe(true)
    expect(isFuzzyNumeral('三十')).toBe(false)
  })
})

/**
 * `npx tsx scripts/build-idf.ts`: cuts the common-word part of jieba's IDF table (the idf.utf8
 * that nodejieba ships) into src/text/common-idf.json: words below CUT-OFF with their IDF, and the
 * mean IDF of the rarer ones. The same nodejieba gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const CUT_OFF = 8.5
const require = createRequire(import.meta.url)
const { DEFAULT_IDF_DICT } = require('nodejieba') as { DEFAULT_IDF_DICT: string }
const words: Record<string, number> = {}
let rareSum = 0
let rareCount = 0
for (const line of readFileSync(DEFAULT_IDF_DICT, 'utf8').split('\n')) {
  const space = line.lastIndexOf(' ')
  const value = Number(line.slice(space + 1))
  if (space <= 0 || !Number.isFinite(value)) continue
  const word = line.slice(0, space)
  // Only words of two or more Chinese characters are compared; the rest never is.
  if (!/^[\u4e00-\u9fff]{2,}$/.test(word)) continue
  if (value < CUT_OFF) words[word] = Math.round(value * 100) / 100
  else {
    rareSum += value
    rareCount++
  }
}
const sorted = Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
const rare = Math.round((rareSum / rareCount) * 100) / 100
writeFileSync('src/text/common-idf.json', JSON.stringify({ cutOff: CUT_OFF, rare, words: sorted }) + '\n')
console.log(`${Object.keys(sorted).length} common words below ${CUT_OFF}; rarer words count as ${rare}`)

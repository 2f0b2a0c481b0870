/**
 * The one place nodejieba is loaded. Its dictionaries load once per process (per worker
 * thread in a pool), on first use, so importing docsift stays cheap.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

import { HAN_WORD } from './chars.js'
import { forEachIdf, leanDictionaryPath } from './lean-dictionary.js'
import { recentTexts } from './memo.js'

interface Jieba {
  DEFAULT_DICT: string
  DEFAULT_IDF_DICT: string
  cut(text: string, hmm?: boolean): string[]
  tag(text: string): { word: string; tag: string }[]
  load(options?: Record<string, unknown>): void
}

let jieba: Jieba | undefined

// nodejieba's keyword extractor (never called here) would load its 6 MB IDF table into every thread:
// a one-line stand-in saves ~19 MB and ~0.2 s per thread (dict/README.md). The package keeps it in
// dict/ beside dist/; from the sources it is two levels up. Without it, the defaults load.
/** Where the keyword IDF stand-in is, or undefined (nodejieba then loads its own table). */
export const KEYWORD_IDF_STUB = ['../dict/keyword-idf-stub.utf8', '../../dict/keyword-idf-stub.utf8']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((path) => existsSync(path))

function load(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url)
    const loaded = require('nodejieba') as Jieba
    // The lean word list is made beside the stub, in dict/, on the first load (lean-dictionary.ts).
    const dict = leanDictionaryPath(loaded.DEFAULT_DICT, loaded.DEFAULT_IDF_DICT, KEYWORD_IDF_STUB && dirname(KEYWORD_IDF_STUB))
    loaded.load(KEYWORD_IDF_STUB === undefined ? { dict } : { dict, idfDict: KEYWORD_IDF_STUB })
    jieba = loaded
  }
  return jieba
}

/** Loads the dictionaries now (a few seconds, once per thread) instead of on the first cut. */
export function loadDictionaries(): void {
  load().cut('预热', true)
}

/** Word segmentation (HMM on, for unknown names). */
export function cut(text: string): string[] {
  return text ? load().cut(text, true) : []
}

/** Words with their part-of-speech tags (ICTCLAS tag set: n, ns, nr, v, m, q …). */
export function tag(text: string): { word: string; tag: string }[] {
  return text ? load().tag(text) : []
}

// The activity readers ask for the same clause (or a name's opening) more than once: the rules' verb
// search, the learned deed scorer's candidates, the naming of what they found.
const tagged = recentTexts(tag)

/** tag(), remembered for recent texts (bounded); callers must not change the array they get. */
export function tagClause(text: string): readonly { readonly word: string; readonly tag: string }[] {
  return tagged(text)
}

/** Forgets remembered taggings (benchmarks call it so repeated pages are not measured as free). */
export function clearTagMemo(): void {
  tagged.forget()
}


// How rare a word is in general Chinese text (jieba's IDF: 工作 4.2, 科普 9.5), for the words common
// enough to say little about a topic. Read from the idf.utf8 that nodejieba ships (so the package
// carries no copy): words of two or more Chinese characters below IDF_CUT_OFF keep their value;
// every rarer or unlisted word counts as the mean of the rare ones.
const IDF_CUT_OFF = 8.5
let idfTable: { common: Map<string, number>; rare: number } | undefined

function loadIdf(): { common: Map<string, number>; rare: number } {
  const common = new Map<string, number>()
  let rareSum = 0
  let rareCount = 0
  forEachIdf(readFileSync(load().DEFAULT_IDF_DICT, 'utf8'), (word, value) => {
    if (!HAN_WORD.test(word)) return
    if (value < IDF_CUT_OFF) common.set(word, Math.round(value * 100) / 100)
    else {
      rareSum += value
      rareCount++
    }
  })
  return { common, rare: rareCount ? Math.round((rareSum / rareCount) * 100) / 100 : IDF_CUT_OFF }
}

/** How rare a word is in general Chinese (jieba's IDF); a word outside the common part counts as rare. */
export function idf(word: string): number {
  idfTable ??= loadIdf()
  return idfTable.common.get(word) ?? idfTable.rare
}

/** A word common in general Chinese text (jieba's IDF below the cut-off): 患者, 服务, 医院; not 做超 or 拍光. */
export function isCommonWord(word: string): boolean {
  idfTable ??= loadIdf()
  return idfTable.common.has(word)
}

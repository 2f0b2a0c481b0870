/**
 * The one place nodejieba is loaded. Its dictionaries load once per process (per worker
 * thread in a pool), on first use, so importing docsift stays cheap.
 */
import { createRequire } from 'node:module'

import COMMON_IDF from './common-idf.json'

interface Jieba {
  cut(text: string, hmm?: boolean): string[]
  tag(text: string): { word: string; tag: string }[]
  load(options?: Record<string, unknown>): void
}

let jieba: Jieba | undefined

function load(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url)
    jieba = require('nodejieba') as Jieba
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


// How rare a word is in general Chinese text (jieba's IDF: 工作 4.2, 科普 9.5), for the words
// common enough to say little about a topic. The table is cut from jieba's own idf.utf8 by
// scripts/build-idf.ts; a word missing from it is rarer than the table's cut-off.
let idfTable: Map<string, number> | undefined

/** How rare a word is in general Chinese (jieba's IDF); a word not in the common table counts as rare. */
export function idf(word: string): number {
  idfTable ??= new Map(Object.entries(COMMON_IDF.words))
  return idfTable.get(word) ?? COMMON_IDF.rare
}

/**
 * The one place nodejieba is loaded. Its dictionaries load once per process (per worker
 * thread in a pool), on first use, so importing docsift stays cheap.
 */
import { createRequire } from 'node:module'

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


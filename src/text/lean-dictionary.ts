/**
 * The word list docsift hands nodejieba instead of its full jieba.dict.utf8.
 *
 * nodejieba keeps its dictionary as a trie of hash maps: the full list's 349,000 words cost about
 * 235 MB in every thread that loads them, most of a worker's memory. Over half of those words carry
 * jieba's floor count (2 or 3), mostly long names, terms and set phrases that a work summary never
 * contains. Such a word is left out when it is longer than two characters and jieba's own IDF table
 * (from jieba's general corpus, not from any page of ours) does not call it common. What is left
 * (235,000 words) costs about 165 MB; a left-out word is cut into its parts, which changes about
 * 0.5 % of the words of a page (measured on the shared pages: README, Segmentation).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** jieba's floor count: a word counted this often or less is a candidate for leaving out. */
export const RARE_WORD_COUNT = 3
/** A floor-count word stays when jieba's IDF for it is below this (13.9 is the IDF of the rarest words). */
export const COMMON_WORD_IDF = 13
/** Words this long or shorter always stay: without them a text would fall apart into single characters. */
export const CORE_WORD_LENGTH = 2

/** Calls `visit` with each line of a dictionary file's text (no array of 350,000 lines). */
export function forEachLine(text: string, visit: (line: string) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    visit(text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end))
    start = end + 1
  }
}

/** Calls `visit` with each entry of jieba's IDF table text ("word idf" per line); malformed lines are skipped. */
export function forEachIdf(text: string, visit: (word: string, idf: number) => void): void {
  forEachLine(text, (line) => {
    const space = line.lastIndexOf(' ')
    const value = space > 0 && space < line.length - 1 ? Number(line.slice(space + 1)) : NaN
    if (Number.isFinite(value)) visit(line.slice(0, space), value)
  })
}

/**
 * The lean word list: the lines of `dictionary` ("word count tag") whose count is above
 * RARE_WORD_COUNT, whose word is at most CORE_WORD_LENGTH characters long, or whose word has an IDF
 * below COMMON_WORD_IDF in `idf` ("word idf"); in their order, each ending with a newline. Lines
 * that are not "word count tag" are dropped (nodejieba would stop at them).
 */
export function leanDictionary(dictionary: string, idf: string): string {
  const common = new Set<string>()
  forEachIdf(idf, (word, value) => {
    if (value < COMMON_WORD_IDF) common.add(word)
  })
  const kept: string[] = []
  forEachLine(dictionary, (line) => {
    const [word = '', count = '', tag = '', ...extra] = line.split(' ')
    if (word === '' || tag === '' || extra.length > 0 || !/^\d+$/.test(count)) return
    if (Number(count) > RARE_WORD_COUNT || [...word].length <= CORE_WORD_LENGTH || common.has(word)) kept.push(line)
  })
  return kept.length ? `${kept.join('\n')}\n` : ''
}

/**
 * Where the lean list made from `dictionaryPath` and `idfPath` is: `dir` (the package's dict/) or,
 * when that cannot be written, the system's temporary directory. It is made on the first load on a
 * machine (about half a second), not shipped: it is nodejieba's data, derived from the copy installed. The name carries a digest of both inputs' sizes and the three
 * constants, so a nodejieba with other word lists, or other constants, never reads a stale list.
 */
export function leanDictionaryPath(dictionaryPath: string, idfPath: string, dir: string | undefined): string {
  const key = `${statSync(dictionaryPath).size}:${statSync(idfPath).size}:${RARE_WORD_COUNT}:${COMMON_WORD_IDF}:${CORE_WORD_LENGTH}`
  const name = `jieba-lean-${createHash('sha256').update(key).digest('hex').slice(0, 12)}.utf8`
  for (const folder of dir === undefined ? [tmpdir()] : [dir, tmpdir()]) {
    const path = join(folder, name)
    try {
      if (statSync(path).size > 0) return path
    } catch {
      // Not made yet: make it below.
    }
    try {
      const text = leanDictionary(readFileSync(dictionaryPath, 'utf8'), readFileSync(idfPath, 'utf8'))
      // nodejieba aborts the process on an empty list: a list not in jieba's format is used as it is.
      if (text === '') return dictionaryPath
      mkdirSync(folder, { recursive: true })
      // Threads starting together may all make it: each writes its own file and renames it into place.
      const scratch = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`
      writeFileSync(scratch, text)
      renameSync(scratch, path)
      return path
    } catch {
      // A read-only package folder: try the next place.
    }
  }
  // Nowhere to write: the full list still cuts, with more memory (and the cut the lean list changes).
  return dictionaryPath
}

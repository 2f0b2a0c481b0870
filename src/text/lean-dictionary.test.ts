import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { COMMON_WORD_IDF, CORE_WORD_LENGTH, forEachLine, leanDictionary, leanDictionaryPath, RARE_WORD_COUNT } from './lean-dictionary.js'

// A made-up word list in jieba's format ("word count tag"), and an IDF table ("word idf").
const DICTIONARY = [
  '工作 30000 vn', // counted often: stays
  '科普 3 vn', // two characters: stays whatever its count
  '科普画廊 3 n', // floor count, common by its IDF: stays
  '星云测绘队 2 nt', // floor count, rare: left out
  '未登录长词 3 n', // floor count, not in the IDF table at all: left out
  '开幕式 4 n', // one above the floor: stays
].join('\n')
const IDF = ['工作 4.2', `科普画廊 ${COMMON_WORD_IDF - 1.5}`, `星云测绘队 ${COMMON_WORD_IDF + 0.5}`].join('\n')

const words = (list: string) => list.trim().split('\n').map((line) => line.split(' ')[0])

describe('leanDictionary', () => {
  it('leaves out only long floor-count words that the IDF table does not call common, in order', () => {
    expect(RARE_WORD_COUNT).toBeGreaterThanOrEqual(2)
    expect(CORE_WORD_LENGTH).toBe(2)
    const lean = leanDictionary(DICTIONARY, IDF)
    expect(words(lean)).toEqual(['工作', '科普', '科普画廊', '开幕式'])
    expect(lean.endsWith('\n')).toBe(true)
    // Kept lines are the source lines as they were.
    for (const line of lean.trim().split('\n')) expect(DICTIONARY.split('\n')).toContain(line)
  })

  it('drops lines nodejieba would stop at, and reads CRLF files', () => {
    const messy = ['工作 30000 vn', '', '缺标注 500', '多一列 500 n x', '非数字 many n', '开幕式 4 n'].join('\r\n')
    expect(words(leanDictionary(messy, 'IDF表 坏值\r\n工作 '))).toEqual(['工作', '开幕式'])
  })

  it('is empty for a list with no jieba lines (the caller then keeps the full list)', () => {
    expect(leanDictionary('not a dictionary', '')).toBe('')
  })
})

describe('forEachLine', () => {
  it('visits every line once, without the line ends', () => {
    const seen: string[] = []
    forEachLine('甲 1\r\n乙 2\n\n丙 3', (line) => seen.push(line))
    expect(seen).toEqual(['甲 1', '乙 2', '', '丙 3'])
  })
})

describe('leanDictionaryPath', () => {
  const made: string[] = []
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'docsift-lean-'))
    made.push(dir)
    return dir
  }
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  function sources(): { dict: string; idf: string } {
    const dir = folder()
    writeFileSync(join(dir, 'jieba.dict.utf8'), DICTIONARY)
    writeFileSync(join(dir, 'idf.utf8'), IDF)
    return { dict: join(dir, 'jieba.dict.utf8'), idf: join(dir, 'idf.utf8') }
  }

  it('writes the lean list once into the folder and finds it there afterwards', () => {
    const { dict, idf } = sources()
    const out = folder()
    const path = leanDictionaryPath(dict, idf, out)
    expect(path.startsWith(out)).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(leanDictionary(DICTIONARY, IDF))
    // The second call reads what the first wrote (no scratch files are left behind).
    writeFileSync(path, '工作 30000 vn\n')
    expect(leanDictionaryPath(dict, idf, out)).toBe(path)
    expect(readFileSync(path, 'utf8')).toBe('工作 30000 vn\n')
    expect(readdirSync(out)).toHaveLength(1)
  })

  it('names the list after its sources: another word list gets a list of its own', () => {
    const { dict, idf } = sources()
    const out = folder()
    const first = leanDictionaryPath(dict, idf, out)
    writeFileSync(dict, `${DICTIONARY}\n新词条 9 n`)
    const second = leanDictionaryPath(dict, idf, out)
    expect(second).not.toBe(first)
    expect(words(readFileSync(second, 'utf8'))).toContain('新词条')
  })

  it('falls back to the temporary directory when the folder cannot be made', () => {
    const { dict, idf } = sources()
    // A folder under a plain file cannot be made, not even by root.
    const blocked = join(dict, 'dict')
    const path = leanDictionaryPath(dict, idf, blocked)
    try {
      expect(path.startsWith(join(tmpdir(), 'jieba-lean-'))).toBe(true)
      expect(readFileSync(path, 'utf8')).toBe(leanDictionary(DICTIONARY, IDF))
    } finally {
      rmSync(path, { force: true })
    }
  })

  it('keeps the full list when the lean one would be empty (nodejieba aborts on an empty list)', () => {
    const dir = folder()
    writeFileSync(join(dir, 'dict'), 'not a dictionary')
    writeFileSync(join(dir, 'idf'), '')
    expect(leanDictionaryPath(join(dir, 'dict'), join(dir, 'idf'), dir)).toBe(join(dir, 'dict'))
  })
})

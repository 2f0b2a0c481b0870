import { TONE_VOWELS } from '../../lexicon/noise.js'
import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// A bracketed pinyin syllable right after a Chinese character: 結(jié), 長(zhǎng), 务(wu4). A real
// bracket after a character holds words, a number or an abbreviation, never one toned syllable.
const SYLLABLE = `(?:[a-zü]{0,5}[${TONE_VOWELS}][a-zü]{0,5}|[a-zü]{1,6}[1-5])`
const READING = new RegExp(`(?<=[\\u3400-\\u9fff])[(（〔【\\[]${SYLLABLE}[)）〕】\\]]`, 'g')
// A word's reading over two to four toned syllables, one per character before it (設備(shè bèi)): injected too,
// unless the word stands in quotes, where a school's text teaches its sound ("“龟裂(jūn liè)”").
const TONED = `[a-zü]{0,5}[${TONE_VOWELS}][a-zü]{0,5}`
const WORD_READING = new RegExp(`(?<=[\\u3400-\\u9fff]{2,4})[(（〔【\\[]${TONED}(?:\\s${TONED}){1,3}[)）〕】\\]]`, 'g')
const OPEN = /[“「『"]/g
const CLOSE = /[”」』]/g
function wordReadings(text: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(WORD_READING)) {
    const syllables = m[0].slice(1, -1).split(/\s/).length
    const word = text.slice(m.index - syllables, m.index)
    const before = text.slice(0, m.index)
    const quoted = (before.match(OPEN)?.length ?? 0) > (before.match(CLOSE)?.length ?? 0)
    if (/^[\u3400-\u9fff]+$/.test(word) && !quoted) out.push([m.index, m.index + m[0].length])
  }
  return out
}

export const pinyinReading: Rule = {
  id: 'inline-splice/pinyin-reading',
  kind: 'inline-splice',
  description: 'Pinyin readings a converter injected after characters (總結(jié), 長(zhǎng))',
  scope: 'inline',
  test: (block) => {
    const spans = [...matchSpans(READING, block.text), ...wordReadings(block.text)]
    return spans.length ? { reason: 'pinyin reading injected after a character', spans } : undefined
  },
  examples: {
    drop: ['全年工作總結(jié)如下', '鎮長(zhǎng)帶隊檢查', '完成各項任务(wu4)', '加强设备(shè bèi)维护,缺陷(quē xiàn)数量下降'],
    keep: ['成立了领导小组(组长:王明)', '共发放资料(3000份)', '开展“三下乡(sxx)”活动', '纠正学生易读错的字,如“龟裂(jūn liè)”', '开展“说好普通话(pǔ tōng huà),写好规范字”活动'],
  },
}

import { TONE_VOWELS } from '../../lexicon/noise.js'
import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// A bracketed pinyin syllable right after a Chinese character: 結(jié), 長(zhǎng), 务(wu4). A real
// bracket after a character holds words, a number or an abbreviation, never one toned syllable.
const SYLLABLE = `(?:[a-zü]{0,5}[${TONE_VOWELS}][a-zü]{0,5}|[a-zü]{1,6}[1-5])`
const READING = new RegExp(`(?<=[\\u3400-\\u9fff])[(（]${SYLLABLE}[)）]`, 'g')

export const pinyinReading: Rule = {
  id: 'inline-splice/pinyin-reading',
  kind: 'inline-splice',
  description: 'Pinyin readings a converter injected after characters (總結(jié), 長(zhǎng))',
  scope: 'inline',
  test: (block) => {
    const spans = matchSpans(READING, block.text)
    return spans.length ? { reason: 'pinyin reading injected after a character', spans } : undefined
  },
  examples: {
    drop: ['全年工作總結(jié)如下', '鎮長(zhǎng)帶隊檢查', '完成各項任务(wu4)'],
    keep: ['成立了领导小组(组长:王明)', '共发放资料(3000份)', '开展“三下乡(sxx)”活动'],
  },
}

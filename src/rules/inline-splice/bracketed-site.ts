import { SITE_NAME_WORDS } from '../../lexicon/noise.js'
import { wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

// A website's name in square brackets dropped into a sentence: "活动,[某范文]不断提高". The
// bracket holds a short name ending in a site word and nothing else (no digits: [1] is a citation).
const BRACKETED = new RegExp(`[\\[【][\\u4e00-\\u9fffA-Za-z]{0,8}(?:${wordAlternation(SITE_NAME_WORDS)})[\\]】]`, 'g')

export const bracketedSite: Rule = {
  id: 'inline-splice/bracketed-site',
  kind: 'inline-splice',
  description: 'A site name in brackets dropped into a sentence ([某范文], 【某文库】)',
  scope: 'inline',
  test: (block) => {
    const spans: [number, number][] = []
    BRACKETED.lastIndex = 0
    // Matched on the folded text (same length): traditional names (【學習文庫】) read as simplified ones.
    for (let m = BRACKETED.exec(block.folded); m; m = BRACKETED.exec(block.folded)) {
      // Inside a sentence: text on both sides (a bracketed label opening a line is a heading).
      if (m.index === 0 || m.index + m[0].length >= block.folded.length) continue
      spans.push([m.index, m.index + m[0].length])
    }
    return spans.length ? { reason: 'site name dropped into the sentence', spans } : undefined
  },
  examples: {
    drop: ['继续开展教学反思活动,[某某范文]不断提高教师水平。', '加强宣传【学习文库】,营造良好氛围。', '加強宣傳【學習文庫】,營造良好氛圍。'],
    keep: ['【工作动态】全镇开展了环境整治。', '详见文献[1]的有关论述。', '印发了[2023]5号文件'],
  },
}

import { GENRE_WORD } from '../../lexicon/genres.js'
import { titleKey } from '../../text/title.js'
import type { Rule } from '../types.js'

// A bracketed document title inside a sentence: "(2020学院团支部工作总结)", "【…工作总结范文】". No punctuation
// inside, ends with a genre word; a book title would stand in 《》 instead.
const PAREN_TITLE = new RegExp(`[(（【〔]([^()（）【】〔〕《》,。、;:!?\\s]{3,30}?${GENRE_WORD.source}(?:范文|\\d{1,2}篇)?)[)）】〕]`, 'g')
// A template site's listing word closing it ("…活动【2023年度学校安全稳定工作总结范文】,累计…") says it is another page's
// title even where a clause ends after it.
const SITE_LISTED = /(?:范文|\d{1,2}篇)$/

export const splicedTitle: Rule = {
  id: 'inline-splice/spliced-title',
  kind: 'inline-splice',
  description: 'Titles of other documents spliced into a sentence ("与科技工作(2020学院团支部工作总结)者交流")',
  scope: 'span',
  test: (block, doc) => {
    const folded = block.folded
    const spans: [number, number][] = []
    PAREN_TITLE.lastIndex = 0
    for (let m = PAREN_TITLE.exec(folded); m; m = PAREN_TITLE.exec(folded)) {
      const inner = m[1]!
      // Our own title in brackets is a reference, not a splice.
      if (doc.titleKey && titleKey(inner) === doc.titleKey) continue
      // Spliced inside a word: Han characters on both sides of the brackets.
      const before = folded[m.index - 1] ?? ''
      const after = folded[m.index + m[0].length] ?? ''
      if (/[\u4e00-\u9fff]/.test(before) && (/[\u4e00-\u9fff]/.test(after) || SITE_LISTED.test(inner))) spans.push([m.index, m.index + m[0].length])
    }
    return spans.length ? { reason: 'title of another document spliced into the sentence', spans } : undefined
  },
  examples: {
    title: '2022年防汛抗旱工作总结',
    drop: ['镇防汛办组织各村与水利工作(2021年医院后勤保障工作总结)者交流经验,提高了应急处置能力。', '深入开展消防安全宣传“五进”活动【2023年度学校安全稳定工作总结范文】,累计举办培训讲座34场。'],
    keep: ['根据《2022年防汛抗旱应急预案》开展演练。', '制定了(试行)办法,完善了工作机制。', '学校团委工作总结(2017-2018学年第二学期)', '全面落实【2023年安全生产工作计划】,开展隐患排查。'],
  },
}

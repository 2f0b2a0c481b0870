import { looksLikeTitle, titleKey, variantBase } from '../../text/title.js'
import type { Rule } from '../types.js'

export const repeatedTitle: Rule = {
  id: 'duplicate-title/repeated-title',
  kind: 'duplicate-title',
  description: 'The title repeated on a line of its own, or a compilation variant label of it before any body (…工作总结一, … 篇1)',
  scope: 'line',
  test: (block, doc) => {
    if (!doc.titleKey || block.index === doc.titleIndex) return undefined
    const text = block.text.trim()
    const base = variantBase(text)
    // After the body has started, a variant label opens the next document: structure, not junk.
    if (base !== null && block.index > block.firstBodyIndex && block.index > doc.titleIndex) return undefined
    // Only a title-shaped line is keyed (most lines are body: the key would be thrown away).
    if ((base !== null || looksLikeTitle(text)) && titleKey(base ?? text) === doc.titleKey) {
      return { reason: base !== null ? 'compilation variant label repeating the title' : 'title repeated' }
    }
    return undefined
  },
  examples: {
    title: '2022年防汛抗旱工作总结',
    drop: ['2022年防汛抗旱工作总结', '2022年防汛抗旱工作总结一', '防汛抗旱工作总结 篇1'],
    keep: ['一、防汛工作的基本情况', '2023年农村饮水安全工作计划'],
  },
}

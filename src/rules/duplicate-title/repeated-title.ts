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
    const key = titleKey(base ?? text)
    if ((base !== null || looksLikeTitle(text)) && key === doc.titleKey) {
      return { reason: base !== null ? 'compilation variant label repeating the title' : 'title repeated' }
    }
    return undefined
  },
  examples: {
    title: '2020科技活动周工作总结',
    drop: ['2020科技活动周工作总结', '2020科技活动周工作总结一', '科技活动周工作总结 篇1'],
    keep: ['一、科技活动周的基本情况', '2020年精准扶贫工作计划'],
  },
}

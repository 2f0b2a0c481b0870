import { variantLabel } from '../../text/title.js'
import type { Rule } from '../types.js'

export const variantLabelRule: Rule = {
  id: 'boilerplate/variant-label',
  kind: 'boilerplate',
  description: 'Labels of the documents of a compilation page (…总结篇一, 第1篇 …, 篇一:…, …【第一篇】, …例1): the label goes, the split into documents stays',
  scope: 'line',
  test: (block, doc) => {
    const label = variantLabel(block.text)
    if (!label) return undefined
    const reason = 'variant label of a compilation page'
    // The label on the title line itself (the title's first occurrence): only the label goes.
    if (block.index === doc.titleIndex || (doc.titleIndex < 0 && block.index < block.firstBodyIndex && !doc.title)) {
      return { reason, spans: [[label.start, label.end]], opensDocument: label.base }
    }
    return { reason, opensDocument: label.base }
  },
  examples: {
    title: '2022年防汛抗旱工作总结',
    drop: ['2022年防汛抗旱工作总结一', '防汛抗旱工作总结 篇1', '篇二:防汛抗旱工作总结', '第3篇 防汛抗旱工作总结', '防汛抗旱工作总结【第一篇】', '防汛抗旱工作总结例2'],
    keep: ['一、防汛工作的基本情况', '2023年农村饮水安全工作计划', '(一)加强领导'],
  },
}

import { titleWorthy, variantLabel } from '../../text/title.js'
import type { DocFacts, Rule, RuleBlock } from '../types.js'

/** No line before this one, in the page head, could be the document's own title. */
function firstTitle(block: RuleBlock, doc: DocFacts): boolean {
  if (block.index === doc.titleIndex) return true
  // The title stands bare on the next line: this label line repeats it.
  if (block.index + 1 === doc.titleIndex) return false
  if (block.index > block.firstBodyIndex) return false
  for (let j = 0; j < block.index; j++) if (titleWorthy(doc.texts[j]!)) return false
  return true
}

export const variantLabelRule: Rule = {
  id: 'boilerplate/variant-label',
  kind: 'boilerplate',
  description: 'Labels of the documents of a compilation page (…总结篇一, 第1篇 …, 篇一:…, …【第一篇】, …例1): the label goes, the split into documents stays',
  scope: 'line',
  traits: { separates: true },
  test: (block, doc) => {
    const label = variantLabel(block.text)
    if (!label) return undefined
    const reason = 'variant label of a compilation page'
    // The label on the title's first occurrence: only the label goes, the title stays.
    if (firstTitle(block, doc)) {
      return { reason, spans: [[label.start, label.end]], opensDocument: label.base }
    }
    return { reason, opensDocument: label.base }
  },
  examples: {
    title: '2022年防汛抗旱工作总结',
    drop: ['2022年防汛抗旱工作总结一', '防汛抗旱工作总结 篇1', '篇二:防汛抗旱工作总结', '第3篇 防汛抗旱工作总结', '防汛抗旱工作总结【第一篇】', '防汛抗旱工作总结例2',
      '范文二', '【篇一】', '精选范文三:防汛抗旱工作总结', '例文1:', '参考范文(三)', '2022年防汛抗旱工作总结 篇二:某某镇2022年防汛抗旱工作总结', '【精选篇1】2022年防汛抗旱工作总结', '〖范文1〗2022年防汛抗旱工作总结', '【范文一】在全镇秋季森林防火工作会议上的讲话', '防汛抗旱工作总结·甄选篇②|某某镇2022年防汛抗旱工作总结', '第二篇·乡镇站所类', '2022年防汛抗旱工作总结（范文二）'],
    keep: ['一、防汛工作的基本情况', '2023年农村饮水安全工作计划', '(一)加强领导', '范文写作培训班共举办3期。', '关于开展读书月活动的通知'],
  },
}

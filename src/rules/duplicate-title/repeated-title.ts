import { isDateLine } from '../../text/date-line.js'
import { fold } from '../../text/fold.js'
import { markerLevel } from '../../text/markers.js'
import { looksLikeTitle } from '../../text/title.js'
import type { DocFacts, Rule, RuleBlock } from '../types.js'

/** Index of an earlier head line (before the body, or the title) that reads the same, or -1. */
function earlierCopy(block: RuleBlock, doc: DocFacts, form: string): number {
  for (let j = 0; j < block.index; j++) {
    if (j > block.firstBodyIndex && j !== doc.titleIndex) break
    if (doc.stats.titleLine(j)?.form === form) return j
  }
  return -1
}

const YEAR = /(?:19|20)\d{2}/

// A heading carried over to the next slide or page with a "continued" mark ("重点工作开展情况(续)").
const CONTINUED = /\s*[(（](?:续|续表|续上页|接上页|续前页)[)）]\s*$/

/** The line repeats an earlier line with a "continued" mark after it. */
function continuedCopy(block: RuleBlock, doc: DocFacts): boolean {
  const mark = CONTINUED.exec(block.folded)
  if (!mark) return false
  const base = block.folded.slice(0, mark.index).trim()
  return base.length >= 2 && doc.texts.slice(0, block.index).some((t) => fold(t).trim() === base)
}

export const repeatedTitle: Rule = {
  id: 'duplicate-title/repeated-title',
  kind: 'duplicate-title',
  description: 'The title repeated on a line of its own (or split over two lines): its first occurrence stays',
  scope: 'line',
  test: (block, doc) => {
    if (block.index === doc.titleIndex) return undefined
    if (continuedCopy(block, doc)) return { reason: 'a heading repeated with a continued mark' }
    const line = doc.stats.titleLine(block.index)
    if (!line || line.variant || markerLevel(block.text) > 0 || isDateLine(block.text)) return undefined // a date under a title, again under the signature
    // The same short line again before the body (or the title again anywhere).
    const copy = earlierCopy(block, doc, line.form)
    if (copy >= 0) return { reason: 'title repeated' }
    // Right under a title with no year ("某某述职报告", left of a label "…篇一"), the same title with its year ("2023年度某某述职报告")
    // is the document's own title line, not a repeat.
    const fuller = block.index === doc.titleIndex + 1 && YEAR.test(block.folded) && !YEAR.test(doc.title ?? '')
    if (fuller) return undefined
    if (doc.titleKey && line.key === doc.titleKey && doc.titleIndex >= 0 && doc.titleIndex < block.index && looksLikeTitle(block.text)) {
      return { reason: 'title repeated' }
    }
    // A title broken over two lines, repeating one that stands whole earlier.
    for (const [a, b] of [[block.index, block.index + 1], [block.index - 1, block.index]] as const) {
      const first = doc.stats.titleLine(a)
      const second = doc.stats.titleLine(b)
      if (first && second && earlierCopy({ ...block, index: Math.min(a, block.index) }, doc, first.form + second.form) >= 0) {
        return { reason: 'title repeated, broken over two lines' }
      }
    }
    return undefined
  },
  examples: {
    title: '2022年防汛抗旱工作总结',
    context: ['2022年防汛抗旱工作总结', '(2022年9月28日)', '为确保全镇安全度汛,镇党委、政府提早部署各项工作,全镇共排查隐患点36处。'],
    drop: ['2022年防汛抗旱工作总结'],
    keep: ['一、防汛工作的基本情况', '2023年农村饮水安全工作计划', '2022年9月28日'],
  },
}


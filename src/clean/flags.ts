/** Document-level flags: truncation, template placeholders, compilation, emptiness. */
import type { Block, CleanFlags, Removal } from '../schema.js'
import { RULES } from '../rules/index.js'
import { SENTENCE_END } from '../text/chars.js'

// Rules whose cuts are the labels of a compilation's documents.
const SEPARATING = new Set(RULES.filter((r) => r.traits?.separates).map((r) => r.id))

const PREVIEW_CUT = /已阅读|还剩\d+页|免费预览已结束|预览已结束|此处隐藏|继续阅读|剩余\d+页/
const PLACEHOLDER = /(?<![A-Za-z])(?:(?:19|20)[xX×]{2}|[xX×]{2,3}|[xX]月[xX]{1,2}日|_{3,}|某某|○{2,})(?![A-Za-z])/g

/** Computes the flags of a cleaned document. */
export function computeFlags(
  text: string,
  blocks: readonly Block[],
  removed: readonly Removal[],
  title: string | null,
  documentCount: number,
): CleanFlags {
  const preview = removed.some((r) => r.kind === 'page-marker' && PREVIEW_CUT.test(r.text))
  const last = blocks[blocks.length - 1]
  const midSentence = !!last && last.kind !== 'title' && last.kind !== 'heading' && !SENTENCE_END.test(last.text)
  const placeholders = [...new Set(text.match(PLACEHOLDER) ?? [])]
  const variantLabels = removed.some((r) => SEPARATING.has(r.rule))
  return {
    truncated: preview || midSentence,
    truncatedBy: preview ? 'preview-marker' : midSentence ? 'mid-sentence' : null,
    placeholders,
    title,
    compilation: documentCount > 1 || variantLabels,
    empty: text.length === 0,
    emptyReason: text.length === 0 ? 'no document text left after cleaning' : null,
  }
}

/** Gives kept blocks their kind and level, splits compilation documents, and lays out the text. */
import type { Block, BlockKind, CleanDocument } from '../schema.js'
import { markerLevel } from '../text/markers.js'
import { looksLikeTitle, variantBase } from '../text/title.js'
import type { WorkBlock } from './unwrap.js'

const HEADING_MAX = 40

function kindOf(text: string, isTitle: boolean): { kind: BlockKind; level?: number } {
  if (isTitle) return { kind: 'title' }
  const level = markerLevel(text)
  if (level > 0) {
    // A heading is short and carries no full sentence; "1、自主创新的主题突出。围绕…" is an item.
    const sentenceInside = /[。;;!?]./.test(text)
    return { kind: text.length <= HEADING_MAX && !sentenceInside ? 'heading' : 'list-item', level }
  }
  return { kind: 'paragraph' }
}

/** Lays out kept blocks as the cleaned text (one block per line) with documents. */
export function classify(
  kept: readonly WorkBlock[],
  title: string | null,
): { blocks: Block[]; documents: CleanDocument[]; text: string } {
  const blocks: Block[] = []
  const docTitles: (string | null)[] = [title]
  let doc = 0
  let bodySeen = false
  let offset = 0
  kept.forEach((b, i) => {
    const text = b.text.text
    const label = b.opens ?? variantBase(text)
    // A variant label (kept, or cut with its place remembered) or a fresh title line after body
    // text opens the next document.
    const opens = bodySeen && (label !== null || (looksLikeTitle(text) && markerLevel(text) === 0))
    // A bare label cut above its document ("✦ 范本 No.2 ✦" / "某村上半年工作总结") leaves the title line first.
    const titledHere = b.opens === undefined || (b.opens === '' && looksLikeTitle(text) && markerLevel(text) === 0)
    if (opens) {
      doc++
      docTitles.push(label || (titledHere ? text : null))
      bodySeen = false
    }
    const isTitle = b.isTitle || (opens && titledHere) || (i === 0 && looksLikeTitle(text) && markerLevel(text) === 0)
    const { kind, level } = kindOf(text, isTitle)
    if (kind !== 'title' && kind !== 'heading') bodySeen = true
    blocks.push({ kind, ...(level ? { level } : {}), text, offset, sourceOffset: b.text.source(0), doc })
    offset += text.length + 1
  })
  const text = blocks.map((b) => b.text).join('\n')
  // Blocks grouped once: filtering all blocks per document was quadratic on a page of many 篇.
  const byDoc: Block[][] = docTitles.map(() => [])
  for (const b of blocks) byDoc[b.doc]!.push(b)
  const documents: CleanDocument[] = docTitles.map((t, index) => {
    const own = byDoc[index]!
    const start = own[0]?.offset ?? text.length
    const docText = own.map((b) => b.text).join('\n')
    return { index, title: t, text: docText, offset: start, blocks: own.map((b) => ({ ...b, offset: b.offset - start })) }
  })
  return { blocks, documents, text }
}

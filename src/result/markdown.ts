/** The cleaned document as an mdast tree and as Markdown. */
import { createRequire } from 'node:module'
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast'
import type { toMarkdown as ToMarkdown } from 'mdast-util-to-markdown'
import type { Block, CleanResult } from '../schema.js'

let serializer: typeof ToMarkdown | undefined

/**
 * The Markdown serializer, loaded on the first Markdown output: a run that prints text or JSON
 * never pays for it (about 60 ms of a process's start). require() keeps the call synchronous
 * (an ES module, which Node ≥ 20.19 requires).
 */
function toMarkdown(tree: Root): string {
  serializer ??= (createRequire(import.meta.url)('mdast-util-to-markdown') as { toMarkdown: typeof ToMarkdown }).toMarkdown
  return serializer(tree)
}

function position(b: Block) {
  return {
    start: { line: 0, column: 0, offset: b.sourceOffset },
    end: { line: 0, column: 0, offset: b.sourceOffset + b.text.length },
  }
}

/** Builds an mdast root: the title as depth-1 heading, headings by level, list items grouped, paragraphs. */
export function toMdast(blocks: readonly Block[]): Root {
  const children: RootContent[] = []
  let list: List | null = null
  for (const b of blocks) {
    if (b.kind === 'list-item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: b.text }] }], position: position(b) }
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] }
        children.push(list)
      }
      list.children.push(item)
      continue
    }
    list = null
    if (b.kind === 'title' || b.kind === 'heading') {
      const depth = (b.kind === 'title' ? 1 : Math.min(6, (b.level ?? 1) + 1)) as Heading['depth']
      children.push({ type: 'heading', depth, children: [{ type: 'text', value: b.text }], position: position(b) })
    } else {
      const p: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: b.text }], position: position(b) }
      children.push(p)
    }
  }
  return { type: 'root', children }
}

/** Markdown of a clean result. */
export function cleanToMarkdown(result: CleanResult): string {
  return toMarkdown(toMdast(result.blocks))
}

/**
 * DOM → lines. One line per block element (paragraph, heading, list item, table row), walked
 * with an explicit stack so 10k-deep nesting cannot overflow. Each line remembers the element
 * that owns it and how much of it is link text, which the generic fallback scores.
 */
import type { AnyNode, Element } from 'domhandler'
import { isElement } from './dom.js'

/** One visual line of the page. */
export interface Line {
  text: string
  /** The innermost block element the line sits in. */
  owner: Element
  /** Characters of the line inside `<a>` elements (whitespace excluded). */
  linkChars: number
  /** Characters without whitespace. */
  chars: number
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption', 'title', 'legend', 'article',
])
const CELL = new Set(['td', 'th'])
const SPACES = /[\t\n\r\f \u00a0\u200b\ufeff]+/g
// A source line break between two Chinese characters is layout, not a word space.
const CJK_BREAK = /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[\t \u00a0]{0,20}[\r\n][\t\r\n \u00a0]{0,40}(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g
const NON_SPACE = /\S/g

type Frame = { node: AnyNode; exit: boolean }

/** Counts non-whitespace characters. */
export function countChars(text: string): number {
  return text.match(NON_SPACE)?.length ?? 0
}

/** Walks `root` and returns its text as lines, in document order. */
export function linearize(root: Element): Line[] {
  const lines: Line[] = []
  let buf = ''
  let linkChars = 0
  let linkDepth = 0
  let preDepth = 0
  const blocks: Element[] = [root]

  const flush = (): void => {
    const text = buf.replace(SPACES, ' ').trim()
    if (text) lines.push({ text, owner: blocks[blocks.length - 1] ?? root, linkChars, chars: countChars(text) })
    buf = ''
    linkChars = 0
  }
  const addText = (raw: string): void => {
    if (preDepth > 0 && raw.includes('\n')) {
      const parts = raw.split('\n')
      parts.forEach((part, i) => {
        if (i > 0) flush()
        buf += part
      })
      return
    }
    const text = raw.replace(CJK_BREAK, '$1')
    buf += text
    if (linkDepth > 0) linkChars += countChars(text)
  }

  const stack: Frame[] = []
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, exit: false })
  while (stack.length) {
    const { node, exit } = stack.pop()!
    if (node.type === 'text') {
      addText(node.data)
      continue
    }
    if (!isElement(node)) continue
    const name = node.name
    if (exit) {
      if (name === 'a') linkDepth--
      if (name === 'pre') preDepth--
      if (BLOCK.has(name) || name === 'tr') {
        flush()
        blocks.pop()
      } else if (CELL.has(name)) buf += ' '
      continue
    }
    if (name === 'br') {
      flush()
      continue
    }
    if (name === 'img') {
      continue
    }
    if (BLOCK.has(name) || name === 'tr') {
      flush()
      blocks.push(node)
    }
    if (name === 'a') linkDepth++
    if (name === 'pre') preDepth++
    stack.push({ node, exit: true })
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false })
  }
  flush()
  return lines
}

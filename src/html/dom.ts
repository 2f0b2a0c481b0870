/**
 * Parsing and pruning. Everything a reader never sees (scripts, hidden elements, widgets, ads)
 * leaves the tree before any text is taken, so watermarks and menus cannot leak into lines.
 */
import { load, type CheerioAPI } from 'cheerio/slim'
import type { AnyNode, Element, ParentNode } from 'domhandler'

const ALWAYS_JUNK =
  'script, style, noscript, template, iframe, frame, frameset, object, embed, svg, canvas, video, audio, ' +
  'select, option, button, input, textarea, nav, aside, link, meta, map, dialog, [hidden], [aria-hidden="true"]'
// Page chrome that sometimes wraps the whole document (ASP.NET forms, <header> inside <article>).
const CHROME = new Set(['header', 'footer', 'form'])
const CHROME_MAX_SHARE = 0.3
const HIDDEN_CONTENT_MIN = 200
const HIDDEN_CONTENT_SHARE = 0.3
const HIDDEN_STYLE = /(?:display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden)/i
const AD_NAME = /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|adsbygoogle|guanggao|gg|sponsor|popup|share|bdshare)(?:[\s_-]|\d|$)/i

/** Parses HTML into a cheerio document (htmlparser2: fast, and never recursive on depth). */
export function parseHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } })
}

/** True for element nodes (tags, script and style). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style'
}

/** Text length without whitespace of a subtree, walked iteratively. */
export function textLength(root: AnyNode): number {
  let n = 0
  const stack: AnyNode[] = [root]
  while (stack.length) {
    const node = stack.pop()!
    if (node.type === 'text') n += node.data.replace(/\s+/g, '').length
    else if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return n
}

function isHidden(el: Element): boolean {
  const style = el.attribs['style']
  return style !== undefined && HIDDEN_STYLE.test(style)
}

function isAd(el: Element): boolean {
  const name = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`
  return name.length > 1 && AD_NAME.test(name)
}

/** Every element under `root`, in document order, collected without recursion. */
export function elementsOf(root: ParentNode): Element[] {
  const out: Element[] = []
  const stack: AnyNode[] = [...root.children].reverse()
  while (stack.length) {
    const node = stack.pop()!
    if (!isElement(node)) continue
    out.push(node)
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out
}

/**
 * Removes what a reader never sees: scripts and widgets, comments, hidden and ad elements,
 * `extra` selectors (a profile's junk), and header/footer/form chrome that is a small part of the page.
 */
export function pruneJunk($: CheerioAPI, extra: readonly string[]): void {
  $(ALWAYS_JUNK).remove()
  for (const selector of extra) $(selector).remove()
  const root = $.root()[0]
  if (!root) return
  const doomed: AnyNode[] = []
  const hidden: Element[] = []
  const stack: AnyNode[] = [root]
  while (stack.length) {
    const node = stack.pop()!
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') {
      doomed.push(node)
      continue
    }
    if (isElement(node) && isAd(node)) {
      doomed.push(node)
      continue
    }
    if (isElement(node) && isHidden(node)) {
      hidden.push(node)
      continue
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  const body = $('body')[0] ?? root
  const total = textLength(body)
  // Some readers hide the whole article until a script reveals it (WeChat's #js_content): keep that.
  for (const el of hidden) if (textLength(el) < Math.max(HIDDEN_CONTENT_MIN, total * HIDDEN_CONTENT_SHARE)) doomed.push(el)
  $(doomed).remove()
  const chrome = elementsOf(body).filter((el) => CHROME.has(el.name) && textLength(el) <= total * CHROME_MAX_SHARE)
  $(chrome).remove()
}

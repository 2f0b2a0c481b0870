/**
 * Parsing and pruning. Everything a reader never sees (scripts, hidden elements, widgets, ads)
 * leaves the tree before any text is taken, so watermarks and menus cannot leak into lines.
 */
import { createRequire } from 'node:module'
import type { CheerioAPI, load as cheerioLoad } from 'cheerio/slim'
import type { AnyNode, DomHandler as Handler, Element, ParentNode } from 'domhandler'
import type { Parser as HtmlParser } from 'htmlparser2'

interface HtmlLibraries {
  readonly load: typeof cheerioLoad
  readonly DomHandler: typeof Handler
  readonly Parser: typeof HtmlParser
}
let libraries: HtmlLibraries | undefined

/**
 * The parser and cheerio, loaded on the first HTML page: a pipeline of text pages never pays for
 * them (about 0.3 s of a process's start). Their CommonJS builds, so that the call stays synchronous.
 */
function html(): HtmlLibraries {
  if (!libraries) {
    const require = createRequire(import.meta.url)
    const { load } = require('cheerio/slim') as { load: typeof cheerioLoad }
    const { DomHandler } = require('domhandler') as { DomHandler: typeof Handler }
    const { Parser } = require('htmlparser2') as { Parser: typeof HtmlParser }
    libraries = { load, DomHandler, Parser }
  }
  return libraries
}

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

const PARSER_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
// Real pages nest a few dozen levels. Selector matching (css-select over domutils) keeps a stack
// of the open levels and shifts it per element, so a page of 100,000 nested <div>s or
// <table><tr><td>s costs depth × elements: deeper levels are unwrapped into their ancestor.
const MAX_DEPTH = 128

/**
 * Parses HTML into a cheerio document: htmlparser2 (fast, never recursive on depth), with its
 * open-element stacks made linear, and nesting capped at MAX_DEPTH.
 */
export function parseHtml(page: string): CheerioAPI {
  const { load, DomHandler, Parser } = html()
  const handler = new DomHandler(undefined, PARSER_OPTIONS)
  const parser = new Parser(handler, PARSER_OPTIONS)
  // htmlparser2 keeps open elements newest-first with unshift/shift/indexOf: one copy of the
  // whole stack per tag, quadratic in nesting depth (<div>×100,000 took minutes).
  const internals = parser as unknown as Record<'stack' | 'foreignContext', unknown>
  internals.stack = newestFirst<string>([])
  internals.foreignContext = newestFirst<boolean>([false])
  parser.end(page)
  capDepth(handler.root, MAX_DEPTH)
  return load(handler.root, { xml: PARSER_OPTIONS })
}

/**
 * A stack that answers the array calls htmlparser2 makes on its newest-first stacks (`[i]`,
 * `length`, `shift`, `unshift`, `indexOf`) in constant time: items are kept oldest-first and
 * indexes are read from the end; a per-item count makes `indexOf` of an absent name free.
 */
function newestFirst<T>(initial: readonly T[]): unknown {
  const items: T[] = []
  const counts = new Map<T, number>()
  const stack = {
    get length(): number {
      return items.length
    },
    set length(n: number) {
      while (items.length > n) stack.shift()
    },
    shift(): T | undefined {
      if (items.length === 0) return undefined
      const item = items.pop() as T
      counts.set(item, (counts.get(item) ?? 1) - 1)
      return item
    },
    unshift(item: T): number {
      items.push(item)
      counts.set(item, (counts.get(item) ?? 0) + 1)
      return items.length
    },
    indexOf(item: T): number {
      if (!counts.get(item)) return -1
      return items.length - 1 - items.lastIndexOf(item)
    },
  }
  for (const item of [...initial].reverse()) stack.unshift(item)
  return new Proxy(stack, {
    get(target, key) {
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) return items[items.length - 1 - Number(key)]
      return Reflect.get(target, key, target)
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target)
    },
  })
}

/**
 * Unwraps every element nested deeper than `maxDepth`: its text and leaf elements move up, in
 * order, into the ancestor at that depth. Leaf elements (script, style, a <p> of text) stay whole.
 */
export function capDepth(root: ParentNode, maxDepth: number): void {
  const stack: { node: ParentNode; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (depth >= maxDepth) {
      if (node.children.some(hasElementChildren)) setChildren(node, leavesOf(node))
      continue
    }
    for (const child of node.children) if (hasElementChildren(child)) stack.push({ node: child as ParentNode, depth: depth + 1 })
  }
}

function hasElementChildren(node: AnyNode): boolean {
  return 'children' in node && node.children.some(isElement)
}

/** The subtree's text and leaf elements in document order, without the elements that held them. */
function leavesOf(node: ParentNode): AnyNode[] {
  const out: AnyNode[] = []
  const stack: AnyNode[] = [...node.children].reverse()
  while (stack.length) {
    const next = stack.pop()!
    if (hasElementChildren(next)) {
      const children = (next as ParentNode).children
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    } else out.push(next)
  }
  return out
}

function setChildren(parent: ParentNode, children: AnyNode[]): void {
  children.forEach((child, i) => {
    child.parent = parent
    child.prev = children[i - 1] ?? null
    child.next = children[i + 1] ?? null
  })
  parent.children = children
}

/**
 * Detaches nodes from their parents in one pass per parent: cheerio's `.remove()` searches and
 * splices the parent's child list once per node, quadratic for thousands of siblings (<meta>×n).
 */
export function removeAll(nodes: Iterable<AnyNode>): void {
  const doomed = new Set(nodes)
  const parents = new Set<ParentNode>()
  for (const node of doomed) if (node.parent) parents.add(node.parent)
  for (const parent of parents) setChildren(parent, parent.children.filter((child) => !doomed.has(child)))
  for (const node of doomed) {
    node.parent = null
    node.prev = null
    node.next = null
  }
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
  removeAll($(ALWAYS_JUNK).toArray())
  for (const selector of extra) removeAll($(selector).toArray())
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
  removeAll(doomed)
  const chrome = elementsOf(body).filter((el) => CHROME.has(el.name) && textLength(el) <= total * CHROME_MAX_SHARE)
  removeAll(chrome)
}

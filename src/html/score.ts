/**
 * Generic main-content finder for unknown hosts, readability-style but small: every line that
 * reads like prose (long, Chinese punctuation, few links) scores its block's ancestors; the best
 * ancestor, discounted by its link density, is the content root, and prose-like siblings join it.
 */
import type { Element } from 'domhandler'
import { elementsOf } from './dom.js'
import type { Line } from './linearize.js'

const PUNCT = /[，。；、！？：,.;!?:“”]/g
const MIN_LINE_CHARS = 10
const LINE_LINK_MAX = 0.5
const ANCESTOR_LEVELS = 5
// A paragraph-level owner passes its score to the container that holds the paragraphs.
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'blockquote', 'pre', 'tr', 'td', 'th', 'span', 'font', 'strong', 'b'])
const SIBLING_SHARE = 0.2
const SIBLING_MIN = 10

/** Why a region was chosen, for debugging and tests. */
export interface ContentChoice {
  root: Element
  /** Elements whose lines make up the content (the root plus joined siblings). */
  members: Element[]
  score: number
}

interface Span {
  start: number
  end: number
}

function punctCount(text: string): number {
  return text.match(PUNCT)?.length ?? 0
}

/** Score a prose line contributes: 1 + punctuation + up to 3 for length, damped by its link share. */
export function lineScore(line: Line): number {
  if (line.chars < MIN_LINE_CHARS) return 0
  const density = line.linkChars / line.chars
  if (density > LINE_LINK_MAX) return 0
  return (1 + punctCount(line.text) + Math.min(3, Math.floor(line.chars / 100))) * (1 - density)
}

/** Pre-order index ranges of every element under `root`, so subtree membership is two comparisons. */
export function spans(root: Element): Map<Element, Span> {
  const all = [root, ...elementsOf(root)]
  const index = new Map<Element, number>()
  all.forEach((el, i) => index.set(el, i))
  const out = new Map<Element, Span>()
  // Walking the order backwards, each element's end is the max end among its children.
  const end = new Array<number>(all.length)
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!
    let last = i
    for (const child of el.children) {
      const j = index.get(child as Element)
      if (j !== undefined) last = Math.max(last, end[j]!)
    }
    end[i] = last
    out.set(el, { start: i, end: last })
  }
  return out
}

/** Lines whose owner lies inside one of `members` (document order kept). */
export function linesWithin(lines: readonly Line[], members: readonly Element[], ranges: Map<Element, Span>): Line[] {
  const memberSpans = members.map((m) => ranges.get(m)).filter((s): s is Span => s !== undefined)
  return lines.filter((line) => {
    const at = ranges.get(line.owner)?.start
    return at !== undefined && memberSpans.some((s) => at >= s.start && at <= s.end)
  })
}

interface Totals {
  chars: number
  links: number
  score: number
}

// Deep enough for real layouts; pathological nesting only loses far ancestors, which never win.
const AGGREGATE_LEVELS = 64

/** Per-element totals of the lines below it, gathered by walking up from each line's owner. */
function aggregate(root: Element, lines: readonly Line[]): Map<Element, Totals> {
  const totals = new Map<Element, Totals>()
  for (const line of lines) {
    const score = lineScore(line)
    let el: Element | null = line.owner
    for (let level = 0; el && level < AGGREGATE_LEVELS; level++) {
      const t = totals.get(el) ?? { chars: 0, links: 0, score: 0 }
      t.chars += line.chars
      t.links += line.linkChars
      t.score += score
      totals.set(el, t)
      if (el === root) break
      el = el.parent && el.parent.type !== 'root' ? (el.parent as Element) : null
    }
  }
  return totals
}

const linkShare = (t: Totals | undefined): number => (t && t.chars ? t.links / t.chars : 1)

/** Picks the content root among the ancestors of prose lines; null when no line reads like prose. */
export function chooseContent(body: Element, lines: readonly Line[]): ContentChoice | null {
  const raw = new Map<Element, number>()
  for (const line of lines) {
    const score = lineScore(line)
    if (score === 0) continue
    let el: Element | null = PARAGRAPH_TAGS.has(line.owner.name) && line.owner !== body ? (line.owner.parent as Element | null) : line.owner
    for (let level = 0; el && level < ANCESTOR_LEVELS; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      raw.set(el, (raw.get(el) ?? 0) + score / divider)
      if (el === body) break
      el = el.parent && el.parent.type !== 'root' ? (el.parent as Element) : null
    }
  }
  if (raw.size === 0) return null
  const totals = aggregate(body, lines)
  let best: ContentChoice | null = null
  for (const [el, score] of raw) {
    const final = score * (1 - linkShare(totals.get(el)))
    if (!best || final > best.score) best = { root: el, members: [el], score: final }
  }
  if (!best) return null
  return { ...best, members: withSiblings(best, raw, totals) }
}


function withSiblings(best: ContentChoice, raw: Map<Element, number>, totals: Map<Element, Totals>): Element[] {
  const parent = best.root.parent
  if (!parent || parent.type === 'root') return [best.root]
  const threshold = Math.max(SIBLING_MIN, best.score * SIBLING_SHARE)
  const members: Element[] = []
  for (const child of parent.children) {
    if (child.type !== 'tag') continue
    if (child === best.root) {
      members.push(child)
      continue
    }
    const t = totals.get(child)
    const share = linkShare(t)
    const proseLike = t !== undefined && t.chars >= 80 && share < 0.25 && t.score >= 3
    if ((raw.get(child) ?? 0) * (1 - share) >= threshold || proseLike) members.push(child)
  }
  return members
}

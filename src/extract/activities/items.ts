/**
 * Enumerated items of a document as a tree: every accepted marker (block-initial or inside a
 * paragraph) becomes an item whose parent is the nearest enclosing item, as a reader nests
 * 一、 › (一) › 1、 › (1). Marker-less headings are items too (style `plain`), so they scope
 * what follows them.
 */
import type { Block } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { scanMarkers, STYLE_RANK, type MarkerHit, type MarkerStyle } from './markers.js'

/** An enumerated item; offsets are into the document text. */
export interface Item {
  id: number
  style: MarkerStyle | 'plain'
  index: number | null
  marker: string | null
  /** Start of the marker (or of the heading for `plain`). */
  offset: number
  bodyStart: number
  bodyEnd: number
  parent: number | null
  children: number
  /** The item with which its run of siblings starts (itself for the first). */
  first: number
  /** Text before the marker, back to the previous sentence end: the run's lead-in. */
  lead: string
}

interface Candidate {
  block: number
  hit: MarkerHit | null
  atStart: boolean
  offset: number
  end: number
  rank: number
  style: MarkerStyle | 'plain'
}

interface Open {
  cand: number
  block: number
  /** Its block is over and was no heading: later items can follow it but not nest in it. */
  sealed: boolean
  style: MarkerStyle | 'plain'
  index: number
  rank: number
}

const PLAIN_RANK = 0
const SECTION_STYLES: ReadonlySet<string> = new Set(['cn-dun', 'cn-paren'])
const LEAD_BREAK = /[。!?;\n]/
const LEAD_MAX = 80

/** Builds the item tree of a cleaned document from its blocks. */
export function buildItems(text: string, blocks: readonly Block[]): Item[] {
  const cands = collect(blocks)
  const headingBlocks = new Set(blocks.flatMap((b, i) => (b.kind === 'heading' ? [i] : [])))
  const firstPass = walk(cands, cands.map(() => true), true, headingBlocks)
  const keep = cands.map((c, i) => firstPass.accepted[i]! && !isLoneInline(c, i, cands, firstPass))
  const { parents } = walk(cands, keep, false, headingBlocks)
  return toItems(text, blocks, cands, keep, parents)
}

function collect(blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = []
  blocks.forEach((block, b) => {
    if (block.kind === 'title') return
    const folded = fold(block.text)
    const lead = folded.length - folded.trimStart().length
    const hits = scanMarkers(folded)
    if (block.kind === 'heading' && hits[0]?.start !== lead) {
      out.push({ block: b, hit: null, atStart: true, offset: block.offset + lead, end: block.offset + lead, rank: PLAIN_RANK, style: 'plain' })
    }
    for (const hit of hits) {
      out.push({
        block: b, hit, atStart: hit.start === lead, offset: block.offset + hit.start, end: block.offset + hit.end,
        rank: STYLE_RANK[hit.style], style: hit.style,
      })
    }
  })
  return out
}

interface WalkResult {
  accepted: boolean[]
  parents: (number | null)[]
}

/** Stack walk: a marker closes open items down to its sibling of the same style, or nests. */
function walk(cands: readonly Candidate[], use: readonly boolean[], strict: boolean, headingBlocks: ReadonlySet<number>): WalkResult {
  const stack: Open[] = []
  const accepted = cands.map(() => false)
  const parents: (number | null)[] = cands.map(() => null)
  let block = -1
  cands.forEach((c, i) => {
    if (!use[i]) return
    if (c.block !== block) {
      for (const o of stack) if (!headingBlocks.has(o.block)) o.sealed = true
      block = c.block
    }
    const sibling = findLast(stack, (o) => o.style === c.style && c.style !== 'plain')
    let depth = sibling >= 0 ? sibling : stack.length
    // A plain heading closes everything; a new style nests unless the open item is deeper.
    if (c.style === 'plain') depth = 0
    else if (sibling < 0) while (depth > 0 && (stack[depth - 1]!.rank > c.rank || stack[depth - 1]!.sealed)) depth--
    const expected = sibling >= 0 ? stack[sibling]!.index + 1 : 1
    const index = c.hit?.index ?? 0
    if (strict && !c.atStart && index !== expected) return
    stack.length = depth
    accepted[i] = true
    parents[i] = depth > 0 ? stack[depth - 1]!.cand : null
    stack.push({ cand: i, block: c.block, sealed: false, style: c.style, index, rank: c.rank })
  })
  return { accepted, parents }
}

/** An inline "1" with no "2" after it is most likely prose ("第1、2名" aside), unless it opens a section after a full stop. */
function isLoneInline(c: Candidate, i: number, cands: readonly Candidate[], pass: WalkResult): boolean {
  if (c.atStart || !c.hit || c.hit.index !== 1) return false
  const hasNext = cands.some((o, j) => j > i && pass.accepted[j] && o.style === c.style && pass.parents[j] === pass.parents[i] && o.hit?.index === 2)
  if (hasNext) return false
  return !(c.hit.strong && SECTION_STYLES.has(c.style))
}

function toItems(text: string, blocks: readonly Block[], cands: readonly Candidate[], keep: readonly boolean[], parents: readonly (number | null)[]): Item[] {
  const ids = new Map<number, number>()
  const items: Item[] = []
  cands.forEach((c, i) => {
    if (!keep[i]) return
    const block = blocks[c.block]!
    // Candidates come block by block (see collect): the next one of this block is just ahead,
    // so the search stops at the block's end instead of scanning the whole list per item.
    let next = -1
    for (let j = i + 1; j < cands.length && cands[j]!.block === c.block; j++) {
      if (keep[j]) {
        next = j
        break
      }
    }
    const bodyEnd = next >= 0 ? cands[next]!.offset : block.offset + block.text.length
    const parentCand = parents[i] ?? null
    const parent = parentCand === null ? null : (ids.get(parentCand) ?? null)
    const id = items.length
    ids.set(i, id)
    if (parent !== null) items[parent]!.children++
    const prev = findLast(items, (it) => it.parent === parent && it.style === c.style)
    const first = prev >= 0 && c.hit && c.hit.index > 1 ? items[prev]!.first : id
    items.push({
      id, style: c.style, index: c.hit?.index ?? null, marker: c.hit ? text.slice(c.offset, c.end) : null,
      offset: c.offset, bodyStart: c.end, bodyEnd, parent, children: 0, first, lead: leadBefore(text, blocks, c),
    })
  })
  return items
}

function leadBefore(text: string, blocks: readonly Block[], c: Candidate): string {
  const from = c.atStart ? (blocks[c.block - 1]?.offset ?? 0) : blocks[c.block]!.offset
  // A trailing colon stays: it tells that the sentence announces the list.
  const slice = text.slice(Math.max(from, c.offset - LEAD_MAX), c.offset).replace(/[\s。!?;,]+$/, '')
  let cut = slice.length
  while (cut > 0 && !LEAD_BREAK.test(slice[cut - 1]!)) cut--
  return slice.slice(cut)
}

function findLast<T>(list: readonly T[], pred: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i]!)) return i
  return -1
}

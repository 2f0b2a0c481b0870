/**
 * Enumerated activities and highlights of a summary: list items and numbered headings in every
 * common style, inline runs included, judged by the section and lead-in they stand under.
 */
import type { Activity, Block } from '../../schema.js'
import { headingContext, isJunkHead, isSectionName, leadContext } from './context.js'
import { headClause } from './head.js'
import { buildItems, type Item } from './items.js'
import { findCountedSeries } from './series.js'
import type { ContextKind } from './vocabulary.js'

export { countDeclaredTotals, type DeclaredTotal } from './totals.js'

type Role = 'activity' | 'highlight' | 'none'

/**
 * Activities (measures, events, things done) listed in the document, in text order.
 * @example extractActivities(text, blocks)[0]?.text // '召开全县科普联席会议'
 */
export function extractActivities(text: string, blocks: readonly Block[]): Activity[] {
  const listed = classify(text, blocks).filter((c) => c.role === 'activity').map((c) => c.activity)
  const covered = (a: Activity): boolean => listed.some((l) => a.offset >= l.offset && a.offset < l.offset + l.text.length)
  const series = findCountedSeries(text).filter((a) => !covered(a))
  return [...listed, ...series].sort((a, b) => a.offset - b.offset)
}

/**
 * Items introduced as highlights, features or results (亮点/特点/成效), in text order.
 * @example extractHighlights(text, blocks)[0]?.text // '自主创新的主题突出'
 */
export function extractHighlights(text: string, blocks: readonly Block[]): Activity[] {
  return classify(text, blocks).filter((c) => c.role === 'highlight').map((c) => c.activity)
}

function classify(text: string, blocks: readonly Block[]): { role: Role; activity: Activity }[] {
  const items = buildItems(text, blocks)
  const heads = items.map((it) => headClause(text, it.bodyStart, it.bodyEnd))
  return items.flatMap((item, i) => {
    if (item.style === 'plain') return []
    const head = heads[i]!
    const role = roleOf(item, head.text, items, heads)
    if (role === 'none') return []
    return [{ role, activity: { text: head.text, offset: head.offset, marker: item.marker, index: item.index, dates: [], counts: [] } }]
  })
}

function roleOf(item: Item, head: string, items: readonly Item[], heads: readonly { text: string }[]): Role {
  // An item with sub-items is a category heading; its sub-items are the deeds.
  if (item.children > 0 || isJunkHead(head) || isSectionName(head)) return 'none'
  const kind = contextOf(item, items, heads)
  if (kind === 'highlight') return 'highlight'
  return kind === 'activity' || kind === 'neutral' ? 'activity' : 'none'
}

/** Nearest non-neutral context: the run's lead-in, then each ancestor's heading and lead-in. */
function contextOf(item: Item, items: readonly Item[], heads: readonly { text: string }[]): ContextKind {
  let lead = leadContext(items[item.first]?.lead ?? '')
  if (lead !== 'neutral') return lead
  for (let p = item.parent; p !== null; p = items[p]!.parent) {
    const parent = items[p]!
    const own = headingContext(heads[p]!.text)
    if (own !== 'neutral') return own
    lead = leadContext(items[parent.first]?.lead ?? '')
    if (lead !== 'neutral') return lead
  }
  return 'neutral'
}

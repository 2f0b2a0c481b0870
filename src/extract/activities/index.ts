/**
 * Enumerated activities and highlights of a summary: list items and numbered headings in every
 * common style, inline runs included, judged by the section and lead-in they stand under.
 */
import type { Activity, Block, DeedModel } from '../../schema.js'
import type { DeedCandidate } from './deed-features.js'
import { SHIPPED_DEED_MODEL } from './deed-model.js'
import { headingContext, isJunkHead, isSectionName, leadContext } from './context.js'
import { finishedPart, unfinishedClause } from './cut-off.js'
import { headClause } from './head.js'
import { activityAt } from './name.js'
import { buildItems, type Item } from './items.js'
import { splitDeedSeries } from './deed-series.js'
import { lastAtOrBefore, SpanIndex } from './span-index.js'
import { findProseActivities, isPlan, namesDeed, type Blocked } from './prose.js'
import { listedEvents } from './listed-events.js'
import { findCountedSeries } from './series.js'
import { titleEvent } from './title-event.js'
import { EVENT_NOUNS, type ContextKind } from './vocabulary.js'
import { fold } from '../../text/fold.js'

export { countDeclaredTotals, type DeclaredTotal } from './totals.js'

type Role = 'activity' | 'highlight' | 'none'

/** The learned deed scorer to read prose with: the shipped one unless a model (or null: rules only) is given. */
export interface LearnedDeeds {
  model?: DeedModel | null
  /** Training: every eligible candidate with its name goes here, and the scorer picks none. */
  collect?: (candidate: DeedCandidate, name: string) => void
}

interface Classified {
  items: Item[]
  heads: { text: string; offset: number }[]
  roles: Role[]
  found: { role: Role; activity: Activity }[]
  /** Index into `items` of each `found` entry. */
  foundItem: number[]
}

/** Two clauses in a head make it a slogan ("加强领导,成立组织机构"). */
const CLAUSES = /[,，]/

/**
 * Activities (measures, events, things done) listed in the document, in text order.
 * @example extractActivities(text, blocks)[0]?.text // '召开全县科普联席会议'
 */
export function extractActivities(text: string, blocks: readonly Block[]): Activity[] {
  return extractListed(text, blocks).activities
}

/** Activities and highlights from one reading of the document's items (the extractor runs them together). */
export function extractListed(
  text: string, blocks: readonly Block[], title: string | null = null, learned: LearnedDeeds = {},
): { activities: Activity[]; highlights: Activity[] } {
  const found = classify(text, blocks)
  const highlights = found.found.filter((c) => c.role === 'highlight').map((c) => c.activity)
  const listed = found.found.filter((c) => c.role === 'activity').map((c) => c.activity)
  const listedIndex = new SpanIndex(listed)
  const series = findCountedSeries(text).filter((a) => !listedIndex.contains(a.offset))
  const seriesIndex = new SpanIndex(series)
  const named = listedEvents(text).filter((a) => !listedIndex.contains(a.offset) && !seriesIndex.contains(a.offset))
  const taken = [...listed, ...series, ...named]
  // A listed item's head or a series piece wins over the clause it was read from.
  const marked = found.items.filter((it) => it.marker !== null)
  const markers = marked.map((it) => ({ start: it.offset, end: it.bodyStart }))
  const bodyStart = marked[0]?.offset ?? 0
  // Heads of leaf items left out (section names) are labels, not prose; a category head's deed phrase may still count.
  const heads = found.heads.filter((_, i) => found.items[i]!.style !== 'plain' && found.items[i]!.children === 0).map((h) => activityAt(h.text, h.offset))
  const claimed = new SpanIndex([...taken, ...heads])
  const starts = found.items.map((it) => it.offset)
  // A document that enumerates no deeds tells them in its prose: read it broadly.
  const broad = found.found.every((f) => f.role !== 'activity')
  const prose = findProseActivities(text, blocks, {
    markers, bodyStart, blocked: (offset) => proseBlocked(found, starts, offset), broad,
    deeds: learned.model === undefined ? SHIPPED_DEED_MODEL : learned.model, claimed: (start, end) => claimed.overlaps(start, end), collect: learned.collect,
  })
    .filter((p) => !claimed.overlaps(p.offset, p.offset + p.text.length))
  // A plan's heads are its measures ("一、摸准底数", "二、科学分类"); the prose under them says how each is to be done.
  const kept = isPlan(blocks) ? taken : dropSloganHeads(found, taken, prose)
  const unfinished = unfinishedClause(text)
  const activities = [...kept, ...prose].flatMap(splitDeedSeries)
    .flatMap((a) => finishedPart(a, text, unfinished))
    .sort((a, b) => a.offset - b.offset)
  const event = activities.length === 0 ? titleEvent(title, text) : undefined
  return { activities: event ? [event] : activities, highlights }
}

/**
 * A head that names no deed of its own, a slogan ("加强领导,深入宣传") or a headline ("安全管理常抓不懈",
 * "做好场馆疫情防控"), whose body reports deeds of its own is the theme of those deeds, not one more: the
 * deeds are listed and the head is left out. Such a head with no deeds under it stays.
 */
function dropSloganHeads(c: Classified, taken: readonly Activity[], prose: readonly Activity[]): Activity[] {
  const starts = prose.map((p) => p.offset).sort((a, b) => a - b)
  // Some prose deed starts in [start, end): the last start before `end` is at or after `start`.
  const deedIn = (start: number, end: number) => (starts[lastAtOrBefore(starts, end - 1)] ?? -1) >= start
  const dropped = new Set(c.found.flatMap((f, i) => {
    const at = c.foundItem[i]!
    const head = f.activity.text
    if (f.role !== 'activity' || headNamesDeed(head)) return []
    // Its whole section: its own paragraph, and under a heading line the paragraphs up to the next item.
    const { bodyStart: start, bodyEnd: own } = c.items[at]!
    const end = Math.max(own, c.items[at + 1]?.offset ?? Infinity)
    return deedIn(start, end) ? [f.activity] : []
  }))
  return taken.filter((a) => !dropped.has(a))
}

/** A place opening a head ("在社区组织开展科普宣传"): the deed verb follows within a few characters. */
const PLACE_OPENING = /^(?:在|于|赴|到)/
const MAX_PLACE = 8

/** A head names a deed of its own: it opens with a deed verb (after a place), or names an event ("大型科技宣传活动"). */
function headNamesDeed(head: string): boolean {
  const h = fold(head)
  if (namesDeed(h, true) || EVENT_NOUNS.some((n) => h.endsWith(n))) return true
  if (!PLACE_OPENING.test(h)) return false
  // The place takes one to MAX_PLACE characters after its preposition: try each end for the verb.
  for (let cut = 2; cut <= MAX_PLACE + 1 && cut < h.length - 1; cut++) if (namesDeed(h.slice(cut), true)) return true
  return false
}

/**
 * Items introduced as highlights, features or results (亮点/特点/成效), in text order.
 * @example extractHighlights(text, blocks)[0]?.text // '自主创新的主题突出'
 */
export function extractHighlights(text: string, blocks: readonly Block[]): Activity[] {
  return extractListed(text, blocks).highlights
}

function classify(text: string, blocks: readonly Block[]): Classified {
  const items = buildItems(text, blocks)
  const heads = items.map((it) => headClause(text, it.bodyStart, it.bodyEnd))
  const roles = items.map((item, i): Role => (item.style === 'plain' ? 'none' : roleOf(item, heads[i]!.text, items, heads)))
  const foundItem: number[] = []
  const found = items.flatMap((item, i) => {
    const role = roles[i]!
    if (role === 'none') return []
    foundItem.push(i)
    const head = heads[i]!
    return [{ role, activity: activityAt(head.text, head.offset, item.marker, item.index) }]
  })
  return { items, heads, roles, found, foundItem }
}

/**
 * Prose reports no deed under a problems, plans or background section, nor in the body of an
 * item whose head already names one deed ("举办启动仪式。…在操场举办了…": the body tells how it
 * went). A head naming a theme ("加强领导,成立组织机构", "三大产业凸显特色") leaves its body's deeds in.
 */
function proseBlocked(c: Classified, starts: readonly number[], offset: number): Blocked | null {
  const at = lastAtOrBefore(starts, offset)
  if (at < 0) return null
  const item = c.items[at]!
  const inBody = offset >= item.bodyStart && offset < item.bodyEnd
  if (inBody && c.roles[at] === 'activity' && namesDeed(c.heads[at]!.text)) return 'detail'
  return noDeeds(ownContext(c.heads[at]!.text)) ?? noDeeds(contextOf(item, c.items, c.heads))
}

function noDeeds(kind: ContextKind): Blocked | null {
  return kind === 'problem' || kind === 'plan' || kind === 'aspect' ? kind : null
}

/** A heading's context for its prose; two clauses ("加强领导,成立组织机构") make a slogan, not a background label. */
function ownContext(head: string): ContextKind {
  const kind = headingContext(head)
  return kind === 'aspect' && CLAUSES.test(head) ? 'neutral' : kind
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

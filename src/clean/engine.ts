/**
 * The cleaner: normalized text → lines → line rules → rejoined blocks → block rules → span
 * rules → kept blocks, documents and flags. Every cut becomes a `Removal` with its rule.
 */
import { DocsiftError } from '../errors.js'
import { activeRules, FURNITURE_RULES } from '../rules/index.js'
import { hasIntroCue } from '../rules/match.js'
import type { Cut, DocFacts, Rule, RuleBlock } from '../rules/types.js'
import type { Block, CleanDocument, Removal, ResolvedCleanOptions } from '../schema.js'
import { fold } from '../text/fold.js'
import { hanCount, LATIN_LETTER } from '../text/chars.js'
import { MappedText, mergeSpans } from '../text/mapped.js'
import { hasSeoDecoration, looksLikeTitle, stripSeo, titleKey, titleWorthy, variantBase } from '../text/title.js'
import { classify } from './classify.js'
import { computeFlags } from './flags.js'
import { headCuts, sectionCut, splitLines } from './lines.js'
import { DocStats } from '../text/doc-stats.js'
import { unwrap, type KeptLine, type WorkBlock } from './unwrap.js'

export interface CleanCore {
  input: string
  title: string | null
  blocks: Block[]
  documents: CleanDocument[]
  removed: Removal[]
  text: string
  flags: ReturnType<typeof computeFlags>
}

const BODY_LIKE = /[,。;:,;]/

// A label and the bulleted items after its colon ("最新动态:· 学院召开…部署会 · 材料系举办…比赛"): a box of links, no clause.
const LABELLED_ITEMS = /^[^,。;:,;：]{1,8}[:：]\s?[·•▪][^,。;:,;：]*$/

/** A line or block that reads as document body: long enough, with sentence punctuation. */
function bodyLike(text: string): boolean {
  // A bilingual header ("某某学院 School of …, … University") has a comma but is no Chinese prose.
  return text.length >= 24 && BODY_LIKE.test(text) && !looksLikeTitle(text) && hanCount(text) >= (text.match(LATIN_LETTER)?.length ?? 0) && !LABELLED_ITEMS.test(text)
}

/** Removal records for [start, end) of a block: one per contiguous piece of the input. */
function removal(
  rule: Pick<Rule, 'id' | 'kind'>, cut: Pick<Cut, 'reason' | 'kind'>, text: MappedText, start: number, end: number, scope: 'block' | 'span',
): Removal[] {
  const kind = cut.kind ?? rule.kind
  return text.pieces(start, end).map((p) => ({ rule: rule.id, kind, reason: cut.reason, text: p.text, scope, offset: p.src, length: p.text.length }))
}

/**
 * Chooses the document title among the header lines (before the body): the first line that is
 * a title or a compilation label of one; an SEO page title only when nothing else is there.
 */
function chooseTitle(lines: readonly string[], firstBody: number, isFurniture: (i: number) => boolean): { title: string | null; index: number } {
  let seo: string | null = null
  for (let i = 0; i < Math.min(firstBody, lines.length); i++) {
    const text = lines[i]!
    if (isFurniture(i)) continue
    const base = variantBase(text)
    // A label line followed by its bare title ("…总结 篇一" / "…总结"): the bare line is the title.
    if (base && fold(lines[i + 1] ?? '').trim() === base) return { title: base, index: i + 1 }
    if (base) return { title: base, index: i }
    if (!looksLikeTitle(text)) continue
    // A title with only weak decorations (…范文, …十篇) is the document's own, unless a cleaner copy
    // follows (a bare title line, or the body opening with it); "(精选8篇)" titles the page.
    if (titleWorthy(text) && !cleanerCopyAhead(lines, i, firstBody)) return { title: text.trim(), index: i }
    seo ??= stripSeo(text)
  }
  return { title: seo, index: -1 }
}

/** A plain copy of decorated title line i stands later in the head, or opens the body. */
function cleanerCopyAhead(lines: readonly string[], i: number, firstBody: number): boolean {
  const bare = stripSeo(lines[i]!)
  if (bare === fold(lines[i]!).trim()) return false
  const key = titleKey(bare)
  for (let j = i + 1; j < Math.min(firstBody, lines.length); j++) {
    if (looksLikeTitle(lines[j]!) && !hasSeoDecoration(lines[j]!) && titleKey(lines[j]!) === key) return true
  }
  const body = lines[firstBody]
  return body !== undefined && fold(body).startsWith(bare)
}

/** Where the document body starts and ends among the blocks: the first and last body-like ones. */
export interface BodyBounds {
  first: number
  last: number
}

export function bodyBounds(texts: readonly string[], isFurniture: (i: number) => boolean): BodyBounds {
  const body = (i: number) => bodyLike(texts[i]!) && !isFurniture(i) && !hasIntroCue(texts[i]!)
  let first = texts.length
  for (let i = 0; i < texts.length; i++) {
    if (body(i)) {
      first = i
      break
    }
  }
  let last = -1
  for (let i = texts.length - 1; i >= first; i--) {
    if (body(i)) {
      last = i
      break
    }
  }
  return { first, last }
}

const NO_BODY: BodyBounds = { first: 0, last: -1 }

function ruleBlock(text: string, index: number, count: number, body: BodyBounds): RuleBlock {
  return { text, folded: fold(text), index, count, firstBodyIndex: body.first, lastBodyIndex: body.last }
}

/** A unit of text between stages: a line in the first pass, a block after that. */
interface Unit {
  text: MappedText
  /** A page chunk whose first word continues the previous unit. */
  chunk: boolean
  isTitle: boolean
  /** This unit opens a new document of a compilation (its cut label named it so). */
  opens?: string
}

// Cuts can expose new furniture (a short marker line left after an intro span is cut): the
// stages run again on their own output until nothing changes, so that clean is idempotent.
const MAX_PASSES = 4

/** Runs the cleaner over normalized text. */
/**
 * What the line stage knew in the first pass, after the ordinary line rules and before the
 * reviewing ones: the facts and body bounds they read, and where each line starts in the input.
 * Training the line model reads it (src/clean/train.ts).
 */
export interface LineStageView {
  facts: DocFacts
  body: BodyBounds
  offsets: readonly number[]
}

export function cleanText(input: string, options: ResolvedCleanOptions, observe?: (view: LineStageView) => void): CleanCore {
  const removed: Removal[] = []
  let lines = splitLines(input)
  if (lines.length > options.maxBlocks) return tooMany(lines.length, options.maxBlocks)
  let units: Unit[] = lines.map((l) => ({ text: MappedText.of(l.text, l.offset), chunk: false, isTitle: false }))

  let title: string | null = null
  const lineRules = activeRules('line', options.disable)
  const rules: StageRules = {
    inline: activeRules('inline', options.disable),
    line: lineRules.filter((r) => !r.traits?.reviews),
    review: lineRules.filter((r) => r.traits?.reviews),
    block: activeRules('block', options.disable),
    span: activeRules('span', options.disable),
  }
  let settled: string | null = null
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const before = removed.length
    const count = units.length
    const out = runPass(units, title, options, rules, removed, settled, pass === 0 ? observe : undefined)
    title = out.title
    units = out.units
    settled = out.settled
    // Only a block or span cut, or lines rejoined into a new unit, can expose something the line
    // stage would cut (a marker line left alone once an intro span goes); line cuts alone are final.
    if (!out.changed || (removed.length === before && units.length === count)) break
  }

  removed.sort((a, b) => a.offset - b.offset)
  const kept: WorkBlock[] = units.map((u) => ({ text: u.text, isTitle: u.isTitle, ...(u.opens !== undefined ? { opens: u.opens } : {}) }))
  const { blocks: outBlocks, documents, text } = classify(kept, title)
  const flags = computeFlags(text, outBlocks, removed, title, documents.length)
  return { input, title, blocks: outBlocks, documents, removed, text, flags }
}

/** Lines at the head of a page where a title glued to its first heading is looked for. */
const HEAD_WINDOW = 8

/** Splits the first unit that is not page furniture at a glued title (stamp / title / decoration / rest). */
function splitHead(units: readonly Unit[], options: ResolvedCleanOptions): readonly Unit[] {
  const texts = units.map((u) => u.text.text)
  const facts: DocFacts = {
    title: null, titleIndex: -1, titleKey: '', phrases: options.phrases, texts, stats: new DocStats(texts, null),
  }
  const at = units.findIndex((u, i) => u.text.text !== '' && !FURNITURE_RULES.some((r) => r.test(ruleBlock(u.text.text, i, units.length, NO_BODY), facts)))
  // A title line may run on into its first heading behind lines the furniture rules do not know ("资料简介").
  for (const [i, u] of units.slice(0, HEAD_WINDOW).entries()) {
    const cut = u.isTitle ? undefined : sectionCut(u.text.text)
    if (cut !== undefined) return splitUnit(units, i, [cut])
  }
  const first = units[at]
  if (!first || first.isTitle) return units
  const cuts = headCuts(first.text.text)
  return cuts.length === 0 ? units : splitUnit(units, at, cuts)
}

function splitUnit(units: readonly Unit[], at: number, cuts: readonly number[]): Unit[] {
  const unit = units[at]!
  const bounds = [0, ...cuts, unit.text.text.length]
  const pieces: Unit[] = []
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = trimMapped(unit.text.slice(bounds[i]!, bounds[i + 1]!))
    if (piece.text) pieces.push({ text: piece, chunk: i === 0 && unit.chunk, isTitle: false, ...(i === 0 && unit.opens !== undefined ? { opens: unit.opens } : {}) })
  }
  return [...units.slice(0, at), ...pieces, ...units.slice(at + 1)]
}

/** The rules the options leave on, per stage: chosen once per document, not once per pass. */
interface StageRules {
  inline: readonly Rule[]
  line: readonly Rule[]
  /** Line rules that judge a line in the context of the others' verdicts (trait `reviews`). */
  review: readonly Rule[]
  block: readonly Rule[]
  span: readonly Rule[]
}

/** One pass of the three stages over the units; returns the kept units, titles marked. */
function runPass(
  units: readonly Unit[],
  knownTitle: string | null,
  options: ResolvedCleanOptions,
  rules: StageRules,
  removed: Removal[],
  settled: string | null,
  observe?: (view: LineStageView) => void,
): { units: Unit[]; title: string | null; changed: boolean; settled: string | null } {
  const atStart = removed.length
  // The title is settled once per pass (null, then the chosen one): its key is computed once each.
  const keys = new Map<string, string>()
  const keyOf = (title: string) => keys.get(title) ?? keys.set(title, titleKey(title)).get(title)!
  const facts = (texts: readonly string[], title: string | null, titleIndex: number, blocks?: readonly WorkBlock[]): DocFacts => {
    const documents = blocks ? compilationDocuments(blocks) : []
    return {
      title, titleIndex, titleKey: title ? keyOf(title) : '', phrases: options.phrases, texts,
      ...(documents.length >= 2 ? { documents } : {}),
      stats: new DocStats(texts, title),
      ...(options.offtopicThreshold !== undefined ? { offtopicThreshold: options.offtopicThreshold } : {}),
      ...(options.model ? { model: options.model } : {}),
      ...(options.topicModel ? { topicModel: options.topicModel } : {}),
      ...(removed.some((r) => r.kind === 'offtopic') ? { offtopicCut: true as const } : {}),
    }
  }

  // A one-line page hides its title at the head of its first line; cuts may uncover it later.
  units = splitHead(units, options)
  // ---- inline noise: injected readings, watermarks and spam go before any rule reads a line
  if (rules.inline.length > 0) {
    const texts = units.map((u) => u.text.text)
    const inlineFacts = facts(texts, knownTitle, -1)
    units = units.map((u, i) => {
      const { text, continues } = cutSpans(rules.inline, u.text, i, units.length, NO_BODY, inlineFacts, removed)
      return text === u.text ? u : { ...u, text, chunk: u.chunk || continues }
    })
  }
  // ---- line stage
  const lineTexts = units.map((u) => u.text.text)
  const bare = facts(lineTexts, null, -1)
  const furniture = (i: number) => FURNITURE_RULES.some((r) => r.test(ruleBlock(lineTexts[i]!, i, lineTexts.length, NO_BODY), bare))
  const bodyLines = bodyBounds(lineTexts, furniture)
  const marked = units.findIndex((u) => u.isTitle)
  const chosen = marked >= 0 ? { title: knownTitle, index: marked } : chooseTitle(lineTexts, bodyLines.first, furniture)
  let title = chosen.title ?? knownTitle
  let titleIndex = chosen.index
  const lineFacts = facts(lineTexts, title, titleIndex)
  const lineBlock = (i: number) => ruleBlock(lineTexts[i]!, i, units.length, bodyLines)
  // First round: every line judged by the ordinary rules; second: reviewing rules read those verdicts.
  const verdicts = units.map((u, i) => (u.text.text ? firstCut(rules.line, lineBlock(i), lineFacts) : undefined))
  // A compilation's documents, as an earlier pass found them by their cut labels: the reviewing rules judge a line
  // within its own document (its closing, its replies).
  const openings = units.flatMap((u, i) => (u.opens !== undefined ? [{ start: i, title: u.opens }] : []))
  const reviewFacts: DocFacts = {
    ...lineFacts,
    lineVerdicts: verdicts.map((v) => (v ? (v.cut.kind ?? v.rule.kind) : null)),
    ...(openings.length > 0 ? { documents: [{ start: 0, title: title ?? '' }, ...openings] } : {}),
  }
  observe?.({ facts: reviewFacts, body: bodyLines, offsets: units.map((u) => u.text.source(0)) })
  if (rules.review.length > 0) {
    units.forEach((u, i) => {
      if (u.text.text && !verdicts[i]) verdicts[i] = firstCut(rules.review, lineBlock(i), reviewFacts)
    })
  }
  const keptLines: KeptLine[] = []
  let opens: string | undefined
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    let m = unit.text
    if (!m.text) continue
    const hit = verdicts[i]
    if (hit?.cut.spans) {
      // A line rule that names spans cuts only those (a label glued to a title line).
      const spans = mergeSpans(hit.cut.spans)
      for (const [s, e] of spans) removed.push(...removal(hit.rule, hit.cut, m, s, e, 'span'))
      m = trimMapped(m.remove(spans))
      // What is left of the line has a new end (a metadata tail once the marker glued after it goes): the
      // inline rules read it again, so that a second clean finds nothing more.
      if (rules.inline.length > 0 && m.text) m = cutSpans(rules.inline, m, i, units.length, NO_BODY, lineFacts, removed).text
      if (hit.cut.opensDocument !== undefined) opens = hit.cut.opensDocument
      if (!/[\p{L}\p{N}]/u.test(m.text)) continue
    } else if (hit) {
      removed.push(...removal(hit.rule, hit.cut, m, 0, m.text.length, 'block'))
      if (hit.cut.opensDocument !== undefined) opens = hit.cut.opensDocument
      if (hit.cut.dropRest) {
        for (const r of units.slice(i + 1)) {
          if (r.text.text) removed.push(...removal(hit.rule, { reason: hit.cut.restReason ?? 'after a list of other documents' }, r.text, 0, r.text.text.length, 'block'))
        }
        break
      }
      continue
    }
    const own = unit.opens ?? opens
    keptLines.push({ text: m, index: i, chunk: unit.chunk, ...(own !== undefined ? { opens: own } : {}) })
    opens = undefined
  }

  const afterLines = removed.length
  // No title among the lines as they came, but a line rule cut what was glued after one ("…活动总结 …怎么写?看看这篇
  // 范文", "…总结 楼主:某某 | 发表于 …"): the bare line in the head is the title.
  if (titleIndex < 0) {
    const head = keptLines.filter((k) => k.index < bodyLines.first)
    const again = chooseTitle(head.map((k) => k.text.text), head.length, () => false)
    const line = head[again.index]
    if (line && verdicts[line.index]?.cut.spans) {
      title = again.title
      titleIndex = line.index
    }
  }
  // ---- block stage
  let blocks: WorkBlock[] = unwrap(keptLines, titleIndex)
  if (blocks.length > options.maxBlocks) tooMany(blocks.length, options.maxBlocks)
  // The blocks, title and compilation marks the block and span rules read. When the pass before ran those rules on
  // exactly these and they cut nothing, and this pass has cut nothing so far, they would cut nothing again (the rules
  // read nothing else): the pass ends here, as the full stages would end it.
  if (settled !== null && removed.length === atStart && settled === blockSignature(blocks, title)) return { units: keptUnits(blocks), title, changed: false, settled }
  const blockRules = rules.block
  const blockTexts = blocks.map((b) => b.text.text)
  const blockTitle = blocks.findIndex((b) => b.isTitle)
  const blockFacts = facts(blockTexts, title, blockTitle, blocks)
  const bodyBlocks = bodyBounds(blockTexts, () => false)
  let blockCuts = 0
  blocks = blocks.filter((b, i) => {
    const hit = firstCut(blockRules, ruleBlock(b.text.text, i, blockTexts.length, bodyBlocks), blockFacts)
    if (!hit) return true
    blockCuts++
    removed.push(...removal(hit.rule, hit.cut, b.text, 0, b.text.text.length, 'block'))
    return false
  })

  // ---- span stage
  const spanRules = rules.span
  const spanTexts = blocks.map((b) => b.text.text)
  const spanFacts = facts(spanTexts, title, blocks.findIndex((b) => b.isTitle), blocks)
  const bodySpans = bodyBounds(spanTexts, () => false)
  const beforeSpans = removed.length
  const kept = keptUnits(blocks.map((b, i) => ({ ...b, text: cutSpans(spanRules, b.text, i, blocks.length, bodySpans, spanFacts, removed).text })))
  const rejoined = blocks.length + blockCuts < keptLines.length
  const uncut = blockCuts === 0 && removed.length === beforeSpans
  // With no block cut, `blocks` are still the ones the block stage read.
  return { units: kept, title, changed: rejoined || removed.length > afterLines || kept.length < blocks.length, settled: uncut ? blockSignature(blocks, title) : null }
}

/** The blocks left after the span stage, trimmed; a block with no letter or digit left is dropped. */
function keptUnits(blocks: readonly WorkBlock[]): Unit[] {
  const kept: Unit[] = []
  for (const b of blocks) {
    const trimmed = trimMapped(b.text)
    if (/[\p{L}\p{N}]/u.test(trimmed.text)) kept.push({ text: trimmed, chunk: false, isTitle: b.isTitle, ...(b.opens !== undefined ? { opens: b.opens } : {}) })
  }
  return kept
}

/** What the block and span stages read of a pass: each block's text, title mark and compilation mark, and the title. */
function blockSignature(blocks: readonly WorkBlock[], title: string | null): string {
  return `${title ?? ''}\u0002${blocks.map((b) => `${b.isTitle ? 1 : 0}${b.opens ?? ''}\u0000${b.text.text}`).join('\u0001')}`
}

/** The documents of a compilation page: where each labelled one starts (the text before the first label is one too). */
function compilationDocuments(blocks: readonly WorkBlock[]): { start: number; title: string }[] {
  const out: { start: number; title: string }[] = []
  blocks.forEach((b, i) => {
    if (b.opens === undefined) return
    if (out.length === 0 && i > 0) out.push({ start: 0, title: '' })
    out.push({ start: i, title: b.opens })
  })
  return out
}

/**
 * Runs span-returning rules over one unit in order, each on what the previous ones left;
 * `continues`: a cut said what is left continues the unit before it (a page-chunk number).
 */
function cutSpans(
  rules: readonly Rule[], text: MappedText, index: number, count: number, body: BodyBounds, facts: DocFacts, removed: Removal[],
): { text: MappedText; continues: boolean } {
  let continues = false
  for (const rule of rules) {
    const cut = rule.test(ruleBlock(text.text, index, count, body), facts)
    const spans = cut ? mergeSpans(cut.spans ?? [[0, text.text.length]]) : []
    if (!cut || spans.length === 0) continue
    for (const [s, e] of spans) removed.push(...removal(rule, cut, text, s, e, 'span'))
    text = text.remove(spans)
    continues ||= cut.continues === true
  }
  return { text, continues }
}

function firstCut(rules: readonly Rule[], block: RuleBlock, doc: DocFacts): { rule: Rule; cut: Cut } | undefined {
  for (const rule of rules) {
    const cut = rule.test(block, doc)
    if (cut) return { rule, cut }
  }
  return undefined
}

/** Drops leading/trailing spaces and orphan separators left by a span cut. */
function trimMapped(text: MappedText): MappedText {
  const t = text.text
  let s = 0
  let e = t.length
  while (s < e && /[\s,,、;;::]/.test(t[s]!)) s++
  while (e > s && /\s/.test(t[e - 1]!)) e--
  return s === 0 && e === t.length ? text : text.remove([[0, s], [e, t.length]].filter(([a, b]) => b! > a!) as [number, number][])
}

function tooMany(count: number, max: number): never {
  throw new DocsiftError('TOO_MANY_BLOCKS', `the text has ${count} blocks, more than maxBlocks (${max}); raise maxBlocks to accept it`)
}


/**
 * Activities stated in running prose: a clause whose predicate is an event verb ("管委会成立了活动
 * 领导小组", "大力推进招商引资") yields the verbatim slice from the verb (with its manner adverb)
 * to the clause end, trimmed of a trailing count. Aims, duties, denials and vague objects are left out.
 */
import type { Activity, Block, DeedModel } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { tagClause } from '../../text/segment.js'
import { ASPECT, CLOSE_QUOTE, TAIL_COUNT, deedObject, MAX_PREFIX, MIN_OBJECT, NOMINAL_NEXT, OPEN_QUOTE, PARTICIPANTS_COUNTED, trimCount, UMBRELLA } from './clause-shapes.js'
import { deedCandidates, type DeedCandidate } from './deed-features.js'
import { deedProbability } from './deed-model.js'
import { exampleEvents } from './examples.js'
import { activityAt, compressObject, withAdverbs } from './name.js'
import { lastAtOrBefore } from './span-index.js'
import { ACTION_VERBS, AIM_OPENINGS, AIM_WORDS, EVENT_NOUNS, EVENT_VERBS, PLAN_TITLE_WORDS, PLAN_WORDS, VERB_ADVERBS } from './vocabulary.js'

/** A span of text; offsets into the document text unless said otherwise. */
export interface Span {
  start: number
  end: number
}

/** Where prose reports no deed: a section of problems or plans, a background section, or an item's own details. */
export type Blocked = 'problem' | 'plan' | 'aspect' | 'detail'

/** What the prose reader needs to know of the document's structure. */
export interface ProseScope {
  /** Accepted enumeration markers: clauses break there. */
  markers: readonly Span[]
  /** Where the enumerated body starts; the opening before it only names the main event. */
  bodyStart: number
  /** Why no deed is reported at an offset (problems, plans, background, an item's own details), or null. */
  blocked: (offset: number) => Blocked | null
  /**
   * The document enumerates no deeds of its own, so its prose is where they are told: the further
   * action verbs (走访, 修缮, 传达 …) open deeds too, not only the event verbs.
   */
  broad?: boolean
  /** The learned deed scorer, for clauses the hand-written rules find no deed in; absent or null: rules only. */
  deeds?: DeedModel | null
  /** Spans already taken by listed items and their heads: a learned deed is not read inside them. */
  claimed?: (start: number, end: number) => boolean
  /** Training: receives every eligible learned candidate with its name, instead of the scorer picking. */
  collect?: (candidate: DeedCandidate, name: string) => void
}

// A table's cell separator (|) ends a clause and a sentence as a stop does.
const CLAUSE_BREAK = /[,;。!?:|\n]/
const SENTENCE_BREAK = /[。!?;|\n]/
/** Only whitespace before a clause in its sentence: the clause opens it. */
const BLANK = /^\s*$/
const NOT_BLANK = /\S/
// Tagging is the costly step: a clause with no event verb near its start is skipped before it.
/** The verbs a prose deed opens with, longest first (组织召开 before 组织): event verbs, and in broad reading the action verbs too. */
const NARROW: readonly string[] = EVENT_VERBS
const BROAD: readonly string[] = [...new Set<string>([...EVENT_VERBS, ...ACTION_VERBS])].sort((a, b) => b.length - a.length)
const nearStart = (verbs: readonly string[]) => new RegExp(`^.{0,${MAX_PREFIX + 4}}?(?:${verbs.join('|')})`)
const NEAR_NARROW = nearStart(NARROW)
const NEAR_BROAD = nearStart(BROAD)
const MAX_QUOTE = 30
const MAX_TEXT = 32
/** How far an object with a participant clause may run to its sentence end. */
const MAX_ATTRIBUTIVE = 120
const AIMS: ReadonlySet<string> = new Set<string>(AIM_WORDS)
const ADVERBS: ReadonlySet<string> = new Set<string>(VERB_ADVERBS)
const HAS_OBJECT = /^[了着过]?["“《]?[^\s\p{P}]{2}/u
const REPORT_TITLE = /总结|汇报|述职|报告|小结/
/** Verb tags that, before the event verb, make it part of another predicate's object ("达成联合开发…的共识"). */
const VERB_TAG = /^v$/
const ENUMERATOR = /^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|此外|另外)/

/** Activities reported in the prose of `blocks`, read clause by clause within `scope`. */
export function findProseActivities(text: string, blocks: readonly Block[], scope: ProseScope): Activity[] {
  const plan = isPlan(blocks)
  // A plan's clauses are no training rows: the scorer learns deeds from reports.
  if (scope.collect && plan) return []
  const out: Activity[] = []
  for (const block of blocks) {
    // Titles and headings are labels: a heading's deed phrase is an item head or a section name.
    if (block.kind === 'title' || block.kind === 'heading') continue
    const folded = fold(block.text)
    const end = block.offset + block.text.length
    const local = scope.markers
      .filter((m) => m.start >= block.offset && m.start < end)
      .map((m) => ({ start: m.start - block.offset, end: Math.min(m.end, end) - block.offset }))
    let previous: Span | undefined
    const sentences = sentenceStarts(folded)
    // Where a span may stand as a deed: past the opening (or naming the main event there), in no blocked
    // section; not strict, also in a background section.
    const eligible = (start: number, end: number, strict: boolean) => {
      const offset = block.offset + start
      // A plan's opening frames what is to come ("努力办好今年的农民丰收节"): its measures are in the body.
      if (offset < scope.bodyStart && (plan || !namesMainEvent(fold(text.slice(offset, block.offset + end))))) return false
      const blocked = scope.blocked(offset)
      return blocked === null || (!strict && blocked === 'aspect')
    }
    for (const c of clauses(folded, local)) {
      const deed = deedIn(folded, c, sentences, scope.broad === true)
      let hits = deed ? [deed] : exampleEvents(folded, previous, c)
      // A named event given as an example of what was held stands even in a background section.
      const example = deed === undefined && hits.length > 0
      if (hits.length === 0) hits = learnedDeeds(folded, c, sentences, block, scope, eligible)
      previous = c
      for (const hit of hits) {
        if (!eligible(hit.start, hit.end, !example)) continue
        const offset = block.offset + hit.start
        out.push(activityAt(text.slice(offset, block.offset + hit.end), offset))
      }
    }
  }
  // A plan's prose tells its measures as a report tells its deeds ("…开展“学雷锋”志愿服务,组织志愿者慰问低保家庭").
  return out
}

/**
 * The deed the learned scorer finds in a clause the rules left alone: its best candidate, when that
 * reaches the model's cut-off. In training, every eligible candidate goes to `collect` instead.
 */
function learnedDeeds(
  folded: string, c: Span, sentences: readonly number[], block: Block, scope: ProseScope,
  eligible: (start: number, end: number, strict: boolean) => boolean,
): Span[] {
  const model = scope.deeds
  if (!model && !scope.collect) return []
  const from = c.start + (ENUMERATOR.exec(folded.slice(c.start, c.end))?.[0].length ?? 0)
  const after = folded.slice(c.end).search(NOT_BLANK)
  const place = {
    firstInSentence: BLANK.test(folded.slice(sentences[lastAtOrBefore(sentences, c.start)] ?? 0, c.start)),
    lastInSentence: after < 0 || SENTENCE_BREAK.test(folded[c.end + after]!),
    blockKind: block.kind,
    planned: opensPlan(folded, c.start, sentences),
  }
  let best: { span: Span; p: number } | undefined
  for (const candidate of deedCandidates(folded.slice(from, c.end), place)) {
    const span = { start: from + candidate.start, end: from + candidate.end }
    if (!eligible(span.start, span.end, true) || scope.claimed?.(block.offset + span.start, block.offset + span.end)) continue
    if (scope.collect) {
      scope.collect(candidate, activityAt(block.text.slice(span.start, span.end), 0).name)
      continue
    }
    const p = deedProbability(model!, candidate)
    if (p >= model!.threshold && (!best || p > best.p)) best = { span, p }
  }
  return best ? [best.span] : []
}

/**
 * True when a head opens with an event verb: it names one deed, and its body only tells how it went.
 * Broad: the further action verbs count too ("制作发放宣传单", "走访慰问困难户").
 */
export function namesDeed(head: string, broad = false): boolean {
  const h = fold(head)
  let at = 0
  for (let round = 0; round < 2; round++) {
    const adverb = VERB_ADVERBS.find((a) => h.startsWith(a, at))
    if (adverb) at += adverb.length
  }
  const verb = (broad ? BROAD : NARROW).find((v) => h.startsWith(v, at))
  // "精心组织,抓好落实" is a slogan: the verb has no object of its own.
  return verb !== undefined && HAS_OBJECT.test(h.slice(at + verb.length))
}

/** The document is a plan by its title ("…工作计划", "…实施方案"), not a report on one ("…工作总结及下半年计划"). */
export function isPlan(blocks: readonly Block[]): boolean {
  const title = blocks.find((b) => b.kind === 'title')
  // "…工作总结及下半年计划" reports the past first.
  return title !== undefined && PLAN_TITLE_WORDS.some((w) => title.text.includes(w)) && !REPORT_TITLE.test(title.text)
}

/**
 * An opening clause counts only when it names the event itself: its object ends in an event noun
 * ("开展了禁毒集中宣传月活动", "举行…交接仪式"); the rest of the opening frames the report.
 */
function namesMainEvent(slice: string): boolean {
  return EVENT_NOUNS.some((n) => slice.endsWith(n))
}

/** Clause spans of a folded block: cut at commas and stops outside quotes, and at every marker. */
function clauses(folded: string, markers: readonly Span[]): Span[] {
  const cuts: Span[] = [...markers]
  let quoteAt = -1
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!
    if (quoteAt >= 0 && i - quoteAt > MAX_QUOTE) quoteAt = -1
    // A straight quote both opens and closes.
    if (quoteAt >= 0 && CLOSE_QUOTE.test(ch)) quoteAt = -1
    else if (quoteAt < 0 && OPEN_QUOTE.test(ch)) quoteAt = i
    else if (quoteAt < 0 && CLAUSE_BREAK.test(ch)) cuts.push({ start: i, end: i + 1 })
  }
  cuts.sort((a, b) => a.start - b.start)
  const out: Span[] = []
  let from = 0
  for (const c of cuts) {
    if (c.start > from) out.push({ start: from, end: c.start })
    from = Math.max(from, c.end)
  }
  if (from < folded.length) out.push({ start: from, end: folded.length })
  return out.map((s) => trim(folded, s)).filter((s) => s.end > s.start)
}

function trim(folded: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /\s/.test(folded[start]!)) start++
  while (end > start && /\s/.test(folded[end - 1]!)) end--
  return { start, end }
}

/** The deed a clause reports, as a span of the folded block, if its predicate is an event verb. */
function deedIn(folded: string, clause: Span, sentences: readonly number[], broad: boolean): Span | undefined {
  // "一是…", "其次,…" number the deed; they are not its subject.
  const enumerator = ENUMERATOR.exec(folded.slice(clause.start, clause.end))?.[0].length ?? 0
  clause = { start: clause.start + enumerator, end: clause.end }
  const body = folded.slice(clause.start, clause.end)
  if (AIM_OPENINGS.some((w) => body.startsWith(w)) || opensPlan(folded, clause.start, sentences)) return undefined
  // A clause closing on a count reports work done ("清理卫生死角20余处"): its action verbs open deeds
  // as in a broad reading, even where the document enumerates its deeds.
  const wide = broad || TAIL_COUNT.test(body)
  if (!(wide ? NEAR_BROAD : NEAR_NARROW).test(body)) return undefined
  const words = tagClause(body)
  const verb = firstVerb(body, words, wide ? BROAD : NARROW)
  if (!verb) return undefined
  const prefix = body.slice(0, verb.start)
  if (prefix.length > MAX_PREFIX || prefix.endsWith('的') || PARTICIPANTS_COUNTED.test(prefix) || !plainPrefix(words, verb.start)) return undefined
  let object = body.slice(verb.end)
  if (NOMINAL_NEXT.test(object)) return undefined
  const long = participantObject(folded, clause.start + verb.end)
  if (long) return { start: clause.start + withAdverbs(body, verb.start), end: long }
  object = trimCount(object, body.slice(verb.start, verb.end))
  if (!deedObject(object.replace(ASPECT, ''), body.slice(verb.start, verb.end))) return undefined
  const start = withAdverbs(body, verb.start)
  const end = verb.end + object.length
  if (end - start > MAX_TEXT) return undefined
  return { start: clause.start + start, end: clause.start + end }
}

/**
 * End of an object that opens with a clause naming who led or took part ("成立了以…为组长,…为副组长的,
 * 读书节领导小组", "召开了有十余家单位参加的“联席会议”"): the object runs past commas to the
 * sentence end, and only its head noun is the deed's object.
 */
function participantObject(folded: string, at: number): number | undefined {
  const window = folded.slice(at, at + MAX_ATTRIBUTIVE)
  // The object ends at the first clause break after which its head noun stands complete.
  for (let end = window.search(CLAUSE_BREAK); end > 0; end = nextBreak(window, end)) {
    const object = window.slice(0, end).replace(ASPECT, '')
    const head = compressObject(object)
    if (head !== object && !UMBRELLA.test(object) && head.length >= MIN_OBJECT && head.length <= MAX_TEXT && deedObject(head)) return at + end
    if (SENTENCE_BREAK.test(window[end]!)) return undefined
  }
  return undefined
}

function nextBreak(s: string, after: number): number {
  const next = s.slice(after + 1).search(CLAUSE_BREAK)
  return next < 0 ? -1 : after + 1 + next
}

/** The first event verb that stands as a word of its own (its end is a token boundary). */
function firstVerb(body: string, words: readonly { word: string }[], verbs: readonly string[]): Span | undefined {
  const ends = new Set<number>()
  let at = 0
  for (const w of words) ends.add((at += w.word.length))
  for (let i = 0; i < body.length && i <= MAX_PREFIX; i++) {
    const verb = verbs.find((v) => body.startsWith(v, i) && ends.has(i + v.length))
    if (verb) return { start: i, end: i + verb.length }
  }
  return undefined
}

/** The words before the verb are a subject, time, place or manner: no aim word, no other predicate. */
function plainPrefix(words: readonly { word: string; tag: string }[], verbStart: number): boolean {
  let at = 0
  for (const w of words) {
    if (at + w.word.length > verbStart) break
    at += w.word.length
    if (AIMS.has(w.word)) return false
    // One-character "verbs" are mostly mis-tagged name parts (…人事系…).
    if (VERB_TAG.test(w.tag) && w.word.length > 1 && !ADVERBS.has(w.word)) return false
  }
  return true
}

/** Where each sentence of a folded block starts, ascending: found once per block, not once per clause. */
function sentenceStarts(folded: string): number[] {
  const starts = [0]
  for (let i = 1; i <= folded.length; i++) if (SENTENCE_BREAK.test(folded[i - 1]!)) starts.push(i)
  return starts
}

/** True when the clause's sentence opens with a plan word (下一步, 今后 …). */
function opensPlan(folded: string, at: number, sentences: readonly number[]): boolean {
  // Walking back to the sentence start from every clause was quadratic on a sentence of many clauses.
  const from = sentences[lastAtOrBefore(sentences, at)] ?? 0
  const head = folded.slice(from, Math.min(at + 4, from + 8))
  return PLAN_WORDS.some((w) => head.startsWith(w)) || head.startsWith('下半年')
}

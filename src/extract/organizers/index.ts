/**
 * Organising units: those listed before an organising verb (联合举办, 牵头, 主办, 会同), the body a
 * summary says was set up (成立…领导小组/指挥部), and units that open a clause as its subject.
 */
import { ORGANIZER_VERBS } from '../../lexicon/organizations.js'
import type { Organizer } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { wordAlternation } from '../../text/pattern.js'
import { tag } from '../../text/segment.js'
import { unitsIn, type UnitName } from './names.js'

const CLAUSE_BREAK = /[。;!?:,()\n"“”]/
const MAX_CLAUSE = 80
const VERB = new RegExp(`(?:${wordAlternation(ORGANIZER_VERBS)})`, 'g')
/** 成立(了)…领导小组: the body set up, named after the last 的/为/以 before its suffix. */
const FOUNDED = /成立(?:了)?([^。;!?\n]{0,40}?(?:领导小组|工作小组|工作组|指挥部|委员会))/g
const FOUNDED_CUT = /[的,、为以]/
/** A clause that opens with units and goes on with what they did. */
const SUBJECT_VERB = /^(?:成立|组织|开展|举办|召开|聚焦|在|以|实施|紧紧围绕|积极|认真|深入|坚持|精心|(?:\d{4}年度?|年度|上半年|下半年)?工作(?:总结|计划|汇报))/
/** What may stand before a subject: list markers, 我们/今年, 由. */
const SUBJECT_LEAD = /^(?:\s|\d{1,2}[、.]|[一二三四五六七八九十]{1,2}[是、]|由|我们|今年)*/
const MAX_SUBJECT = 40
const NOT_NOUN_TAGS: ReadonlySet<string> = new Set(['v', 'vd', 'f', 'd', 'ad', 'i', 'l', 'c', 'p', 'r', 'u', 'uj', 'ul'])
const SUBJECT_LOOKAHEAD = 12

/**
 * Units that organised or took part in the work, deduplicated by name, at their first mention.
 * @example extractOrganizers('县科技局、县科协联合举办了科技周。').map((o) => o.text) // ['县科技局', '县科协']
 */
export function extractOrganizers(text: string): Organizer[] {
  const folded = fold(text)
  const found: UnitName[] = [...beforeVerbs(folded), ...founded(folded), ...subjects(folded)]
  const byName = new Map<string, Organizer>()
  for (const u of found.sort((a, b) => a.offset - b.offset)) {
    if (byName.has(u.text)) continue
    const first = folded.indexOf(u.text)
    const offset = first >= 0 ? first : u.offset
    // Report the caller's characters (traditional, full-width) when the name stands in the text;
    // a completed name (镇党委、政府 → 镇政府) has no verbatim slice and keeps its folded form.
    const literal = folded.slice(offset, offset + u.text.length) === u.text
    byName.set(u.text, { text: literal ? text.slice(offset, offset + u.text.length) : u.text, offset })
  }
  return [...byName.values()].sort((a, b) => a.offset - b.offset)
}

function clauseBefore(folded: string, end: number): { clause: string; start: number } {
  let start = end
  while (start > 0 && end - start < MAX_CLAUSE && !CLAUSE_BREAK.test(folded[start - 1]!)) start--
  return { clause: folded.slice(start, end), start }
}

function beforeVerbs(folded: string): UnitName[] {
  return [...folded.matchAll(VERB)].flatMap((m) => {
    const { clause, start } = clauseBefore(folded, m.index)
    // 由 introduces the agent: "本次大赛由市教育局主办".
    const agent = clause.lastIndexOf('由') + 1
    return unitsIn(clause.slice(agent), start + agent)
  })
}

function founded(folded: string): UnitName[] {
  return [...folded.matchAll(FOUNDED)].flatMap((m) => {
    const body = m[1]!
    let cut = body.length
    while (cut > 0 && !FOUNDED_CUT.test(body[cut - 1]!)) cut--
    const start = m.index + m[0].length - body.length + cut
    const name = folded.slice(start, m.index + m[0].length)
    return name.length >= 2 ? unitsIn(name, start) : []
  })
}

function subjects(folded: string): UnitName[] {
  const out: UnitName[] = []
  let start = 0
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && !CLAUSE_BREAK.test(folded[i]!)) continue
    out.push(...clauseSubject(folded, start, i))
    start = i + 1
  }
  return out
}

/** Without a cue verb, a name must segment as nouns (要求站 is 要求 + 站, 内部 is a locative). */
function readsAsNoun(unit: UnitName): boolean {
  return tag(unit.text).every((t) => !NOT_NOUN_TAGS.has(t.tag))
}

/** The units a clause opens with, when a subject verb follows them directly. */
function clauseSubject(folded: string, start: number, end: number): UnitName[] {
  const lead = SUBJECT_LEAD.exec(folded.slice(start, end))?.[0].length ?? 0
  const from = start + lead
  for (let p = from + 2; p < Math.min(end, from + MAX_SUBJECT); p++) {
    if (!SUBJECT_VERB.test(folded.slice(p, Math.min(end, p + SUBJECT_LOOKAHEAD)))) continue
    const head = folded.slice(from, p)
    if (head.includes('的')) return []
    const units = unitsIn(head, from)
    const last = units[units.length - 1]
    // The units must run right up to the verb: "按照县委的部署开展" is no subject.
    if (last && last.offset + (last.span ?? last.text.length) === p) return units.every(readsAsNoun) ? units : []
  }
  return []
}

/**
 * Unit names inside a clause: split a list ("县科技局、县委宣传部和县科协") on its joiners and keep
 * the pieces that read as a unit's name (ending in an organisation suffix, no verbs or 的).
 */
import {
  ADMIN_PREFIXES, ELLIPTICAL_ORGANS, NOT_IN_ORG_NAME, ORG_GENERIC_TAILS, ORG_JOINERS, ORG_LEAD_FILLERS, ORG_SUFFIXES,
} from '../../lexicon/organizations.js'
import { wordAlternation } from '../../text/pattern.js'

/** A unit named in the text; `offset` is where its piece starts. */
export interface UnitName {
  text: string
  offset: number
  /** Length of the source span when `text` was completed (镇党委、政府 → 镇政府 spans 政府). */
  span?: number
}

const JOINER = new RegExp(`(?:${wordAlternation(ORG_JOINERS)})`, 'g')
const SUFFIX = new RegExp(`(?:${wordAlternation(ORG_SUFFIXES)})$`)
const FILLER = new RegExp(`^(?:${wordAlternation(ORG_LEAD_FILLERS)})`)
const PREFIX = new RegExp(`^(?:${wordAlternation(ADMIN_PREFIXES)})`)
const NAME_CHARS = /^[\u4e00-\u9fffXx*]{2,16}$/
/** Pieces opening with these are descriptions (各有关单位, 全县), not names. */
const NOT_A_NAME_START = /^(?:各|有关|相关|全|本|该|其|这|那|上级|下属|成员)/
const TAIL = new RegExp(`(?:${wordAlternation(ORG_GENERIC_TAILS)}).*$`)
const MIN_BARE_SUFFIX = 2
const LIST_MARKER = /^(?:\d{1,2}[、.]|[一二三四五六七八九十]{1,2}[是、])/

/** Units listed in `clause` (which starts at `offset` in the text). */
export function unitsIn(clause: string, offset: number): UnitName[] {
  const pieces: UnitName[] = []
  let at = 0
  for (const m of clause.matchAll(JOINER)) {
    // A joiner with nothing before it is part of a name (和平社区党委), not a list.
    if (m.index === at) continue
    pieces.push({ text: clause.slice(at, m.index), offset: offset + at })
    at = m.index + m[0].length
  }
  pieces.push({ text: clause.slice(at), offset: offset + at })
  const out: UnitName[] = []
  let lastPrefix = ''
  for (const piece of pieces) {
    const name = cleanPiece(piece)
    if (!name) continue
    const bare = SUFFIX.exec(name.text)?.[0] === name.text
    const prefix = PREFIX.exec(name.text)?.[0] ?? ''
    if (bare && lastPrefix && (ELLIPTICAL_ORGANS as readonly string[]).includes(name.text)) {
      // "镇党委、政府": the second organ shares the first one's region.
      out.push({ text: lastPrefix + name.text, offset: name.offset, span: name.text.length })
      continue
    }
    // A bare suffix (学校, 团委) is a name only inside a list of several units.
    if (bare && (pieces.length < 2 || name.text.length < MIN_BARE_SUFFIX)) continue
    lastPrefix = prefix
    out.push(name)
  }
  return out
}

function cleanPiece(piece: UnitName): UnitName | undefined {
  let text = piece.text.replace(/\s+/g, '')
  let offset = piece.offset + (piece.text.length - piece.text.trimStart().length)
  const marker = LIST_MARKER.exec(text)?.[0].length ?? 0
  offset += marker
  text = text.slice(marker).replace(TAIL, '')
  const ofAt = text.lastIndexOf('的')
  if (ofAt >= 0) {
    offset += ofAt + 1
    text = text.slice(ofAt + 1)
  }
  for (let m = FILLER.exec(text); m && text.length - m[0].length >= 2; m = FILLER.exec(text)) {
    offset += m[0].length
    text = text.slice(m[0].length)
  }
  if (!NAME_CHARS.test(text) || NOT_A_NAME_START.test(text) || !SUFFIX.test(text)) return undefined
  if (NOT_IN_ORG_NAME.some((w) => text.includes(w))) return undefined
  return { text, offset }
}

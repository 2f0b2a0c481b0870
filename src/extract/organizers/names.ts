/**
 * Unit names inside a clause: split a list ("县科技局、县委宣传部和县科协等单位") on its joiners
 * and read each piece. A piece is a unit's name when it ends in an organisation head noun
 * (…局, …党委, …工会, …办事处) after a name-like prefix, a description when it only points at
 * units (各有关单位, 上级团委), and anything else otherwise. The sentence frames that make a
 * list of units organisers live in the modules beside this one.
 */
import {
  ELLIPTICAL_ORGANS, NOT_IN_ORG_NAME, NOT_UNIT_ENDINGS, ORG_GENERIC_TAILS, ORG_JOINERS, ORG_LEAD_FILLERS,
  ORG_REFERENCE_LEADS, ORG_SUFFIXES,
} from '../../lexicon/organizations.js'
import { ROLE_WORDS } from '../../lexicon/roles.js'
import { wordAlternation } from '../../text/pattern.js'
import { opensWithPredicate } from './opening.js'

/** A unit named in the text; `offset` is where its piece starts. */
export interface UnitName {
  text: string
  offset: number
  /** Length of the source span when `text` was completed (镇党委、政府 → 镇政府 spans 政府). */
  span?: number
}

/** How a list piece reads: a unit's name, a pointer at units (各有关单位, 上级团委), or neither. */
export type PieceKind = 'name' | 'description' | 'other'

interface Piece {
  kind: PieceKind
  name?: UnitName
  /** The piece is a bare head noun (学校, 团委): a name only next to other units. */
  bare: boolean
}

/** A list read from a clause: its units, and whether every piece was a unit or a description. */
export interface UnitList {
  units: UnitName[]
  clean: boolean
}

// "联合会", "联合工会": 联合 right before a head noun is part of the name, not a joiner.
const JOINER = new RegExp(`联合(?!${wordAlternation(ORG_SUFFIXES)}|会)|${wordAlternation(ORG_JOINERS.filter((j) => j !== '联合'))}`, 'g')
/** Numbered units of a corps or army: 三十七团, 七连, 二营. */
const NUMBERED_UNIT = '[一二三四五六七八九十百\\d]{1,4}(?:团|连|营)'
/** A village named under its township or county: 双牌县泷泊镇崔家村. */
const VILLAGE = '(?:县|镇|乡|区)[\\u4e00-\\u9fff]{1,4}村'
const SUFFIX = new RegExp(`(?:${wordAlternation(ORG_SUFFIXES)}|${NUMBERED_UNIT}|${VILLAGE})$`)
const BARE = new RegExp(`^(?:${wordAlternation(ORG_SUFFIXES)})$`)
const FILLER = new RegExp(`^(?:${wordAlternation(ORG_LEAD_FILLERS)})`)
const REFERENCE = new RegExp(`^(?:${wordAlternation(ORG_REFERENCE_LEADS)})`)
const NOT_UNIT_END = new RegExp(`(?:${wordAlternation(NOT_UNIT_ENDINGS)})$`)
const NAME_CHARS = /^[\u4e00-\u9fffXx×*_]{2,20}$/
/** Pieces opening with these point at units (各有关单位, 全县, 某乡政府) rather than name one; after 与 stands a partner. */
const NOT_A_NAME_START = /^(?:各|有关|相关|全|本|该|其|这|那|此|下属|成员|某|乡镇|部分|多个|多家|一些|个别|上半年|下半年|年度|国内外|国内|国外|同(?=[省市县区镇乡])|与|不足)/
const TAIL = new RegExp(`(?:${wordAlternation(ORG_GENERIC_TAILS)}).*$`)
const MIN_BARE_SUFFIX = 2
const LIST_END = /等[\u4e00-\u9fff\d]{0,8}?单位$/
/** Only 和 joins two words inside one name (住房和城乡建设局). */
const INNER_JOINER = /^和$/
/** "报告中所涉及…": a one-character head after a locative is a particle phrase, not a unit. */
const LOCATIVE_HEAD = /[中内上下里外](?:所|处)$/
const EVERY = /^各/
const SCHOOL = /^(?:学校|本校)/
const SCHOOL_LIST = 3
const ELLIPTICAL: ReadonlySet<string> = new Set(ELLIPTICAL_ORGANS)
/** Positions: a name holding one before its head noun is a person's title ("…站长任…小组"). */
const ROLES = new RegExp(wordAlternation(ROLE_WORDS.filter((r) => !/委员|成员|组员/.test(r))))
const INNER_HEADS = /(?:工作)?领导小组/g
const LIST_MARKER = /^(?:\d{1,2}[、.]|[一二三四五六七八九十]{1,2}[是、])/

/** Units listed in `clause` (which starts at `offset` in the text). */
export function unitsIn(clause: string, offset: number): UnitName[] {
  return readList(clause, offset).units
}

/**
 * Reads `clause` as a list of units. `clean` is true when every piece is a unit's name or a
 * description of units and the last piece is a name (so the list runs to the clause's end).
 */
export function readList(clause: string, offset: number): UnitList {
  const raw = mergeInnerJoiners(splitPieces(clause, offset), clause, offset)
  const pieces = raw.map((p) => readPiece(p, raw.length))
  // "各社区工作站、股份公司": 各 points at every kind listed after it.
  if (EVERY.test(raw[0]?.text.trimStart() ?? '')) pieces.forEach((p) => (p.kind = p.kind === 'name' ? 'description' : p.kind))
  // "上级党委、政府": an organ elided after a description shares it.
  pieces.forEach((p, i) => {
    if (i > 0 && p.bare && pieces[i - 1]!.kind === 'description') p.kind = 'description'
  })
  const out: UnitName[] = []
  let clean = pieces.every((p) => p.kind !== 'other')
  pieces.forEach((piece, i) => {
    if (piece.kind !== 'name' || !piece.name) return
    const name = piece.name
    // A bare head noun (学校, 团委) is a name only inside a list of several units; an organ elided
    // after a named one ("镇党委、政府") is left as written, not completed to 镇政府.
    if (piece.bare && i > 0 && ELLIPTICAL.has(name.text)) return
    if (piece.bare && (raw.length < 2 || name.text.length < MIN_BARE_SUFFIX)) {
      if (i === pieces.length - 1) clean = false
      return
    }
    out.push(name)
  })
  return { units: out, clean: clean && out.length > 0 }
}

/** Length of the head noun ending `text` (3 for …办公室), or 0. */
export function headLength(text: string): number {
  return SUFFIX.exec(text)?.[0].length ?? 0
}

/** True when `text` ends like a unit or a list of units (…局, …等单位). */
export function endsLikeUnit(text: string): boolean {
  return SUFFIX.test(text) || LIST_END.test(text)
}

/** `text` read whole as one unit's name (joiners inside it too: 住房和城乡建设局), unless it is a bare head noun. */
export function nameOf(text: string, offset: number): UnitName | undefined {
  const piece = readPiece({ text, offset })
  return piece.kind === 'name' && !piece.bare ? piece.name : undefined
}

/** "人力资源和社会保障局": a piece that names nothing joins the next one when together they name a unit. */
function mergeInnerJoiners(pieces: UnitName[], clause: string, offset: number): UnitName[] {
  const out: UnitName[] = []
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!
    const next = pieces[i + 1]
    if (next && readPiece(piece).kind === 'other') {
      const joined = { text: clause.slice(piece.offset - offset, next.offset - offset + next.text.length), offset: piece.offset }
      if (INNER_JOINER.test(joined.text.slice(piece.text.length, next.offset - piece.offset)) && piece.text.trim().length >= 2 && readPiece(joined).kind === 'name') {
        out.push(joined)
        i++
        continue
      }
    }
    out.push(piece)
  }
  return out
}

function splitPieces(clause: string, offset: number): UnitName[] {
  const pieces: UnitName[] = []
  let at = 0
  for (const m of clause.matchAll(JOINER)) {
    // A joiner with nothing before it is part of a name (和平社区党委), not a list.
    if (m.index === at) continue
    pieces.push({ text: clause.slice(at, m.index), offset: offset + at })
    at = m.index + m[0].length
  }
  pieces.push({ text: clause.slice(at), offset: offset + at })
  return pieces
}

function readPiece(piece: UnitName, listLength = 1): Piece {
  // A name holds no whitespace: before a space stands something else (a title, a heading), and
  // what is kept must be the verbatim slice at its offset.
  const lastGap = piece.text.trimEnd().search(/\s(?=\S*$)/)
  let offset = piece.offset + lastGap + 1
  let text = piece.text.slice(lastGap + 1).trimEnd()
  const marker = LIST_MARKER.exec(text)?.[0].length ?? 0
  offset += marker
  text = text.slice(marker)
  // "…党总支等部门负责同志", "各异地公司": what follows 等/各 describes, it names nothing.
  const tail = TAIL.exec(text)
  if (tail) text = text.slice(0, tail.index)
  if (text.length === 0) return { kind: 'description', bare: false }
  const ofAt = text.lastIndexOf('的')
  if (ofAt >= 0) {
    offset += ofAt + 1
    text = text.slice(ofAt + 1)
  }
  // "学校教导处、教科室、团委": a long list of one school's offices names them without the school.
  if (listLength >= SCHOOL_LIST && SCHOOL.test(text) && text.length > 4) {
    offset += 2
    text = text.slice(2)
  }
  for (let m = FILLER.exec(text); m && text.length - m[0].length >= 2; m = FILLER.exec(text)) {
    offset += m[0].length
    text = text.slice(m[0].length)
  }
  const reference = REFERENCE.exec(text)
  if (!NAME_CHARS.test(text)) return { kind: 'other', bare: false }
  if (NOT_A_NAME_START.test(text)) return { kind: 'description', bare: false }
  if (!SUFFIX.test(text) || NOT_UNIT_END.test(text) || LOCATIVE_HEAD.test(text)) return { kind: 'other', bare: false }
  // 领导 and 工作 inside 领导小组 belong to the head noun.
  const body = text.replace(INNER_HEADS, '')
  if (NOT_IN_ORG_NAME.some((w) => body.includes(w)) || ROLES.test(body.replace(SUFFIX, ''))) return { kind: 'other', bare: false }
  if (opensWithPredicate(text, isHeadAfterVerb)) return { kind: 'other', bare: false }
  if (reference) {
    // "上级团委" points at some committee above; "上级团县委" still names one.
    const rest = text.slice(reference[0].length)
    if (rest.length < 2 || BARE.test(rest)) return { kind: 'description', bare: false }
    offset += reference[0].length
    text = rest
  }
  return { kind: 'name', name: { text, offset }, bare: BARE.test(text) }
}

/** True when `rest` is a head noun a unit's name may end in right after a verb (…委员会, not …社区). */
function isHeadAfterVerb(rest: string): boolean {
  return SUFFIX.test(rest)
}

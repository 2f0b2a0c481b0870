import { SECRECY_NOTES } from '../../lexicon/noise.js'
import { SENTENCE_END } from '../../text/chars.js'
import { oncePer } from '../../text/memo.js'
import { wordAlternation } from '../../text/pattern.js'
import { isDateLine } from '../../text/date-line.js'
import { looksLikeTitle } from '../../text/title.js'
import { isPageMarker } from './preview-marker.js'
import type { Rule } from '../types.js'

/**
 * A file's text layer repeats its running footer or header on every page, page number and all
 * ("知页 example.cc 1/5" … "知页 example.cc 2/5", "【第 2 张 / 共 12 张】", "— 3/6 —"), alone on a line or glued to
 * the end or the start of the body line a hard wrap left there. No list of shapes can know every viewer's: what
 * gives them away is that they recur on the page once their numbers are masked, and hold a page number.
 */

// A page number in a masked piece (every run of digits is '#', spaces gone): 2/6, 第2页, 第2张, 第4版, P2, Page 2.
const PAGE_NUMBER = /(?<![#/／])#[/／]#(?![/／])|[第共]#[页张版]|(?<![A-Za-z])P#|Page#/i
// The number closes the piece (brackets and dashes may follow) or opens it (after them, or a viewer's word: 幻灯片 2/10).
const CLOSERS = '\\]】）)〕〉>›»—\\-–~=_·.'
const NUMBER_AT_END = new RegExp(`(?:(?<![#/／])#[/／]#(?![/／])|[第共]#[页张版]|(?<![A-Za-z])P#|Page#(?:of#)?)[${CLOSERS}]*$`, 'i')
const NUMBER_AT_START = new RegExp(`^[^#。，,；;！？!?]{0,8}?(?:(?<![#/／])#[/／]#(?![/／])|[第共]#[页张版]|(?<![A-Za-z])P#|Page#(?:of#)?)[${CLOSERS}]*`, 'i')
// Pieces longer than this are text, not a footer; shorter than this, too common a shape to trust as repeated.
const MAX_PIECE = 40
const MIN_PIECE = 3
// A piece starts at a word, a bracket or a dash: not at the punctuation that closed the body before it.
const LEADING_PUNCT = /^[。，,；;：:！!？?、）)”"’]+/
// A page of more lines than this is not compared pairwise (a text layer is short; a long page pays nothing).
const MAX_CANDIDATES = 200
const WORD_CHAR = /[A-Za-z#./:_-]/

interface Masked {
  /** The line with spaces dropped and every run of digits written '#'. */
  readonly text: string
  /** For each masked character, where it starts and ends in the line. */
  readonly starts: readonly number[]
  readonly ends: readonly number[]
}

const DIGIT = /\d/
const NO_DIGIT: Masked = { text: '', starts: [], ends: [] }

function mask(line: string): Masked {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < line.length; ) {
    const c = line[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    let j = i + 1
    if (c >= '0' && c <= '9') while (j < line.length && line[j]! >= '0' && line[j]! <= '9') j++
    text += j > i + 1 || (c >= '0' && c <= '9') ? '#' : c
    starts.push(i)
    ends.push(j)
    i = j
  }
  return { text, starts, ends }
}

const commonSuffix = (a: string, b: string): string => {
  let k = 0
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++
  return a.slice(a.length - k)
}
const commonPrefix = (a: string, b: string): string => {
  let k = 0
  while (k < a.length && k < b.length && a[k] === b[k]) k++
  return a.slice(0, k)
}

/** The pieces two or more lines share, each counted by how many lines carry it (at their end or at their start). */
function templates(pieces: readonly string[], common: (a: string, b: string) => string, shape: RegExp, tidy: (t: string) => string, carries: (line: string, t: string) => boolean): Map<string, number> {
  const found = new Set<string>()
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const t = tidy(common(pieces[i]!, pieces[j]!))
      // A page number alone ("2/3" closing two lines) is a shape many texts share; the footer has more than that.
      if (t.length >= MIN_PIECE && shape.test(t) && PAGE_NUMBER.test(t) && t.replace(PAGE_NUMBER, '').length > 0) found.add(t)
    }
  }
  const support = new Map<string, number>()
  for (const t of found) support.set(t, pieces.filter((p) => carries(p, t)).length)
  return support
}

/** The template a line carries that most lines share (the longest among equals). */
function best(line: string, support: ReadonlyMap<string, number>, carries: (line: string, t: string) => boolean): string | undefined {
  let out: string | undefined
  support.forEach((n, t) => {
    if (n < 2 || !carries(line, t)) return
    const have = out === undefined ? 0 : support.get(out)!
    if (out === undefined || n > have || (n === have && t.length > out.length)) out = t
  })
  return out
}

const endsWith = (line: string, t: string) => line.endsWith(t)
const startsWith = (line: string, t: string) => line.startsWith(t)
// A suffix shared by chance may begin with the punctuation that closed the body; a prefix may run into the body
// after the number ("【P#】一、" and "【P#】一是"): it ends with the number and what closes it.
const tidyTail = (t: string) => t.replace(LEADING_PUNCT, '')
function tidyHead(t: string): string {
  for (let k = t.length; k >= MIN_PIECE; k--) if (NUMBER_AT_END.test(t.slice(0, k))) return t.slice(0, k)
  return ''
}

/** Line index → the span of its running footer or header, for the lines of a page (once per page). */
const runningMarkers = oncePer((texts: readonly string[]): Map<number, [number, number]> => {
  // Only a line with a digit can carry a page number: the others are not masked at all (most lines of most pages).
  const masked = texts.map((t) => (DIGIT.test(t) ? mask(t) : NO_DIGIT))
  const tails = masked.map((m) => (m !== NO_DIGIT && NUMBER_AT_END.test(m.text) ? m.text.slice(-MAX_PIECE) : ''))
  const heads = masked.map((m) => (m !== NO_DIGIT && NUMBER_AT_START.test(m.text) ? m.text.slice(0, MAX_PIECE) : ''))
  const out = new Map<number, [number, number]>()
  const tailList = tails.filter(Boolean)
  const headList = heads.filter(Boolean)
  if (tailList.length + headList.length < 2 || tailList.length > MAX_CANDIDATES || headList.length > MAX_CANDIDATES) return out
  const tailSupport = templates(tailList, commonSuffix, NUMBER_AT_END, tidyTail, endsWith)
  const headSupport = templates(headList, commonPrefix, NUMBER_AT_START, tidyHead, startsWith)
  masked.forEach((m, i) => {
    const tail = tails[i] ? best(tails[i]!, tailSupport, endsWith) : undefined
    // A piece as long as the window may run on before it (a URL's path), and one that starts inside a word or an
    // address would split it: neither is cut here.
    const at = tail ? m.text.length - tail.length : -1
    if (tail && tail.length < MAX_PIECE && !(at > 0 && WORD_CHAR.test(m.text[at - 1]!) && WORD_CHAR.test(tail[0]!))) {
      // What stands before the number may be the document's name, the header's own words ("某某述职报告(某某) 第 2 页,
      // 共 3 页"): the whole line goes.
      const head = texts[i]!.slice(0, m.starts[at]!).trim()
      out.set(i, [head && looksLikeTitle(head) ? 0 : m.starts[at]!, texts[i]!.length])
      return
    }
    const head = heads[i] ? best(heads[i]!, headSupport, startsWith) : undefined
    if (head) out.set(i, [0, pastSpaces(texts[i]!, m.ends[head.length - 1]!)])
  })
  return out
})

/**
 * A hard-wrapped text layer (most long lines stop mid-sentence) repeats its running header or footer word for word,
 * page number or not ("某某中学教务处 | 2024.01", "某某妇联 内部资料 第 { PAGE } 页"): a short line that is no
 * sentence found twice or more, or the same words glued to the start or the end of three wrapped lines or more. Prose
 * repeats itself too (a unit's name opens the title and the signature; a date line may stand twice), so the piece
 * must carry a mark no prose has (a Latin letter, a bar, a middle dot, a brace), and only a wrapped layer is read so.
 */
const WRAP_MIN_LINE = 16
// Lines of a wrapped layer run to the width give or take a few characters (a digit run, a Latin word, an indent).
const WIDTH_SLACK = 3
const WRAP_MIN_LINES = 8
const WRAP_SHARE = 0.5
const MIN_REPEATED = 6
// Glued, a piece must recur this often and be this long: a unit's name opens the title and the signature alike.
const MIN_GLUED = 3
const MIN_GLUED_PIECE = 8
const MAX_REPEATED = 50
const NOT_PROSE = /[A-Za-z|｜丨_▪◆·•{}]/
// A file's secrecy note ("某某集团有限公司 内部资料 注意保存"), or words framed by dashes ("—— 某某局办公室编印 ——"), mark
// a header or footer as well.
const FILE_NOTE = new RegExp(`${wordAlternation(SECRECY_NOTES)}|^[—－-]{1,2}.+[—－-]{1,2}$`)
const notProse = (t: string) => NOT_PROSE.test(t) || FILE_NOTE.test(t)
const SENTENCE_MARK = /[。，,；;！？!?]/

function isWrappedLayer(squashed: readonly string[]): boolean {
  const long = squashed.filter((t) => t.length >= WRAP_MIN_LINE)
  if (long.length < WRAP_MIN_LINES || long.filter((t) => !SENTENCE_END.test(t)).length < long.length * WRAP_SHARE) return false
  // The wrap width: most long lines stop mid-sentence at about the same length.
  const byLength = new Map<number, number>()
  for (const t of long) if (!SENTENCE_END.test(t)) byLength.set(t.length, (byLength.get(t.length) ?? 0) + 1)
  let width = 0
  byLength.forEach((n, len) => (width = n > (byLength.get(width) ?? 0) ? len : width))
  return long.filter((t) => Math.abs(t.length - width) <= WIDTH_SLACK).length >= long.length * WRAP_SHARE
}

const repeatedPieces = oncePer((texts: readonly string[]): Map<number, [number, number]> => {
  const out = new Map<number, [number, number]>()
  const squashed = texts.map((t) => t.replace(/\s+/g, ''))
  if (!isWrappedLayer(squashed) || squashed.length > MAX_CANDIDATES) return out
  const alone = new Map<string, number>()
  squashed.forEach((t) => {
    if (t.length >= MIN_REPEATED && t.length <= MAX_REPEATED && !SENTENCE_MARK.test(t)) alone.set(t, (alone.get(t) ?? 0) + 1)
  })
  // Pieces glued at a line's end or start, found by comparing the lines two by two.
  const glued = new Map<string, Set<number>>()
  const note = (piece: string, i: number) => (glued.get(piece) ?? glued.set(piece, new Set()).get(piece)!).add(i)
  for (let i = 0; i < squashed.length; i++) {
    for (let j = i + 1; j < squashed.length; j++) {
      for (const [common, tidy] of [[commonSuffix, tidyTail], [commonPrefix, (t: string) => t]] as const) {
        const piece = tidy(common(squashed[i]!.slice(-MAX_REPEATED), squashed[j]!.slice(-MAX_REPEATED)))
        if (piece.length < MIN_REPEATED || SENTENCE_MARK.test(piece)) continue
        note(piece, i)
        note(piece, j)
      }
    }
  }
  squashed.forEach((t, i) => {
    // A line that stands alone twice goes every time, but for a first one that may be the document's title.
    if (!t || (alone.get(t) ?? 0) < 2 || !notProse(t) || isDateLine(t)) return
    if (squashed.indexOf(t) === i && looksLikeTitle(texts[i]!.trim())) return
    out.set(i, [0, texts[i]!.length])
  })
  glued.forEach((lines, piece) => {
    if (lines.size < MIN_GLUED || piece.length < MIN_GLUED_PIECE || !NOT_PROSE.test(piece)) return
    lines.forEach((i) => {
      if (out.has(i)) return
      const line = texts[i]!
      const sq = squashed[i]!
      if (sq === piece) return
      if (sq.endsWith(piece)) out.set(i, [spanStart(line, piece), line.length])
      else if (sq.startsWith(piece)) out.set(i, [0, pastSpaces(line, spanEnd(line, piece))])
    })
  })
  return out
})

/** The cut takes the spaces after a header with it: what is left must open on its own first character (一、…). */
function pastSpaces(line: string, at: number): number {
  while (at < line.length && /\s/.test(line[at]!)) at++
  return at
}

/** Where `piece` (spaces dropped) starts at the end of `line`, counting the spaces between. */
function spanStart(line: string, piece: string): number {
  let k = piece.length
  let at = line.length
  while (k > 0 && at > 0) if (!/\s/.test(line[--at]!)) k--
  return at
}

/** Where `piece` (spaces dropped) ends at the start of `line`. */
function spanEnd(line: string, piece: string): number {
  let k = 0
  let at = 0
  while (k < piece.length && at < line.length) if (!/\s/.test(line[at++]!)) k++
  return at
}

export const runningMarker: Rule = {
  id: 'page-marker/running-marker',
  kind: 'page-marker',
  description: "A file's running footer or header with its page number, repeated on the page once numbers are masked (知页 example.cc 1/5 … 2/5, 【第 2 张 / 共 12 张】), alone or glued to a wrapped body line",
  scope: 'inline',
  test: (block, doc) => {
    const numbered = runningMarkers(doc.texts).get(block.index)
    // A marker the viewer rule knows on a line of its own is left to it: the line rules read the running header
    // beside it as one, which they could not once the marker's line were emptied here.
    if (numbered && numbered[0] === 0 && numbered[1] === block.text.length && isPageMarker(block.folded)) return undefined
    if (numbered) return { reason: "the file's running footer or header with its page number, repeated on every page", spans: [numbered] }
    const repeated = repeatedPieces(doc.texts).get(block.index)
    return repeated ? { reason: "the file's running footer or header, repeated word for word in a hard-wrapped text layer", spans: [repeated] } : undefined
  },
  examples: {
    context: [
      '为做好全年安全生产工作,局党组多次召开专题会议研究部署,把安全生产列入年度目标考核,层层签订    某某文档 example.cc  1/3',
      '全年开展安全检查46次,排查整改隐患213处,整改率达到98.6%,全县未发生较大以上安全事故。',
      '下半年将继续加强重点行业领域专项整治,确保全县安全形势持续稳定。    某某文档 example.cc  3/3',
      '【第 1 张 / 共 4 张】一、基本情况',
    ],
    drop: ['责任书126份,压紧压实各方责任。    某某文档 example.cc  2/3', '某某文档 example.cc 2/3', '【第 3 张 / 共 4 张】三、下步打算', '【第 4 张 / 共 4 张】'],
    keep: ['全年接待群众来访312人次,办结率100%。', '责任书126份,完成全年任务的2/3', '第2页', '一、基本情况'],
  },
}

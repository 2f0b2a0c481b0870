import { oncePer } from '../../text/memo.js'
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
const PAGE_NUMBER = /#[/／]#|[第共]#[页张版]|(?<![A-Za-z])P#|Page#/i
// The number closes the piece (brackets and dashes may follow) or opens it (after them).
const CLOSERS = '\\]】）)〕〉>›»—\\-–~=_·.'
const NUMBER_AT_END = new RegExp(`(?:#[/／]#|[第共]#[页张版]|(?<![A-Za-z])P#|Page#(?:of#)?)[${CLOSERS}]*$`, 'i')
const NUMBER_AT_START = new RegExp(`^[\\[【（(〔〈<‹«—\\-–~=_·]*(?:#[/／]#|[第共]#[页张版]|(?<![A-Za-z])P#|Page#(?:of#)?)[${CLOSERS}]*`, 'i')
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
  const masked = texts.map(mask)
  const tails = masked.map((m) => (NUMBER_AT_END.test(m.text) ? m.text.slice(-MAX_PIECE) : ''))
  const heads = masked.map((m) => (NUMBER_AT_START.test(m.text) ? m.text.slice(0, MAX_PIECE) : ''))
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
    if (head) out.set(i, [0, m.ends[head.length - 1]!])
  })
  return out
})

export const runningMarker: Rule = {
  id: 'page-marker/running-marker',
  kind: 'page-marker',
  description: "A file's running footer or header with its page number, repeated on the page once numbers are masked (知页 example.cc 1/5 … 2/5, 【第 2 张 / 共 12 张】), alone or glued to a wrapped body line",
  scope: 'inline',
  test: (block, doc) => {
    const span = runningMarkers(doc.texts).get(block.index)
    // A marker the viewer rule knows on a line of its own is left to it: the line rules read the running header
    // beside it as one, which they could not once the marker's line were emptied here.
    if (span && span[0] === 0 && span[1] === block.text.length && isPageMarker(block.folded)) return undefined
    return span ? { reason: "the file's running footer or header with its page number, repeated on every page", spans: [span] } : undefined
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

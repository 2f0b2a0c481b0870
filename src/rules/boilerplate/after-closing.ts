import { DOCUMENT_TAIL_KEYS, SITE_CONTACT_KEYS } from '../../lexicon/furniture.js'
import { ORG_SUFFIXES } from '../../lexicon/organizations.js'
import { isDateLine, isSignatureLine } from '../../text/date-line.js'
import { markerLevel } from '../../text/markers.js'
import { oncePer } from '../../text/memo.js'
import { wordAlternation } from '../../text/pattern.js'
import { looksLikeTitle, variantLabel } from '../../text/title.js'
import { isParagraph } from '../match.js'
import type { DocFacts, Rule } from '../types.js'

// A document closes on its signature and the date under it ("某某县消防救援大队" / "2023年12月1日"). Past that
// closing, in the page's second half, a page carries its own things: share bars, votes and comments, contact
// cards, tip boxes, footers. What the document itself puts after its date is an appendix: 附件, 抄送, a note in
// brackets ("(联系人:…)", "(此件公开发布)"), the numbered items of such a list.
// A unit's own telephone or mailbox, its name ending as a unit's does ("秘书处电话:…", "办公室邮箱:…"), is the
// document's; a site's service desk or a hotline (监督电话, 举报电话) is not.
const OWN_TAIL = new RegExp(
  `^(?:[(（].*[)）]$|(?:${wordAlternation([...DOCUMENT_TAIL_KEYS])})\\s?\\d{0,2}\\s?[:：]|(?!.{0,4}(?:${wordAlternation(SITE_CONTACT_KEYS)}))[\\u4e00-\\u9fff]{0,5}(?:${wordAlternation(ORG_SUFFIXES)})(?:电话|邮箱)\\s?[:：])`,
)
const LIST_ITEM = /^[\s\u3000]*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])/

/** Where the page's last closing stands (the date line's index) and where a new document may open after it. */
interface Closing {
  date: number
  /** The first line past the closing that may open another document (a title, a variant label, an outline heading). */
  stop: number
}

/** The closing of the lines [from, to): the last signature and date in their second half. */
function closingWithin(texts: readonly string[], from: number, to: number): Closing | null {
  const half = from + Math.ceil((to - from) / 2)
  for (let i = to - 1; i >= Math.max(from + 1, half); i--) {
    const date = texts[i]!.trim()
    const signature = texts[i - 1]!.trim()
    if (!isDateLine(date) || !isSignatureLine(signature)) continue
    let stop = to
    for (let j = i + 1; j < to; j++) {
      const t = texts[j]!.trim()
      // A title opens the next document only with its text under it: titles in a row, or a numbered one ("1. 某某活动总结
      // (精选5篇)"), are a list of the site's links.
      if ((looksLikeTitle(t) && !LIST_ITEM.test(t) && paragraphFollows(texts, j, to)) || variantLabel(t) !== null || markerLevel(t) === 1) {
        stop = j
        break
      }
    }
    return { date: i, stop }
  }
  return null
}

/** The next line that is not empty, before `to`, opens a document's text: a paragraph, a heading or a salutation. */
function paragraphFollows(texts: readonly string[], j: number, to: number): boolean {
  for (let k = j + 1; k < to; k++) {
    const t = texts[k]!.trim()
    if (t === '') continue
    // …or its first heading, or the salutation of a speech ("各位代表:").
    return isParagraph(t) || markerLevel(t) > 0 || /[:：]$/.test(t)
  }
  return false
}

/**
 * Per page, the closing of each document: a compilation's documents close each on their own, and the label that opened
 * the next one (cut by an earlier pass) bounds the one before.
 */
const closingsOf = oncePer((_texts: readonly string[]) => new Map<number, Closing | null>())
function closingOf(doc: DocFacts, index: number): Closing | null {
  const starts = (doc.documents ?? []).map((d) => d.start).filter((s) => s > 0)
  const from = starts.filter((s) => s <= index).at(-1) ?? 0
  const to = starts.find((s) => s > index) ?? doc.texts.length
  const memo = closingsOf(doc.texts)
  if (!memo.has(from)) memo.set(from, closingWithin(doc.texts, from, to))
  return memo.get(from) ?? null
}

/** True when line `index` continues an appendix the document opened after its closing (附件:1. … / 2. …). */
function inAppendix(texts: readonly string[], from: number, index: number): boolean {
  for (let j = index; j > from; j--) {
    const t = texts[j]!.trim()
    if (OWN_TAIL.test(t)) return true
    if (!LIST_ITEM.test(texts[j]!)) return false
  }
  return false
}

export const afterClosing: Rule = {
  id: 'boilerplate/after-closing',
  kind: 'boilerplate',
  description: "Lines after the document's closing (its signature and the date under it, in the page's second half) that are no appendix of it (附件, 抄送, a bracketed note): the page's own",
  scope: 'line',
  // It reviews beside the line model, so its cuts leave the model's training rows as they were.
  traits: { reviews: true },
  test: (block, doc) => {
    const closing = closingOf(doc, block.index)
    if (!closing || block.index <= closing.date || block.index >= closing.stop) return undefined
    if (inAppendix(doc.texts, closing.date, block.index)) return undefined
    return { reason: "after the document's closing (its signature and date)" }
  },
  examples: {
    lead: ['某某县消防救援大队2023年消防宣传月活动总结', '全月共检查单位316家,整改火灾隐患427处。', '某某县消防救援大队', '2023年12月1日'],
    drop: ['▲ 赞同 1386 ▼ 💬 93 条评论', '客服电话:400-800-1234', '监督电话:0578-6125580(街道纪工委)',  '网格员 方某某｜手机 139****2716｜片区:某某苑1—12栋', '老街口的猫 收藏了,第二条写得实在。'],
    keep: ['(联系人:沈某某,联系电话:0571-86902213)', '附件:1. 2023年阅读推广活动一览表', '抄送:县委办、县政府办', '(此件公开发布)', '填报人:周某某 审核人:戴某某 联系电话:0596-3327041', '秘书处电话:0763-5521907(工作日)'],
  },
}

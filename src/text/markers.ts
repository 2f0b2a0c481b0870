/** List and heading markers of Chinese documents, with the level each implies. */
import { oncePer } from './memo.js'

const CN_NUM = '[一二三四五六七八九十]{1,3}'
/** Level 1: 一、 第一、 第一章. */
export const MARKER_L1 = new RegExp(`^(?:${CN_NUM}[、.]|第${CN_NUM}(?:章|部分|节|[、,:]))`)
/** Level 2: (一) （一）. */
export const MARKER_L2 = new RegExp(`^[(（]${CN_NUM}[)）]`)
/** Level 3: 1、 1. 1． 1.1 (not 1.5万 or 2020.5). */
export const MARKER_L3 = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}(?:、|[.．](?![\d万亿])|\s)|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?=[\u4e00-\u9fff]))/
/** Level 4: (1) （1） ① 1) . */
export const MARKER_L4 = /^(?:[(（]\d{1,2}[)）]|[\u2460-\u2473]|\d{1,2}[)）])/

/** The heading level a line's leading marker implies, or 0 when it has none. */
export function markerLevel(line: string): number {
  if (MARKER_L1.test(line)) return 1
  if (MARKER_L2.test(line)) return 2
  if (MARKER_L4.test(line)) return 4
  if (MARKER_L3.test(line)) return 3
  return 0
}


const CN_DIGITS = '一二三四五六七八九'

/** 一 … 九十九 as a number, or 0. */
function smallChinese(s: string): number {
  const ten = s.indexOf('十')
  if (ten < 0) return s.length === 1 ? CN_DIGITS.indexOf(s) + 1 : 0
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(s[0]!) + 1
  const ones = ten === s.length - 1 ? 0 : CN_DIGITS.indexOf(s[ten + 1]!) + 1
  return s.length > ten + 2 || tens <= 0 || ones < 0 ? 0 : tens * 10 + ones
}

const LEADING = /^(?:([一二三四五六七八九十]{1,3})、|[(（]([一二三四五六七八九十]{1,3})[)）]|(\d{1,2})、|(\d{1,2})[.．](?![\d万亿%])|[(（](\d{1,2})[)）]|([一二三四五六七八九十]{1,2})是|([-•·●▪◆*])\s|([\u2460-\u2473])|第([一二三四五六七八九十]{1,2})[,，:：]|([一二三四五六七八九十]{1,2})要(?=[\u4e00-\u9fff]))/

/**
 * The outline marker a block opens with, as its style and number ("(二)…" → cn-paren 2), or null.
 * A bullet ("- …", "• …") is numbered 1: every bullet of a list is its neighbour's sibling.
 */
export function leadingMarker(text: string): { style: string; n: number } | null {
  const m = LEADING.exec(text.trimStart())
  if (!m) return null
  if (m[7] !== undefined) return { style: `bullet${m[7]}`, n: 1 }
  if (m[8] !== undefined) return { style: 'circled', n: m[8].charCodeAt(0) - 0x245f }
  // A speech numbers its points 一要…, 二要… as a report does 一是…, 二是….
  const styles = ['cn-dun', 'cn-paren', 'ar-dun', 'ar-dot', 'ar-paren', 'cn-shi', '', '', 'cn-di', 'cn-yao']
  for (let g = 1; g < m.length; g++) {
    const v = g === 7 || g === 8 ? undefined : m[g]
    if (v === undefined) continue
    const n = /\d/.test(v) ? Number(v) : smallChinese(v)
    return n > 0 ? { style: styles[g - 1]!, n } : null
  }
  return null
}

// Where an item of a run-in enumeration may start: after a clause's or a sentence's end ("…三件事:一是…;二是…").
const ITEM_START = /(?:^|[。;；!?！？:：,，])\s*/g

/**
 * The run opens an item of an enumeration the text before it began ("一是…;" then "二是…", "(1)…" then "(2)…"):
 * the run is that text's own next item, whatever its words.
 */
export function continuesEnumeration(before: string, run: string): boolean {
  const next = leadingMarker(run)
  if (next === null || next.n < 2) return false
  for (const m of before.matchAll(ITEM_START)) {
    const item = leadingMarker(before.slice(m.index + m[0].length))
    if (item !== null && item.style === next.style && item.n === next.n - 1) return true
  }
  return false
}

// A paragraph's run-in heading: its first sentence, numbered and short ("二要整治道路交通。", "(三)抓好宣传:").
const RUN_IN_HEADING = /^\s*[^。!?！？;；:：\n]{2,20}[。!?！？;；:：]\s*/

/** Where the text after a paragraph's run-in heading starts, or -1 when the paragraph opens with none. */
export function runInHeadingEnd(text: string): number {
  const m = RUN_IN_HEADING.exec(text)
  return m && leadingMarker(m[0]) !== null && m[0].length < text.trimEnd().length ? m[0].length : -1
}

/** The leading marker of every block of a page (null where none), read once per page (keyed on its stats). */
export const outlineMarkers = oncePer((page: { readonly texts: readonly string[] }) => page.texts.map(leadingMarker))

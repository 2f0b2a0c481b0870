/** List and heading markers of Chinese documents, with the level each implies. */

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


import iconv from 'iconv-lite'
import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// UTF-8 Chinese read as GBK ("鍏ㄥ勾宸ヤ綔" for 全年工作) is the commonest mojibake of Chinese pages: a
// copy of one part of the page went through the wrong decoder. The test is the inverse decoding, not
// a list of odd characters: a run is mojibake when its GBK bytes are, from a character boundary on, a
// chain of well-formed three-byte UTF-8 characters that are Chinese text again. Genuine Chinese text
// almost never does that for three characters in a row (its GBK lead bytes fall in the UTF-8
// continuation range or outside the lead range), so the test needs no word list and no threshold.
// The wrong decoder gives kana, Greek and box-drawing characters as well as ideographs: a run is any non-ASCII text.
const RUN = /[^\x00-\x7f\s](?:[^\x00-\x7f\s]|\?)+/g
const MIN_RUN = 5
// A byte the wrong decoder could not read is left as "?" or U+FFFD; GBK encodes either as one byte.
const LOST = /^[?\ufffd]$/
const LOST_ANY = /[?\ufffd]/
/** Characters after a lost mark read as the rest of the mojibake before the next mark. */
const MAX_RESYNC = 4
/** Decoded characters a mojibake run must give back, at the least: fewer is chance. */
const MIN_DECODED = 3
/** ...of which the first chain, before any lost byte, gives at least this many. */
const MIN_FIRST = 2
const CONTINUATION = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf
// Lead bytes of the three-byte UTF-8 forms of CJK punctuation (E3), ideographs (E4–E9) and full-width forms (EF).
const LEAD = (b: number | undefined) => b !== undefined && ((b >= 0xe3 && b <= 0xe9) || b === 0xef)
const QUESTION = 0x3f
const TEXT_POINT = (cp: number) => (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef)

/**
 * The characters whose GBK code opens with a UTF-8 lead byte (E3–E9, EF): mojibake of n Chinese
 * characters holds about n/2 of them, ordinary text few (they are second-level ideographs). Counting them
 * is a table lookup; encoding every run was a sixth of the cleaner's time.
 */
const LEADS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  const pair = Buffer.alloc(2)
  for (const lead of [0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xef]) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      pair[0] = lead
      pair[1] = trail
      const ch = iconv.decode(pair, 'gbk')
      if (ch.length === 1 && ch !== '\ufffd') table[ch.charCodeAt(0)] = 1
    }
  }
  return table
})()
/** Lead characters a run needs before it is encoded and read. */
const MIN_LEADS = 2

function leadCount(run: string): number {
  let n = 0
  for (let i = 0; i < run.length && n < MIN_LEADS; i++) n += LEADS[run.charCodeAt(i)]!
  return n
}

/** How many Chinese characters decode as UTF-8 from `bytes[at]` on, one after another (one may have lost a byte). */
function chainAt(bytes: Buffer, at: number): number {
  let n = 0
  for (let i = at; i + 2 < bytes.length; i += 3, n++) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    // The decoder's "?" stands where it dropped a byte: the character is there, its value unknown.
    if (LEAD(a) && CONTINUATION(b) && c === QUESTION) return n + 1
    if (!LEAD(a) || !CONTINUATION(b) || !CONTINUATION(c)) break
    if (!TEXT_POINT(((a! & 0x0f) << 12) | ((b! & 0x3f) << 6) | (c! & 0x3f))) break
  }
  return n
}

/** Mojibake spans of one run of non-ASCII characters (and the marks lost bytes leave), relative to the run. */
function mojibakeIn(run: string): [number, number][] {
  // Byte offset of each character: GBK has two bytes for every character of the run but a lost one (one).
  const starts: number[] = []
  let size = 0
  for (const ch of run) {
    starts.push(size)
    size += LOST.test(ch) ? 1 : 2
  }
  const bytes = iconv.encode(run, 'gbk')
  if (bytes.length !== size) return [] // a character GBK has no code for: not text that went through GBK
  // Chains of decodable characters, each with the span of run characters it covers and a lost mark after it.
  const groups: { start: number; end: number; decoded: number; first: number }[] = []
  for (let i = 0; i < run.length; i++) {
    const last = groups[groups.length - 1]
    const n = chainAt(bytes, starts[i]!)
    if (n === 0) {
      // Past a lost mark the bytes no longer fall on character boundaries: a short stretch up to the next
      // mark ("娇鐢?" after "婊呯伀鍣?") is the rest of the same mojibake.
      const next = run.slice(i, i + MAX_RESYNC + 1).search(LOST_ANY)
      if (last && last.end === i && LOST.test(run[i - 1] ?? '') && next > 0) {
        last.end = i + next + 1
        i = last.end - 1
      }
      continue
    }
    const endByte = starts[i]! + 3 * n
    let end = i
    while (end < run.length && starts[end]! < endByte) end++
    if (LOST.test(run[end] ?? '')) end++
    if (last && last.end === i && LOST.test(run[i - 1] ?? '')) Object.assign(last, { end, decoded: last.decoded + n })
    else groups.push({ start: i, end, decoded: n, first: n })
    i = end - 1
  }
  // A lone decodable pair of characters is chance; a chain opening with two and reaching three is not.
  return groups.filter((g) => g.decoded >= MIN_DECODED && g.first >= MIN_FIRST).map((g) => [g.start, g.end])
}

export const mojibake: Rule = {
  id: 'inline-splice/mojibake',
  kind: 'inline-splice',
  description: 'Mojibake: UTF-8 Chinese read as GBK (鍏ㄥ勾宸ヤ綔), found by decoding it back',
  scope: 'inline',
  test: (block) => {
    const runs = matchSpans(RUN, block.text, (m) => m[0].length >= MIN_RUN && leadCount(m[0]) >= MIN_LEADS)
    const spans = runs.flatMap(([at, end]) => mojibakeIn(block.text.slice(at, end)).map(([a, b]): [number, number] => [at + a, at + b]))
    return spans.length ? { reason: 'UTF-8 text read as GBK (it decodes back to Chinese)', spans } : undefined
  },
  examples: {
    // 工作总结, 社区服务 and 已安全检查结束 encoded as UTF-8 and decoded as GBK, inside sentences of their own.
    drop: ['全年共开展活动12次。宸ヤ綔鎬荤粨', '本学期绀惧尯鏈嶅姟工作成效明显', '检查宸插畨鍏ㄦ鏌ョ粨鏉\ufffd后整改'],
    keep: ['本学期共开展安全检查十二次,整改隐患三十处', '锦绣山河,锦上添花', '鹦鹉螺号潜艇模型展览'],
  },
}

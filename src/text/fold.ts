/**
 * One-to-one character folding for matching: full-width ASCII → half-width, CJK punctuation →
 * its ASCII twin, traditional characters → simplified. Every character maps to exactly
 * one character, so an index in the folded text is the same index in the caller's text.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters'
import { recentTexts } from './memo.js'

// Traditional → simplified, one character for one: OpenCC's character table (opencc-js), so that
// matching treats 總結 as 总结 on any traditional-script page. Only pairs that are one BMP code
// unit on both sides are taken: folding must keep every index where it was.
const TRAD_PAIRS: [string, string][] = TS_CHARACTERS.split('|')
  .map((entry) => entry.split(' ') as [string, string])
  .filter(([from, to]) => from.length === 1 && to !== undefined && to.length === 1 && from !== to)

const PUNCT: Record<string, string> = {
  '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?',
  '\u3000': ' ', '\u00a0': ' ', '－': '-', '～': '~', '．': '.', '％': '%',
}

const MAP = new Map<string, string>()
for (const [from, to] of TRAD_PAIRS) MAP.set(from, to)
for (const [from, to] of Object.entries(PUNCT)) MAP.set(from, to)

// Full-width ASCII FF01..FF5E → 0021..007E, in the same map.
for (let code = 0xff01; code <= 0xff5e; code++) MAP.set(String.fromCharCode(code), String.fromCharCode(code - 0xfee0))

const escapeClass = (ch: string) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch)
// Every foldable character in one class: replace() then runs natively.
const FOLDABLE = new RegExp(`[${[...MAP.keys()].map(escapeClass).join('')}]`, 'g')
const replaceChar = (ch: string) => MAP.get(ch) ?? ch

// Most text has nothing to fold (normalized pages are half-width): a table lookup per code unit
// answers that several times faster than testing the large character class. Every key is one
// BMP code unit.
const FOLDABLE_UNIT = new Uint8Array(0x10000)
for (const ch of MAP.keys()) FOLDABLE_UNIT[ch.charCodeAt(0)] = 1

function hasFoldable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FOLDABLE_UNIT[text.charCodeAt(i)] === 1) return true
  return false
}

// Text that does need folding (a traditional-character page) is folded by every rule that reads
// it: remember recent results instead of folding them again.
const MEMO_MIN_LENGTH = 24
const folded = recentTexts((text) => text.replace(FOLDABLE, replaceChar))

/** Folds width, CJK punctuation and common traditional characters; the result has the same length. */
export function fold(text: string): string {
  if (!hasFoldable(text)) return text
  return text.length < MEMO_MIN_LENGTH ? text.replace(FOLDABLE, replaceChar) : folded(text)
}

/** Forgets remembered results (benchmarks call it so repeated pages are not measured as free). */
export function clearFoldMemo(): void {
  folded.forget()
}

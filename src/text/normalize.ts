/**
 * Input normalization: the only place whitespace is rewritten and character references decoded.
 * Everything else keeps the caller's characters, so kept text is always made of input characters.
 */
import { decodeHTMLStrict } from 'entities'

// Zero-width and BOM characters carry no text; scraped pages scatter them everywhere.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
// NBSP, full-width and other Unicode spaces become a plain space.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g
// C0 controls (except \n) and DEL never belong in text.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014'
// A space touching a CJK character or CJK punctuation is layout debris, not a word break.
// Each run of spaces is matched once, whole, and its two neighbours are looked at by the
// replacer: a lookahead after ` +` would retry the rest of a long run from every space in it
// (quadratic: 100 KB of spaces took 15 s).
const SPACE_RUN = / +/g
const CJK_CHAR = new RegExp(`[${CJK}]`)
const SPACE_AFTER_ASCII_PUNCT_BEFORE_CJK = new RegExp(`(?<=[,;:!?(]) +(?=[0-9${CJK}])`, 'g')
const MULTI_SPACE = / {2,}/g
const CJK_PUNCT_CHAR = /[\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/
// Short lines are where page furniture lives ("首页 新闻 动态", "时间:2022-08-31 来源:某某网"): their
// spaces separate items, so one space is kept between words. A letter-spaced title ("述 职 报 告")
// is one word.
const SHORT_LINE = 50
const LETTER_SPACED = /^(?:[\u3400-\u9fff] +){2,}[\u3400-\u9fff]$/

// Text copied out of HTML source keeps its character references (&nbsp; &ldquo; &#20320;): they are
// one character each, not text. Only terminated references are read (entities' strict mode), so a
// bare "&" or "R&D" stays as written.
const REFERENCE = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/

/** Normalizes one line: character references, odd spaces, zero-width characters, spaces around Chinese text. */
export function normalizeLine(line: string): string {
  const decoded = REFERENCE.test(line) ? decodeHTMLStrict(line) : line
  const t = decoded.replace(ZERO_WIDTH, '').replace(CONTROLS, '').replace(ODD_SPACES, ' ').trim()
  const near = nearFor(t)
  return t.replace(SPACE_RUN, (run: string, at: number) => (touches(t, at, run.length, near) ? '' : run)).replace(SPACE_AFTER_ASCII_PUNCT_BEFORE_CJK, '').replace(MULTI_SPACE, ' ').trim()
}

/**
 * The runs of spaces `normalizeLine` would drop if `text` stood as one line: a line joined from
 * short ones (where spaces between words stayed) is held to the long-line policy, so that cleaning
 * the cleaned text again finds nothing more to drop.
 */
export function spacesToDrop(text: string): [number, number][] {
  const near = nearFor(text)
  const out: [number, number][] = []
  for (const m of text.matchAll(SPACE_RUN)) if (touches(text, m.index, m[0].length, near)) out.push([m.index, m.index + m[0].length])
  return out
}

/** What a space next to it must be for the space to go: CJK punctuation in short lines, any CJK in long ones. */
function nearFor(line: string): RegExp {
  return line.length <= SHORT_LINE && !LETTER_SPACED.test(line) ? CJK_PUNCT_CHAR : CJK_CHAR
}

/** The run of spaces at [at, at + length) has a neighbour matching `near`. */
function touches(line: string, at: number, length: number, near: RegExp): boolean {
  const before = line[at - 1]
  const after = line[at + length]
  return (before !== undefined && near.test(before)) || (after !== undefined && near.test(after))
}

/** Normalizes a whole text: line endings, then each line; blank lines are kept as empty lines. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n').split('\n').map(normalizeLine).join('\n')
}

/** Character classes shared by the text modules, as strings and regexes built once. */

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/
/** A word of two or more Han characters and nothing else. */
export const HAN_WORD = new RegExp(`^(?:${HAN.source}){2,}$`)
/** Sentence-final punctuation, half- and full-width, closing quotes included. */
export const SENTENCE_END = /[。!?！？;；…”’」』)）\]】:：]$/
/** Characters after which a sentence may be split. */
export const SENTENCE_BREAK = /[。!?！？;；]/

const FULL_STOP_CHARS = '。!?！？'
/** A full stop of either width: where a sentence ends for good (not a clause's ;). */
export const FULL_STOP = new RegExp(`[${FULL_STOP_CHARS}]`)
const FULL_STOPS: ReadonlySet<string> = new Set(FULL_STOP_CHARS)

/** Opening and closing brackets of either width, the lenticular and tortoise-shell ones too, pair by pair (escape them for a class). */
/** The symbols a web page puts before the items of a list (▪ 某某总结, · 某某会议, ▶ 延伸阅读). */
export const LIST_BULLETS = '▪•·●◆■□▶►▸'
/** Marks a site frames a banner or a title copy with, the same at both ends ("★ 一心为民 ★", "★…工作计划★"). */
export const FRAME_MARKS = '■□◆◇★☆●○♦❤✦❀▲△'

/** The box-drawing upright bars (light, heavy, dashed, double) a page draws between items: a class body. */
export const BOX_BARS = '│┃┆┊┇┋║∣▏▕'
/** Upright bars a page parts its cells and menu items with (ASCII, full-width, CJK, box-drawing, dashed): a class body. */
export const CELL_BARS = `|｜丨¦‖❘${BOX_BARS}`

export const OPEN_BRACKETS = '(（［[【〔〖'
export const CLOSE_BRACKETS = ')）］]】〕〗'

/**
 * The text after the last full stop (。!?, either width), or the whole text when it has none. A backward scan:
 * the pattern /[^。!?]*$/ retries from every position of a stop-less line, quadratic on a long one.
 */
export function afterLastFullStop(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (FULL_STOPS.has(text[i]!)) return text.slice(i + 1)
  return text
}

/** A hashtag as platforms write it, closed, maybe with its topic mark ("#社工日常#", "#重阳节活动[话题]#"): a pattern source. */
export const HASHTAG = '#[^#\\s]{1,16}(?:\\[话题\\])?#'

/** The characters of an emoji, its joiners, variation selector, keycap and skin tones: a class body for `u` patterns. */
export const EMOJI_CHARS = '\\p{Extended_Pictographic}\\uFE0F\\u200D\\u20E3\\u{1F3FB}-\\u{1F3FF}'

/** Emoji opening a line as its decoration ("🏷️ 标签:…", "📅 发表于 …"). */
const LEADING_EMOJI = new RegExp(`^(?:[${EMOJI_CHARS}]\\s?)+`, 'u')

const TRAILING_EMOJI = new RegExp(`[${EMOJI_CHARS}]\\s*$`, 'u')

/** True when an emoji closes the line: a social post's sentences end so ("…小结来啦🍂"). */
export function endsWithEmoji(text: string): boolean {
  return TRAILING_EMOJI.test(text)
}

/** The line without the emoji that decorate its start. */
export function withoutLeadingEmoji(text: string): string {
  return text.replace(LEADING_EMOJI, '')
}

/** A line of nothing but symbols and emoji ("🌟🌟🌟🌟", "✦ ✦ ✦"): a divider; an ellipsis or a dash run is the text's. */
export const DIVIDER_LINE = new RegExp(`^(?=.*[${EMOJI_CHARS}\\p{So}])[\\p{S}\\p{P}${EMOJI_CHARS}\\s]{3,}$`, 'u')

// Counting loops instead of replace()/match(): those build a string and an array of every
// match only to take a length, and the off-topic rules ask for every block and sentence.
const isHanCode = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)

/** The code units `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Number of Han code units in the text (what `HAN` matches, counted over the whole text). */
export function hanCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++
  return n
}

/** Share of Han characters among non-space characters. */
export function hanRatio(text: string): number {
  let han = 0
  let solid = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) continue
    solid++
    if (isHanCode(c)) han++
  }
  return solid === 0 ? 0 : han / solid
}

// Code-unit tests: every rule splits its block into sentences, a string per character adds up.
/** 。 ! ? ！ ？ ; ； */
const isSentenceStop = (c: number) => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x3b || c === 0xff1b
/** ” ’ 」 』 ) ） */
const isClosing = (c: number) => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x29 || c === 0xff09

/** Splits text into sentences, each keeping its closing punctuation; offsets are starts in `text`. */
export function sentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (isSentenceStop(text.charCodeAt(i))) {
      // Keep a closing quote with its sentence.
      let end = i + 1
      while (end < text.length && isClosing(text.charCodeAt(end))) end++
      out.push({ text: text.slice(start, end), offset: start })
      start = end
      i = end - 1
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), offset: start })
  return out.filter((s) => s.text.trim().length > 0)
}

/** True when the text holds too little Chinese to be a document docsift can clean. */
export function notChinese(text: string): boolean {
  return hanRatio(text) < 0.05
}

/** Latin letters, counted against a line's other letters (a global pattern: use with match). */
export const LATIN_LETTER = /[A-Za-z]/g
/** Japanese kana, the script a Japanese page writes its words in beside Chinese characters (global). */
export const KANA = /[\u3040-\u30ff]/g

/**
 * One-to-one character folding for matching: full-width ASCII → half-width, CJK punctuation →
 * its ASCII twin, a few traditional characters → simplified. Every character maps to exactly
 * one character, so an index in the folded text is the same index in the caller's text.
 */

// Traditional → simplified for characters that occur in numbers, dates, units and
// administrative words; enough for matching, not a general converter.
const TRAD = '萬億時個場項與開點餘兩參舉辦會議動縣區鄉鎮級單們實發員為於屆週門間報數據關組織導領題資團體費務應類農業務歲處傳統計劃總結'
const SIMP = '万亿时个场项与开点余两参举办会议动县区乡镇级单们实发员为于届周门间报数据关组织导领题资团体费务应类农业务岁处传统计划总结'

const PUNCT: Record<string, string> = {
  '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?',
  '\u3000': ' ', '\u00a0': ' ', '－': '-', '～': '~', '．': '.', '％': '%',
}

const MAP = new Map<string, string>()
for (let i = 0; i < TRAD.length; i++) MAP.set(TRAD[i]!, SIMP[i]!)
for (const [from, to] of Object.entries(PUNCT)) MAP.set(from, to)

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  // Full-width ASCII block FF01..FF5E → 0021..007E.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  return MAP.get(ch) ?? ch
}

/** Folds width, CJK punctuation and common traditional characters; the result has the same length. */
export function fold(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const code = ch.charCodeAt(0)
    // Keep surrogate pairs intact (two code units in, two out).
    out += code < 0x80 ? ch : foldChar(ch)
  }
  return out
}

/** Character classes shared by the text modules, as strings and regexes built once. */

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/
export const HAN_GLOBAL = /[\u3400-\u9fff\uf900-\ufaff]/g
/** Sentence-final punctuation, half- and full-width, closing quotes included. */
export const SENTENCE_END = /[。!?！？;；…”’」』)）\]】:：]$/
/** Characters after which a sentence may be split. */
export const SENTENCE_BREAK = /[。!?！？;；]/

/** Share of Han characters among non-space characters. */
export function hanRatio(text: string): number {
  const compact = text.replace(/\s/g, '')
  if (!compact) return 0
  return (compact.match(HAN_GLOBAL)?.length ?? 0) / compact.length
}

/** Splits text into sentences, each keeping its closing punctuation; offsets are starts in `text`. */
export function sentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if ('。!?！？;；'.includes(ch)) {
      // Keep a closing quote with its sentence.
      let end = i + 1
      while (end < text.length && '”’」』)）'.includes(text[end]!)) end++
      out.push({ text: text.slice(start, end), offset: start })
      start = end
      i = end - 1
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), offset: start })
  return out.filter((s) => s.text.trim().length > 0)
}

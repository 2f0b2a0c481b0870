/**
 * Reassembles documents rendered one element per line or per page into paragraphs, and rebuilds
 * the lines of readers that place every styled run absolutely (Wenku's `top`-positioned `<p>`s).
 */

/** One absolutely positioned run of text. */
export interface Run {
  text: string
  top: number
  left: number
}

const TOP = /(?:^|;)\s{0,4}top\s{0,4}:\s{0,4}(-?\d{1,7}(?:\.\d{1,6})?)/i
const LEFT = /(?:^|;)\s{0,4}left\s{0,4}:\s{0,4}(-?\d{1,7}(?:\.\d{1,6})?)/i
// Runs whose tops differ by less than this (px) sit on one visual line.
const SAME_LINE_PX = 3
const SENTENCE_END = /[。！？!?；;：:…”」』)）】]$/
// Lines that open a new block: outline numbers, chapter marks, bullets, dated entries.
const BLOCK_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2}){0,3}[、.．\s]|[①-⑳]|第[一二三四五六七八九十百\d]{1,4}[章节条部分篇]|篇[一二三四五六七八九十\d]{1,3}|[■●◆▲★※·•-]\s?)/
// Runs split at style changes, not words; only wrapped Latin text lost a space at the wrap.
const LATIN_END = /[A-Za-z,.;:!?]$/
const LATIN_START = /^[A-Za-z]/
const LONG_LINE_SHARE = 0.7

/** Reads `top`/`left` pixel values from an inline style; null when there is no `top`. */
export function positionOf(style: string | undefined): { top: number; left: number } | null {
  if (!style) return null
  const top = TOP.exec(style)?.[1]
  if (top === undefined) return null
  return { top: Number(top), left: Number(LEFT.exec(style)?.[1] ?? 0) }
}

/** Groups runs into visual lines by `top` (then orders each line by `left`), keeping page order of lines. */
export function groupByTop(runs: readonly Run[]): string[] {
  const lines: Run[][] = []
  for (const run of runs) {
    const line = lines.find((l) => Math.abs(l[0]!.top - run.top) < SAME_LINE_PX)
    if (line) line.push(run)
    else lines.push([run])
  }
  lines.sort((a, b) => a[0]!.top - b[0]!.top)
  return lines.map((l) => glue(l.sort((a, b) => a.left - b.left).map((r) => r.text))).filter((t) => t.trim() !== '')
}

function glue(parts: readonly string[]): string {
  return parts.join('').trim()
}

function join(a: string, b: string): string {
  const left = a.trimEnd()
  const right = b.trimStart()
  if (!left) return right
  return LATIN_END.test(left) && LATIN_START.test(right) ? `${left} ${right}` : left + right
}

function typicalLength(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0
}

/**
 * Joins wrapped lines into paragraphs: a line that does not end a sentence joins the next when it
 * is about as long as a full line (not a short heading) and the next does not open a new block.
 * @example
 * joinLines(['本次活动共组织讲座', '十二场。', '二、存在问题']) // ['本次活动共组织讲座十二场。', '二、存在问题']
 */
export function joinLines(lines: readonly string[]): string[] {
  const clean = lines.map((l) => l.trim()).filter((l) => l !== '')
  const full = typicalLength(clean) * LONG_LINE_SHARE
  const out: string[] = []
  let current = ''
  for (const line of clean) {
    if (!current) {
      current = line
      continue
    }
    const wrapped = !SENTENCE_END.test(current) && current.length >= full && !BLOCK_START.test(line)
    if (wrapped) current = join(current, line)
    else {
      out.push(current)
      current = line
    }
  }
  if (current) out.push(current)
  return out
}

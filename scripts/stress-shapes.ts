/**
 * The super-linear shapes of issue 12: inputs that once made a regex backtrack or a loop rescan,
 * built to a size in UTF-8 bytes, each with the layer where it blew up. Shared by
 * test/stress.test.ts (growth within one run) and scripts/stress.ts (seconds per MB).
 */
import { clean, extract, sift } from '../src/index.js'
import { htmlToDocument } from '../src/html/index.js'
import { normalizeText } from '../src/text/normalize.js'

export const KB = 1024
const NUMERALS = '一二三四五六七八九十'

/** Repeats `unit(i)` after `head` until the input holds `bytes` UTF-8 bytes, then adds `tail`. */
function build(bytes: number, head: string, unit: (i: number) => string, tail = ''): string {
  const parts = [head]
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail)
  for (let i = 0; size < bytes; i++) {
    const piece = unit(i)
    parts.push(piece)
    size += Buffer.byteLength(piece)
  }
  parts.push(tail)
  return parts.join('')
}

export interface Shape {
  build: (bytes: number) => string
  /** The layer the shape stresses: what it runs at each size. */
  run: (input: string) => unknown
}

const html = (input: string): unknown => htmlToDocument(input)

export const SHAPES: Readonly<Record<string, Shape>> = {
  // A run of spaces between two Latin letters, in a text with Chinese.
  'spaces between non-CJK characters': { build: (n) => build(n, '2021年工作总结\na', () => ' ', 'b'), run: normalizeText },
  // Nesting as deep as the input is long (the parser's stack, profile matching, selectors).
  'nested <div>': { build: (n) => build(n, '<html><body>', () => '<div>', '活动总结'), run: html },
  'nested <table><tr><td>': { build: (n) => build(n, '<html><body>', () => '<table><tr><td>', '活动总结'), run: html },
  // Thousands of siblings removed as page junk.
  '<meta charset> siblings': {
    build: (n) => build(n, '<html><head>', () => '<meta charset="utf-8">', '</head><body><p>2021年活动总结</p></body></html>'),
    run: html,
  },
  // One sentence of many clauses (the plan-opening check walked back per clause).
  'a paragraph of 主题是:“': { build: (n) => build(n, '2021年活动总结\n', () => '主题是:“'), run: (t) => sift(t) },
  // Many list items (the next-marker search scanned every candidate per item).
  'list items 一、开展活动': { build: (n) => build(n, '2021年活动总结\n', (i) => `${NUMERALS[i % 10]}、开展活动\n`), run: (t) => extract(t) },
  'a run of 5月': { build: (n) => build(n, '2021年活动总结\n', () => '5月'), run: (t) => extract(t) },
  // A line of clauses with its one full stop near the end (unwrap took the text after the last stop with
  // /[^。!?]*$/, which retries from every position before the stop).
  'clauses before one full stop': { build: (n) => build(n, '2021年活动总结\n', () => '组织开展活动，', '。完\n开展活动'), run: (t) => clean(t) },
  // Many compilation labels (documents were gathered by filtering every block per document).
  'compilation labels 篇一 工作总结': { build: (n) => build(n, '', () => '篇一\n工作总结\n'), run: (t) => clean(t) },
}

/** Loads the dictionaries and compiles the code paths, so a first small run measures work only. */
export function warmUp(): void {
  sift('2021年社区志愿服务活动总结\n主题是:“文明实践”。5月12日,街道召开动员会议,开展了志愿服务活动。')
}

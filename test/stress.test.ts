/**
 * Super-linear shapes: each input that once made a regex backtrack or a loop rescan (issue 12)
 * is built at 10 KB, 100 KB and 1 MB and run through the layer where it blew up. Growth is
 * judged by ratios within one run, never by absolute times: ten times the input may cost up to
 * MAX_STEP times the CPU, where a quadratic step costs a hundred times.
 */
import { describe, expect, it } from 'vitest'
import { clean, extract, sift } from '../src/index.js'
import { htmlToDocument } from '../src/html/index.js'
import { normalizeText } from '../src/text/normalize.js'

const KB = 1024
const SIZES = [10 * KB, 100 * KB, 1024 * KB] as const
// Linear work grows ×10 per step (less, with fixed costs; more, with the collector's work on a
// bigger heap); quadratic work ×100.
const MAX_STEP = 40
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

interface Shape {
  build: (bytes: number) => string
  /** The layer the shape stresses: what it runs at each size. */
  run: (input: string) => unknown
}

const html = (input: string): unknown => htmlToDocument(input)

const SHAPES: Readonly<Record<string, Shape>> = {
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
  // Many compilation labels (documents were gathered by filtering every block per document).
  'compilation labels 篇一 工作总结': { build: (n) => build(n, '', () => '篇一\n工作总结\n'), run: (t) => clean(t) },
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** CPU time of one run, the least of `rounds` runs. */
function cost(shape: Shape, input: string, rounds: number): number {
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = cpuMs()
    expect(shape.run(input)).toBeTruthy()
    best = Math.min(best, cpuMs() - start)
  }
  return Math.max(best, 1)
}

describe('no super-linear shape', () => {
  // Loads the dictionaries and compiles the code paths, so the smallest size measures work only.
  sift('2021年社区志愿服务活动总结\n主题是:“文明实践”。5月12日,街道召开动员会议,开展了志愿服务活动。')

  for (const [name, shape] of Object.entries(SHAPES)) {
    it(name, { timeout: 120_000 }, () => {
      const inputs = SIZES.map((size) => shape.build(size))
      const small = cost(shape, inputs[0]!, 3)
      const medium = cost(shape, inputs[1]!, 2)
      const large = cost(shape, inputs[2]!, 1)
      const steps = [medium / small, large / medium]
      const detail = `${name}: ${SIZES.map((s, i) => `${s / KB} KB ${[small, medium, large][i]!.toFixed(0)} ms`).join(', ')}`
      for (const step of steps) expect(step, detail).toBeLessThan(MAX_STEP)
    })
  }
})

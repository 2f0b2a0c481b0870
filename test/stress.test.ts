/**
 * Super-linear shapes: each input that once made a regex backtrack or a loop rescan (issue 12)
 * is built at 10 KB, 100 KB and 1 MB and run through the layer where it blew up. Growth is
 * judged by ratios within one run, never by absolute times: ten times the input may cost up to
 * MAX_STEP times the CPU, where a quadratic step costs a hundred times.
 */
import { describe, expect, it } from 'vitest'
import { KB, SHAPES, type Shape, warmUp } from '../scripts/stress-shapes.js'

const SIZES = [10 * KB, 100 * KB, 1024 * KB] as const
// Linear work grows ×10 per step (less, with fixed costs; more, with the collector's work on a
// bigger heap); quadratic work ×100.
const MAX_STEP = 40

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
  warmUp()

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

/**
 * `npx tsx scripts/stress.ts [--size KB]`: each super-linear shape of issue 12 at 1 MB (or the size
 * given), run once warm, with its wall and CPU seconds (CPU counts V8's collector threads too) and
 * wall seconds per MB of input. The target is ≤ 3 s per MB for every
 * shape; test/stress.test.ts checks the growth from 10 KB to 1 MB.
 */
import { KB, SHAPES, warmUp } from './stress-shapes.js'

const at = process.argv.indexOf('--size')
const bytes = (at > 0 ? Number(process.argv[at + 1]) : 1024) * KB
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

warmUp()
console.log(`| shape | input | wall s | CPU s | wall s per MB |\n|---|---:|---:|---:|---:|`)
for (const [name, shape] of Object.entries(SHAPES)) {
  const input = shape.build(bytes)
  const size = Buffer.byteLength(input)
  const start = cpuMs()
  const wallStart = performance.now()
  shape.run(input)
  const wall = (performance.now() - wallStart) / 1000
  const cpu = (cpuMs() - start) / 1000
  console.log(`| ${name} | ${(size / KB).toFixed(0)} KB | ${wall.toFixed(2)} | ${cpu.toFixed(2)} | ${(wall / (size / (KB * KB))).toFixed(2)} |`)
}

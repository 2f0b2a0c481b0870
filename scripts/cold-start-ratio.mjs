/**
 * Issue 13's cold-start measure: a whole `docsift sift PAGE` process against a whole process that loads
 * nodejieba and cuts the same page, each run fresh, alternating, N times (default 7); prints the
 * medians and their ratio. Run on a build: `npm run build && node scripts/cold-start-ratio.mjs [PAGE] [N]`.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const page = process.argv[2] ?? fileURLToPath(new URL('../fixtures/seed-like.txt', import.meta.url))
const runs = Number(process.argv[3] ?? 7)
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const jieba = `const j = require('nodejieba'); j.cut(require('fs').readFileSync(${JSON.stringify(page)}, 'utf8'), true)`
const root = fileURLToPath(new URL('..', import.meta.url))

function wall(args) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`)
  return (performance.now() - t0) / 1000
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const docsift = []
const bare = []
for (let i = 0; i < runs; i++) {
  docsift.push(wall([cli, 'sift', page]))
  bare.push(wall(['-e', jieba]))
}
const fmt = (xs) => `median ${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`
console.log(`docsift sift: ${fmt(docsift)}`)
console.log(`nodejieba load + cut: ${fmt(bare)}`)
console.log(`ratio of medians: ${(median(docsift) / median(bare)).toFixed(2)}× (target ≤ 1.3×)`)

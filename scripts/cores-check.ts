/**
 * `npx tsx scripts/cores-check.ts`: can this machine run two single-threaded jobs side by side at
 * full speed? Times three jobs alone and two at once, as separate processes: an integer loop (CPU
 * only), a bare nodejieba cut of the fixtures, and sift of the fixtures — sift also with V8's
 * background threads off (--single-threaded). A job whose pair is slower than its solo run had
 * help from the idle core when alone; that help is what two workers cannot both get.
 */
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const SELF = fileURLToPath(import.meta.url)
const [mode, job] = process.argv.slice(2)

async function runJob(kind: string): Promise<number> {
  const { default: nodejieba } = await import('nodejieba')
  const { sift } = await import('../src/api.js')
  const texts = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/${f}`, 'utf8'))
  for (const t of texts) sift(t) // dictionaries, chrono and the JIT warmed up
  const t0 = performance.now()
  if (kind === 'cpu') {
    let x = 0
    for (let i = 0; i < 1.5e9; i++) x = (x + i * 7) | 0
    if (x === 42) console.error('')
  }
  if (kind === 'cut') for (let r = 0; r < 400; r++) for (const t of texts) nodejieba.cut(t + r)
  if (kind.startsWith('sift')) for (let r = 0; r < 25; r++) for (const t of texts) sift(t + r)
  return (performance.now() - t0) / 1000
}

function child(kind: string): Promise<number> {
  const flags = kind === 'sift-single' ? ['--single-threaded'] : []
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...flags, '--import', 'tsx', SELF, 'job', kind], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    p.stdout.on('data', (d: Buffer) => (out += d.toString()))
    p.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`${kind} exited ${code}`))))
  })
}

if (mode === 'job') {
  console.log(await runJob(job ?? 'cpu'))
} else {
  console.log('| job | alone s | two at once s (each) | slowdown |')
  console.log('|---|---|---|---|')
  for (const kind of ['cpu', 'cut', 'sift', 'sift-single']) {
    const alone = await child(kind)
    const pair = await Promise.all([child(kind), child(kind)])
    const slow = Math.max(...pair) / alone
    console.log(`| ${kind} | ${alone.toFixed(2)} | ${pair.map((x) => x.toFixed(2)).join(' / ')} | ${slow.toFixed(2)}× |`)
  }
}

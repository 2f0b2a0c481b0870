/**
 * `npm run bench [-- DIR] [--quick] [--profile-only] [--no-workers]`: throughput of clean, extract and sift
 * against a bare nodejieba `cut` over the same texts, size scaling 1 KB → 1 MB, batch CLI
 * in-process (`--workers 0`) vs `--workers 2`, and HTML MB/s. Prints a table and writes it to docs/bench.md,
 * above the queue bench's section there (scripts/bench-queue.ts), which it keeps.
 * A benchmark, not a test: nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { clean, extract, sift } from '../src/index.js'
import { clearWordCache } from '../src/text/doc-stats.js'
import { clearFoldMemo } from '../src/text/fold.js'
import { clearTagMemo } from '../src/text/segment.js'
import { clearFurnitureMemo } from '../src/text/furniture.js'
import { cut } from '../src/text/segment.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const QUICK = argv.includes('--quick')
const PROFILE_ONLY = argv.includes('--profile-only')
const NO_WORKERS = argv.includes('--no-workers')
const DIR = argv.find((a) => !a.startsWith('--'))
// Many short rounds and their median: one disturbed round (the machine is shared) does not move it.
const ROUNDS = QUICK ? 5 : 15
const WARM_UP_PASSES = 2
const ENCODER = new TextEncoder()
const PAGE_EXT = /\.(?:txt|html?)$/i
const HTML_EXT = /\.html?$/i
const DIGIT = /\d/g
const SENTENCE_END = /[。!?！？]$/
// The heading of the queue bench's section of docs/bench.md.
const QUEUE_SECTION = '# Queue mode'

interface Doc {
  name: string
  text: string
  bytes: number
}

interface Stat {
  label: string
  docs: number
  bytes: number
  /** Median over rounds of the total wall time of one pass, ms. */
  totalMs: number
  meanMs: number
  p99Ms: number
}

function readPages(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => PAGE_EXT.test(f) && !f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8')
      return { name: f, text, bytes: ENCODER.encode(text).length }
    })
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? 0
}

/** Runs `fn` over every doc for several rounds; the round with the median total is reported. */
function measure(label: string, docs: readonly Doc[], fn: (text: string) => unknown, rounds = ROUNDS): Stat {
  // Warm-up over every page, twice: jieba dictionaries, chrono, and the JIT settled on this op's code paths.
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const d of docs) fn(d.text)
  const runs: { total: number; per: number[] }[] = []
  for (let r = 0; r < rounds; r++) {
    // Every round starts cold: the memos would make a page seen before nearly free.
    clearFoldMemo()
    clearFurnitureMemo()
    clearWordCache()
    clearTagMemo()
    const per: number[] = []
    const t0 = performance.now()
    for (const d of docs) {
      const s = performance.now()
      fn(d.text)
      per.push(performance.now() - s)
    }
    runs.push({ total: performance.now() - t0, per })
  }
  runs.sort((a, b) => a.total - b.total)
  const mid = runs[Math.floor(runs.length / 2)]!
  return {
    label,
    docs: docs.length,
    bytes: docs.reduce((n, d) => n + d.bytes, 0),
    totalMs: mid.total,
    meanMs: mid.total / docs.length,
    p99Ms: percentile(mid.per, 0.99),
  }
}

const fmt = (x: number, digits = 2) => x.toFixed(digits)
const docsPerSec = (s: Stat) => (s.docs * 1000) / s.totalMs
const mbPerSec = (s: Stat) => s.bytes / 1024 / 1024 / (s.totalMs / 1000)

function statRow(s: Stat, ref?: Stat): string[] {
  return [s.label, String(s.docs), fmt(docsPerSec(s), 1), fmt(mbPerSec(s), 3), fmt(s.meanMs), fmt(s.p99Ms), ref ? `${fmt(s.totalMs / ref.totalMs)}×` : '']
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

const STAT_HEAD = ['op', 'docs', 'docs/s', 'MB/s', 'mean ms', 'p99 ms', '÷ cut']

/**
 * A single summary of `target` bytes from the fixtures' prose paragraphs. Concatenating whole pages
 * would measure the duplicate cutter (repeats are cut), so each cycle shifts digits to stay unique.
 */
function buildDoc(paragraphs: readonly string[], target: number, seq: number): Doc {
  const parts = ['2021年社区志愿服务工作总结']
  let bytes = ENCODER.encode(parts[0]!).length
  for (let i = seq; bytes < target; i++) {
    const cycle = Math.floor((i - seq) / paragraphs.length) + seq
    const para = paragraphs[(i * 7) % paragraphs.length]!.replace(DIGIT, (d) => String((Number(d) + cycle) % 10))
    parts.push(para)
    bytes += ENCODER.encode(para).length + 1
  }
  const text = parts.join('\n')
  return { name: `gen-${target}-${seq}`, text, bytes: ENCODER.encode(text).length }
}

/** Prose lines of the fixture pages: long enough and ending a sentence. */
function proseParagraphs(bodies: readonly string[]): string[] {
  return bodies.flatMap((b) => b.split('\n')).filter((l) => l.length >= 30 && SENTENCE_END.test(l))
}

function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024
}

/** The faster of two runs of the same op: the reference is measured before and after the rest. */
function faster(a: Stat, b: Stat): Stat {
  return a.totalMs <= b.totalMs ? a : b
}

function runCoreBench(docs: readonly Doc[], label: string): { rows: Stat[]; cutStat: Stat } {
  // The machine's speed drifts between runs: measuring the reference on both sides of the
  // operations keeps the ratio honest.
  const cutBefore = measure('cut (jieba)', docs, (t) => cut(t))
  const rows = [
    measure('clean', docs, (t) => clean(t)),
    measure('extract', docs, (t) => extract(t)),
    measure('sift', docs, (t) => sift(t)),
  ]
  const cutStat = faster(cutBefore, measure('cut (jieba)', docs, (t) => cut(t)))
  console.log(`\n${label}`)
  console.log(table(STAT_HEAD, [statRow(cutStat), ...rows.map((r) => statRow(r, cutStat))]))
  return { rows, cutStat }
}

interface ScaleRow {
  size: number
  msPerKb: number
  cutMsPerKb: number
  ratio: number
  superLinear: boolean
}

function runScaling(bodies: readonly string[]): ScaleRow[] {
  const paragraphs = proseParagraphs(bodies)
  const sizes = QUICK ? [1024, 16 * 1024, 256 * 1024] : [1024, 4096, 16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024]
  const out: ScaleRow[] = []
  for (const size of sizes) {
    // Several docs at small sizes so timer resolution does not dominate; one at the largest.
    const count = Math.max(1, Math.min(20, Math.floor((256 * 1024) / size)))
    const docs = Array.from({ length: count }, (_, i) => buildDoc(paragraphs, size, i))
    const rounds = size >= 256 * 1024 ? 3 : ROUNDS
    const before = measure(`cut ${size}`, docs, (t) => cut(t), rounds)
    const s = measure(`sift ${size}`, docs, (t) => sift(t, { maxBlocks: 1_000_000 }), rounds)
    const c = faster(before, measure(`cut ${size}`, docs, (t) => cut(t), rounds))
    const kb = s.bytes / 1024
    const msPerKb = s.totalMs / kb
    const prev = out[out.length - 1]
    const ratio = s.totalMs / c.totalMs
    // Super-linear only when both the time per KB and the ratio to the same-size cut jump: a
    // jump of both the op and the reference is the machine, not the code.
    const superLinear = prev ? msPerKb > 1.5 * prev.msPerKb && ratio > 1.5 * prev.ratio : false
    out.push({ size, msPerKb, cutMsPerKb: c.totalMs / kb, ratio, superLinear })
    console.log(`  scaling ${humanSize(size)}: ${fmt(msPerKb, 3)} ms/KB (cut ${fmt(c.totalMs / kb, 3)})${out[out.length - 1]!.superLinear ? '  SUPER-LINEAR' : ''}`)
  }
  return out
}

function humanSize(n: number): string {
  return n >= 1024 * 1024 ? `${n / 1024 / 1024} MB` : `${n / 1024} KB`
}

interface WorkerRun {
  workers: number
  ms: number
  ok: boolean
  note: string
  /** Peak RSS of the whole CLI process (main thread and workers), MB; null without GNU time. */
  peakMb: number | null
}

// GNU time reports a child's peak RSS (`%M`, KB) on its last stderr line; Node cannot see a child's.
const GNU_TIME = '/usr/bin/time'
const PEAK_KB = /(\d+)\s*$/

/** The batch CLI over a generated JSONL, built dist when present (no tsx compile in the timing). */
function runWorkers(bodies: readonly string[]): { runs: WorkerRun[]; records: number; cli: string } {
  const records = QUICK ? 600 : 2000
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'docsift-bench-'))
  const file = path.join(tmp, 'in.jsonl')
  const lines: string[] = []
  for (let i = 0; i < records; i++) lines.push(JSON.stringify({ id: i, text: bodies[i % bodies.length] }))
  writeFileSync(file, lines.join('\n') + '\n')
  const dist = path.join(ROOT, 'dist/cli.js')
  const cmd = existsSync(dist) ? [dist] : ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts')]
  const cli = existsSync(dist) ? 'node dist/cli.js' : 'tsx src/cli/main.ts'
  const runs: WorkerRun[] = []
  // In-process (--workers 0; it was spelled --workers 1 before 1 meant one thread) against two threads,
  // so reruns compare with the figures in docs/figures.md.
  // --workers 1 (one thread beside the main one) is the memory target's configuration.
  const timed = existsSync(GNU_TIME)
  for (const workers of [0, 1, 2]) {
    const args = [...cmd, 'sift', '--jsonl', '--quiet', '--workers', String(workers), file]
    const t0 = performance.now()
    const r = spawnSync(timed ? GNU_TIME : process.execPath, timed ? ['-f', '%M', process.execPath, ...args] : args, {
      cwd: ROOT,
      maxBuffer: 1024 * 1024 * 1024,
      encoding: 'utf8',
    })
    const ms = performance.now() - t0
    const outLines = r.stdout ? r.stdout.split('\n').filter(Boolean).length : 0
    const ok = r.status === 0 && outLines === records
    const peak = timed ? PEAK_KB.exec(r.stderr ?? '') : null
    const peakMb = peak ? Number(peak[1]) / 1024 : null
    runs.push({ workers, ms, ok, peakMb, note: ok ? '' : `exit ${r.status}, ${outLines}/${records} lines: ${(r.stderr ?? '').slice(0, 200)}` })
    console.log(`  --workers ${workers}: ${fmt(ms / 1000)} s, peak RSS ${peakMb === null ? 'n/a' : `${fmt(peakMb, 0)} MB`}${ok ? '' : ` (${runs[runs.length - 1]!.note})`}`)
  }
  rmSync(tmp, { recursive: true, force: true })
  return { runs, records, cli }
}

function runHtml(): Stat | null {
  const dir = path.join(ROOT, '../shared/devset-html')
  if (!existsSync(dir)) return null
  const pages = readdirSync(dir)
    .filter((f) => HTML_EXT.test(f))
    .sort()
    .map((f) => readFileSync(path.join(dir, f)))
  if (pages.length === 0) return null
  const docs: Doc[] = pages.map((b, i) => ({ name: String(i), text: '', bytes: b.length }))
  // measure() passes text; keep the bytes aside by index so clean() sees the raw page bytes.
  let i = 0
  const stat = measure('clean html', docs, () => clean(pages[i++ % pages.length]!, { format: 'html' }))
  console.log(`  html: ${fmt(mbPerSec(stat), 3)} MB/s over ${pages.length} pages`)
  return stat
}

function writeReport(parts: {
  seed: { rows: Stat[]; cutStat: Stat }
  dir: { rows: Stat[]; cutStat: Stat; dir: string } | null
  scaling: ScaleRow[]
  workers: { runs: WorkerRun[]; records: number; cli: string } | null
  html: Stat | null
  peakRss: number
}): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown'
  const siftRow = parts.seed.rows.find((r) => r.label === 'sift')!
  const ratio = siftRow.totalMs / parts.seed.cutStat.totalMs
  const w1 = parts.workers?.runs.find((r) => r.workers === 1)
  const w2 = parts.workers?.runs.find((r) => r.workers === 2)
  const speedup = w1 && w2 ? w1.ms / w2.ms : null
  const md: string[] = [
    '# Performance',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
    'The machine was shared with other jobs while measuring, so absolute figures are noisy; ratios hold better.',
    '',
    `Rerun: \`npm run bench\` (add \`-- ../shared/devset\` for a folder of pages, \`--quick\` for a short run).`,
    '',
    '## Headline',
    '',
    `sift time ÷ bare nodejieba \`cut\` time on the fixture pages (~2 KB, single thread): **${fmt(ratio)}×** (target ≤ 3×).`,
    '',
    '## Per operation, fixture pages (median of rounds, single thread)',
    '',
    table(STAT_HEAD, [statRow(parts.seed.cutStat), ...parts.seed.rows.map((r) => statRow(r, parts.seed.cutStat))]),
    '',
  ]
  if (parts.dir) {
    md.push(`## Per operation, \`${parts.dir.dir}\``, '', table(STAT_HEAD, [statRow(parts.dir.cutStat), ...parts.dir.rows.map((r) => statRow(r, parts.dir!.cutStat))]), '')
  }
  md.push(
    '## Scaling (sift, one summary built from the fixtures\' prose paragraphs, digits shifted per cycle so nothing repeats verbatim)',
    '',
    'A step is flagged super-linear when both its ms/KB and its ratio to the same-size cut are over 1.5× those of the previous size (a jump of both is the machine, not the code). The cut reference is measured before and after the operations and the faster run is used.',
    '',
    table(
      ['size', 'sift ms/KB', 'cut ms/KB', 'sift ÷ cut', 'flag'],
      parts.scaling.map((s) => [humanSize(s.size), fmt(s.msPerKb, 3), fmt(s.cutMsPerKb, 3), `${fmt(s.ratio)}×`, s.superLinear ? '**super-linear**' : '']),
    ),
    '',
  )
  if (parts.workers) {
    md.push(
      `## Batch CLI, ${parts.workers.records} JSONL records (\`${parts.workers.cli} sift --jsonl --quiet\`)`,
      '',
      table(
        ['workers', 'wall s', 'records/s', 'peak RSS MB', 'ok'],
        parts.workers.runs.map((r) => [
          String(r.workers), fmt(r.ms / 1000), fmt((parts.workers!.records * 1000) / r.ms, 1), r.peakMb === null ? 'n/a' : fmt(r.peakMb, 0), r.ok ? 'yes' : `no: ${r.note}`,
        ]),
      ),
      '',
      speedup === null ? '' : `Speed-up of 2 worker threads over 1: **${fmt(speedup)}×** (target ≥ 1.3×; wall time includes process start and jieba dictionary load per worker).`,
      w1?.peakMb == null ? '' : `Peak RSS with one worker thread: **${fmt(w1.peakMb, 0)} MB** (target ≤ 400 MB); in-process (\`--workers 0\`) ${fmt(parts.workers.runs.find((r) => r.workers === 0)?.peakMb ?? NaN, 0)} MB.`,
      '',
    )
  }
  if (parts.html) md.push('## HTML', '', `\`clean(bytes, { format: 'html' })\` over ${parts.html.docs} pages of ../shared/devset-html: ${fmt(mbPerSec(parts.html), 3)} MB/s, mean ${fmt(parts.html.meanMs)} ms, p99 ${fmt(parts.html.p99Ms)} ms.`, '')
  md.push(`Peak RSS of the bench process: ${fmt(parts.peakRss, 0)} MB.`, '')
  // docs/bench.md also holds the queue bench's run (scripts/bench-queue.ts): keep that section.
  const file = path.join(ROOT, 'docs/bench.md')
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const queue = previous.indexOf(QUEUE_SECTION)
  writeFileSync(file, md.join('\n') + (queue >= 0 ? `\n${previous.slice(queue)}` : ''))
  console.log(`\nheadline: sift ÷ cut = ${fmt(ratio)}×${speedup === null ? '' : `; workers 2 vs 1 = ${fmt(speedup)}×`}; peak RSS ${fmt(parts.peakRss, 0)} MB`)
  console.log('wrote docs/bench.md')
}

function main(): void {
  const fixtures = readPages(path.join(ROOT, 'fixtures')).filter((d) => d.name.endsWith('.txt'))
  const bodies = fixtures.map((d) => d.text)
  let peakRss = rssMb()
  const track = () => (peakRss = Math.max(peakRss, rssMb()))
  const timer = setInterval(track, 50)
  timer.unref()

  if (PROFILE_ONLY) {
    // Enough sift calls on seed-sized pages for a readable --cpu-prof.
    for (let r = 0; r < 30; r++) for (const d of fixtures) sift(d.text)
    return
  }

  const seed = runCoreBench(fixtures, `fixture pages (${fixtures.length}, mean ${fmt(fixtures.reduce((n, d) => n + d.bytes, 0) / fixtures.length / 1024)} KB)`)
  track()
  let dir: { rows: Stat[]; cutStat: Stat; dir: string } | null = null
  if (DIR) {
    const pages = readPages(path.resolve(DIR))
    if (pages.length > 0) dir = { ...runCoreBench(pages, `${DIR} (${pages.length} pages)`), dir: DIR }
    track()
  }
  console.log('\nscaling')
  const scaling = runScaling(bodies)
  track()
  console.log('\nhtml')
  const html = runHtml()
  track()
  let workers = null
  if (!NO_WORKERS) {
    console.log('\nbatch CLI')
    workers = runWorkers(bodies)
  }
  track()
  writeReport({ seed, dir, scaling, workers, html, peakRss })
}

main()

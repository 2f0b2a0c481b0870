/**
 * `npx tsx scripts/probe.ts [--list]`: the cleaner on shapes nobody wrote its rules against. Two
 * sets of lines invented for it (fixtures/probes/, written without reading the shared pages):
 * - junk lines of 19 shape families (metadata, navigation, widgets, paywalls, related lists, ads …),
 *   each put before the title, after it, mid-document and at the end of four host documents: how
 *   often some of it stays, and how often a host line is lost with it;
 * - document lines that share words or shapes with junk (下载, 公众号, 时间:, tables, signatures …),
 *   each put into its host documents: how many are cut, by which rule, and host lines lost.
 * Prints counts, per family and per rule; `--list` prints every case. A measurement, not a test.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { clean } from '../src/index.js'

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'probes')
const LIST = process.argv.includes('--list')
const norm = (s: string) => s.replace(/\s+/g, '')

interface JunkHost { id: string; title: string; topic: string; body: string[] }
const { junkHosts, keepHosts } = JSON.parse(readFileSync(path.join(DIR, 'hosts.json'), 'utf8')) as {
  junkHosts: JunkHost[]
  keepHosts: Record<string, string[]>
}

/** Lines of a probe file with the family ("## …") each stands under; comments and blanks skipped. */
function probeLines(file: string): { family: string; text: string }[] {
  let family = ''
  const out: { family: string; text: string }[] = []
  for (const line of readFileSync(path.join(DIR, file), 'utf8').split('\n')) {
    if (line.startsWith('## ')) family = line.slice(3).trim()
    else if (line.trim() && !line.startsWith('# ')) out.push({ family, text: line })
  }
  return out
}

const JUNK_LINES = probeLines('junk-lines.txt')
const KEEP_LINES = probeLines('keep-lines.txt')

/** Host lines missing from a cleaned text. */
const lost = (lines: readonly string[], out: string) => lines.filter((l) => !out.includes(norm(l)))

function tally<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

// ---- junk: does any of it stay?
const JUNK_AT = ['beforeTitle', 'afterTitle', 'mid', 'tail'] as const
let junkRuns = 0
let kept = 0
let junkLoss = 0
const keptBy = new Map<string, number>()
const runsBy = new Map<string, number>()
for (const host of junkHosts) {
  const base = norm(clean([host.title, ...host.body].join('\n')).text)
  for (const { family, text } of JUNK_LINES) {
    const junk = text.replaceAll('{T}', host.title).replaceAll('{K}', host.topic).replaceAll('⏎', '\n')
    for (const at of JUNK_AT) {
      const mid = Math.floor(host.body.length / 2)
      const lines =
        at === 'beforeTitle' ? [junk, host.title, ...host.body]
          : at === 'afterTitle' ? [host.title, junk, ...host.body]
            : at === 'mid' ? [host.title, ...host.body.slice(0, mid), junk, ...host.body.slice(mid)]
              : [host.title, ...host.body, junk]
      const out = norm(clean(lines.join('\n')).text)
      junkRuns++
      tally(runsBy, family)
      // Some of the junk stays when the page comes out longer than the host cleaned alone.
      const stays = out.length > base.length
      const hostLost = lost(host.body, out)
      if (stays) { kept++; tally(keptBy, family) }
      if (hostLost.length) junkLoss++
      if (LIST && (stays || hostLost.length)) console.log(`junk ${stays ? 'KEPT' : '    '} ${hostLost.length ? 'LOST' : '    '} ${host.id}/${at} ${junk.replace(/\n/g, '⏎')}`)
    }
  }
}

// ---- document lines: are they cut?
const KEEP_AT: Record<string, readonly string[]> = { B: ['afterTitle', 'mid', 'beforeEnd', 'tail'], H: ['afterTitle', 'mid'], E: ['tail'] }
let keepRuns = 0
let keepLoss = 0
const cutLines = new Set<string>()
const cutBy = new Map<string, Set<string>>()
for (const { text: entry } of KEEP_LINES) {
  const [hosts, at, ...rest] = entry.split('|')
  const block = rest.join('|').replaceAll('⏎', '\n')
  for (const id of hosts === '*' ? Object.keys(keepHosts) : hosts!.split(',')) {
    const host = keepHosts[id]
    if (!host) continue
    for (const where of KEEP_AT[at!] ?? []) {
      const n = host.length
      const split = where === 'afterTitle' ? 1 : where === 'mid' ? Math.floor(n / 2) : where === 'beforeEnd' ? n - 1 : n
      const r = clean([...host.slice(0, split), block, ...host.slice(split)].join('\n'))
      const out = norm(r.text)
      keepRuns++
      const cut = block.split('\n').some((l) => !out.includes(norm(l)))
      const hostLost = lost(host, out)
      if (cut) {
        cutLines.add(block)
        for (const x of r.removed) if (norm(block).includes(norm(x.text))) (cutBy.get(x.rule) ?? cutBy.set(x.rule, new Set()).get(x.rule)!).add(block)
      }
      if (hostLost.length) keepLoss++
      if (LIST && (cut || hostLost.length)) console.log(`keep ${cut ? 'CUT ' : '    '} ${hostLost.length ? 'LOST' : '    '} ${id}/${where} ${block.replace(/\n/g, '⏎')}`)
    }
  }
}

const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / b).toFixed(1)} %)`
const keepLines = new Set(KEEP_LINES.map((l) => l.text.split('|').slice(2).join('|'))).size
console.log(`junk lines: ${JUNK_LINES.length} in ${junkHosts.length} hosts at ${JUNK_AT.length} places; runs keeping some junk ${pct(kept, junkRuns)}; runs losing a host line ${junkLoss}`)
console.log(`  by family: ${[...runsBy].map(([f, n]) => `${f} ${keptBy.get(f) ?? 0}/${n}`).join(', ')}`)
console.log(`document lines: ${keepLines}, ${keepRuns} runs; lines cut in some run ${pct(cutLines.size, keepLines)}; runs losing a host line ${keepLoss}`)
console.log(`  by rule: ${[...cutBy].sort((a, b) => b[1].size - a[1].size).map(([r, s]) => `${r} ${s.size}`).join(', ')}`)

/**
 * The built CLI as users run it: `node dist/cli.js` as a child process (the only CLI test that
 * spawns one), on worker threads, and with stdout on a full device. Skipped without a build.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { batch, checkBatch, MAX_BYTES } from './cli-helpers.js'

const ROOT = join(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist/cli.js')
const built = existsSync(DIST)
if (!built) console.warn('cli-dist.test: dist/cli.js is missing (run npm run build); the smoke test is skipped')

describe.skipIf(!built)('dist/cli.js', () => {
  it('runs a JSONL batch on two worker threads', () => {
    const small = batch(120)
    const run = spawnSync(process.execPath, [DIST, 'sift', '--jsonl', '--workers', '2', '--max-bytes', String(MAX_BYTES)], {
      cwd: ROOT,
      input: small.jsonl,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    checkBatch(run.stdout, small.kinds)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('120 records')
  }, 300_000)

  it.skipIf(!existsSync('/dev/full'))('exits 74 with one line when stdout is a full device', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const run = spawnSync(process.execPath, [DIST, 'clean', '--jsonl', '--workers', '0'], {
        cwd: ROOT,
        // An error record is printed too, and needs no dictionary: the write is what fails.
        input: `${JSON.stringify({ id: 1, text: '\u0000\u0001\u0002'.repeat(50) })}\n`,
        stdio: ['pipe', full, 'pipe'],
        encoding: 'utf8',
      })
      expect(run.status).toBe(74)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(/^docsift: cannot write to stdout: .*ENOSPC/)
    } finally {
      closeSync(full)
    }
  }, 120_000)
})

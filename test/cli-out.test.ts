/**
 * `--out DIR` and file-system faults: outputs keep their relative paths under DIR, never collide,
 * never overwrite an input and never leave DIR; a folder that cannot be read or a name that
 * cannot be written is that record's IO_ERROR, and the run goes on.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandInputs } from '../src/cli/inputs.js'
import { docsift, page, records, summary } from './cli-helpers.js'

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = []
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) walk(path)
      else out.push(relative(dir, path))
    }
  }
  walk(dir)
  return out.sort()
}

describe('--out', () => {
  const root = mkdtempSync(join(tmpdir(), 'docsift-out-'))

  it('walks a directory and a glob, writing one file per input', async () => {
    const pages = join(root, 'pages')
    mkdirSync(join(pages, '2023'), { recursive: true })
    writeFileSync(join(pages, 'a.txt'), summary(1))
    writeFileSync(join(pages, '2023', 'b.html'), page(2))
    const out = join(root, 'out')
    const run = await docsift(['clean', pages, '--out', out, '--quiet', '--workers', '0'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('2 records, 2 ok, 0 failed')
    expect(tree(out)).toEqual(['2023/b.txt', 'a.txt'])
    expect(readFileSync(join(out, '2023', 'b.txt'), 'utf8')).toContain('举办专题讲座')
    expect(readFileSync(join(out, '2023', 'b.txt'), 'utf8')).not.toContain('首页')
    const globbed = await docsift(['extract', `${pages}/**/*.html`, '--workers', '0'])
    expect(records(globbed.stdout).map((r) => r.id)).toEqual([join(pages, '2023', 'b.html')])
  })

  it('keeps two inputs with one name apart, and says when a name is taken', async () => {
    const cwd = process.cwd()
    const base = mkdtempSync(join(root, 'same-'))
    mkdirSync(join(base, 'a'))
    mkdirSync(join(base, 'b'))
    writeFileSync(join(base, 'a', 'x.txt'), summary(1))
    writeFileSync(join(base, 'b', 'x.txt'), summary(2))
    writeFileSync(join(base, 'a', 'x.html'), page(3))
    process.chdir(base)
    try {
      const run = await docsift(['clean', 'a/x.txt', 'b/x.txt', 'a/x.html', 'a/x.txt', '--out', 'out', '--quiet', '--workers', '0'])
      expect(run.code).toBe(0)
      // Relative paths are kept; a/x.html and the repeated a/x.txt would land on a/x.txt: suffixed, and said.
      expect(tree(join(base, 'out'))).toEqual(['a/x.txt', 'a/x~2.txt', 'a/x~3.txt', 'b/x.txt'])
      expect(run.stderr).toContain('a/x.txt is taken in --out; writing a/x~2.txt')
      expect(readFileSync(join(base, 'out', 'b', 'x.txt'), 'utf8')).toContain('2017年')
    } finally {
      process.chdir(cwd)
    }
  })

  it('refuses an --out that overlaps an input folder, before writing anything', async () => {
    const pages = join(root, 'overlap')
    mkdirSync(pages)
    writeFileSync(join(pages, 'a.txt'), summary(1))
    for (const out of [pages, join(pages, 'results')]) {
      const run = await docsift(['clean', pages, '--out', out, '--workers', '0'])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('overlaps the input folder')
    }
    expect(readdirSync(pages)).toEqual(['a.txt'])
    expect(readFileSync(join(pages, 'a.txt'), 'utf8')).toBe(summary(1))
  })

  it('never writes over an input file', async () => {
    const dir = mkdtempSync(join(root, 'self-'))
    const input = join(dir, 'x.txt')
    writeFileSync(input, summary(1))
    // An absolute path keeps its name only: DIR/x.txt is the input itself.
    const run = await docsift(['clean', input, '--out', dir, '--workers', '0'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('it is an input of this run')
    expect(readFileSync(input, 'utf8')).toBe(summary(1))
  })

  it('maps JSONL ids to distinct file names inside DIR, whatever they hold', async () => {
    const out = join(root, 'ids')
    const ids = ['a/b', 'a_b', 'a\u0000b', '', '.', '..', '../../escape', '/etc/cron.d/x', 7, '7']
    const jsonl = ids.map((id) => JSON.stringify({ id, text: summary(1) })).join('\n')
    const run = await docsift(['clean', '--jsonl', '--workers', '0', '--out', out, '--quiet'], jsonl)
    expect(run.code).toBe(0)
    const files = tree(out)
    // One file per record, none hidden, none in a sub-folder, none outside DIR.
    expect(files).toHaveLength(ids.length)
    expect(files.every((f) => !f.startsWith('.') && !f.includes('/'))).toBe(true)
    expect(existsSync(join(root, 'escape.json'))).toBe(false)
    expect(files).toEqual(expect.arrayContaining(['a%2Fb.json', 'a_b.json', 'a%00b.json', '%.json', '%2E.json', '%2E..json', '7.json', '7~2.json']))
  })

  it('an id too long for a file name fails that record with IO_ERROR; the others are written', async () => {
    const out = join(root, 'long')
    const jsonl = [{ id: 'ok-1', text: summary(1) }, { id: '长'.repeat(100), text: summary(2) }, { id: 'ok-2', text: summary(3) }]
      .map((r) => JSON.stringify(r))
      .join('\n')
    const run = await docsift(['clean', '--jsonl', '--workers', '0', '--out', out], jsonl)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('1 failed (IO_ERROR 1)')
    expect(tree(out)).toEqual(['ok-1.json', 'ok-2.json'])
  })

  it('an --out that cannot be created ends the run with one line and exit 74', async () => {
    const blocker = join(root, 'a-file')
    writeFileSync(blocker, 'not a folder')
    const run = await docsift(['clean', '--jsonl', '--workers', '0', '--out', join(blocker, 'out')], JSON.stringify({ id: 1, text: summary(1) }))
    expect(run.code).toBe(74)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('cannot create --out')
  })
})

describe('folders that cannot be read', () => {
  it('are one IO_ERROR entry each, and the walk goes on', () => {
    // Root reads any folder, so the unreadable one is a path too long to open (ENAMETOOLONG).
    const root = mkdtempSync(join(tmpdir(), 'docsift-deep-'))
    writeFileSync(join(root, 'a.txt'), summary(1))
    const cwd = process.cwd()
    process.chdir(root)
    try {
      for (let i = 0; i < 20; i++) {
        const name = `d${i}${'x'.repeat(240)}`
        mkdirSync(name)
        process.chdir(name)
      }
    } finally {
      process.chdir(cwd)
    }
    writeFileSync(join(root, 'z.txt'), summary(2))
    const found = [...expandInputs([root])]
    expect(found.filter((f) => f.error === undefined).map((f) => relative(root, f.path))).toEqual(['a.txt', 'z.txt'])
    const failed = found.filter((f) => f.error !== undefined)
    expect(failed).toHaveLength(1)
    expect(failed[0]?.error).toMatch(/cannot read folder .*ENAMETOOLONG/)
  })
})

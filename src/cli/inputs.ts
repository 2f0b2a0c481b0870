/**
 * Expands CLI path arguments (files, directories walked recursively, globs) into files in a
 * stable order, lazily, so a huge tree is never listed in memory at once.
 */
import { opendirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { globBase, globFiles, isGlob } from './glob.js'

/** A file to process, with the path relative to the argument it came from (for `--out`). */
export interface InputFile {
  path: string
  relative: string
}

const SKIP_DIRS = new Set(['node_modules', '.git'])
const DOC_EXT = /\.(?:txt|text|html?|xhtml|shtml)$/i

/** Yields the files named by `args`; directories give their document files (.txt, .html, .htm…). */
export function* expandInputs(args: readonly string[]): Generator<InputFile> {
  for (const arg of args) {
    const stat = statOrUndefined(arg)
    if (stat?.isDirectory()) {
      for (const path of walk(arg)) if (DOC_EXT.test(path)) yield { path, relative: toSlash(relative(arg, path)) }
    } else if (!stat && isGlob(arg)) {
      const pattern = toSlash(arg)
      const base = globBase(pattern)
      for (const path of globFiles(pattern)) yield { path, relative: toSlash(relative(base, path)) }
    } else {
      // Missing files are still yielded: they become IO_ERROR records, not silent gaps.
      yield { path: arg, relative: toSlash(arg).split('/').pop() ?? arg }
    }
  }
}

function* walk(dir: string): Generator<string> {
  const handle = opendirSync(dir)
  const files: string[] = []
  const dirs: string[] = []
  try {
    for (let entry = handle.readSync(); entry; entry = handle.readSync()) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) dirs.push(path)
      } else if (entry.isFile()) files.push(path)
    }
  } finally {
    handle.closeSync()
  }
  yield* files.sort()
  for (const sub of dirs.sort()) yield* walk(sub)
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function toSlash(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

/**
 * Expands CLI path arguments (files, directories walked recursively, globs) into files in a
 * stable order, lazily, so a huge tree is never listed in memory at once. A folder that cannot
 * be read is one failed entry, not the end of the run.
 */
import { opendirSync, statSync } from 'node:fs'
import { isAbsolute, join, normalize, relative, sep } from 'node:path'
import { globBase, globFiles, isGlob } from './glob.js'

/** A file to process, with the path relative to the argument it came from (for `--out`); or a folder that failed. */
export type InputFile = { path: string; relative: string; error?: undefined } | { path: string; relative?: undefined; error: string }

const SKIP_DIRS = new Set(['node_modules', '.git'])
const DOC_EXT = /\.(?:txt|text|html?|xhtml|shtml)$/i

/** Yields the files named by `args`; directories give their document files (.txt, .html, .htm…). */
export function* expandInputs(args: readonly string[]): Generator<InputFile> {
  for (const arg of args) {
    const stat = statOrUndefined(arg)
    if (stat?.isDirectory()) {
      for (const entry of walk(arg)) {
        if (entry.error !== undefined) yield entry
        else if (DOC_EXT.test(entry.path)) yield { path: entry.path, relative: toSlash(relative(arg, entry.path)) }
      }
    } else if (!stat && isGlob(arg)) {
      const pattern = toSlash(arg)
      const base = globBase(pattern)
      for (const path of globFiles(pattern)) yield { path, relative: toSlash(relative(base, path)) }
    } else {
      // Missing files are still yielded: they become IO_ERROR records, not silent gaps.
      yield { path: arg, relative: fileRelative(arg) }
    }
  }
}

/** The directories an argument list reads from: named folders, and the base of each glob. */
export function inputDirectories(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (statOrUndefined(arg)?.isDirectory()) return [arg]
    return !statOrUndefined(arg) && isGlob(arg) ? [globBase(toSlash(arg))] : []
  })
}

// A file named on the command line keeps its relative path under --out (a/x.txt and b/x.txt stay
// apart); a path that climbs out of the working directory, or an absolute one, keeps its name only.
function fileRelative(arg: string): string {
  const path = normalize(arg)
  if (isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) return toSlash(path).split('/').pop() ?? arg
  return toSlash(path)
}

function* walk(dir: string): Generator<{ path: string; error?: undefined } | { path: string; error: string }> {
  const files: string[] = []
  const dirs: string[] = []
  try {
    const handle = opendirSync(dir)
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
  } catch (error) {
    yield { path: dir, error: `cannot read folder ${dir}: ${error instanceof Error ? error.message : String(error)}` }
    return
  }
  for (const path of files.sort()) yield { path }
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

/**
 * Globs for `docsift clean 'pages/**\/*.html'` when the shell did not expand them (quoted, or
 * on Windows). Matching is tinyglobby's; only the base directory (for `--out` names) is ours.
 */
import { isAbsolute } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'

/** Whether an argument holds glob syntax. */
export function isGlob(pattern: string): boolean {
  return isDynamicPattern(pattern)
}

/** The directory part before the first glob segment: output names are relative to it. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const base: string[] = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    base.push(segment)
  }
  if (base.length === segments.length) base.pop()
  const joined = base.join('/')
  return joined === '' ? (pattern.startsWith('/') ? '/' : '.') : joined
}

/** Files matching the pattern, in a stable (sorted) order. */
export function globFiles(pattern: string): string[] {
  // Absolute patterns give absolute paths, relative ones stay relative to the working directory.
  return globSync(pattern, { absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] }).sort()
}

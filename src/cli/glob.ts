/**
 * A small glob for `docsift clean 'pages/**\/*.html'` when the shell did not expand it
 * (quoted, or on Windows): `*`, `?`, `**`, `[abc]` and `{a,b}`, matched against `/` paths.
 * Node 20 has no stable fs.glob; this covers what document trees need without a dependency.
 */

const GLOB_CHARS = /[*?[\]{}]/
const ESCAPE = /[.+^$()|\\]/
const BACKSLASH = /\\/g

/** Whether an argument holds glob syntax. */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern)
}

/** The directory part before the first glob segment, where the walk starts. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const base: string[] = []
  for (const segment of segments) {
    if (isGlob(segment)) break
    base.push(segment)
  }
  if (base.length === segments.length) base.pop()
  const joined = base.join('/')
  return joined === '' ? (pattern.startsWith('/') ? '/' : '.') : joined
}

/** Compiles a glob to an anchored regex over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let out = ''
  let braces = 0
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i)
    if (ch === '*') {
      if (pattern.charAt(i + 1) === '*') {
        const slashAfter = pattern.charAt(i + 2) === '/'
        out += slashAfter ? '(?:[^/]*/)*' : '.*'
        i += slashAfter ? 2 : 1
      } else out += '[^/]*'
    } else if (ch === '?') out += '[^/]'
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end === -1) out += '\\['
      else {
        const body = pattern.slice(i + 1, end).replace(BACKSLASH, '\\\\')
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`
        i = end
      }
    } else if (ch === '{') {
      braces++
      out += '(?:'
    } else if (ch === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (ch === ',' && braces > 0) out += '|'
    else out += ESCAPE.test(ch) ? `\\${ch}` : ch
  }
  return new RegExp(`^${out}$`)
}

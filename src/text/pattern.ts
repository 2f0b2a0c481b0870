/** Building regexes from word lists (the lexicons are data; their patterns are built once, here). */

const SPECIAL = /[.*+?^${}()|[\]\\%]/g

/** Escapes a literal for use inside a regex. */
export function escapeRegExp(literal: string): string {
  return literal.replace(SPECIAL, '\\$&')
}

/**
 * One alternation of the words, escaped and longest first, so that 人次 wins over 人 and
 * 联合举办 over 举办 wherever the regex engine tries them in order.
 */
export function wordAlternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}

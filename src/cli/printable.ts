/**
 * Terminal-safe text: ids and messages come from the data (a JSONL id can hold ESC sequences
 * that rewrite the screen, or a newline that forges a summary line), so every such string is
 * escaped before it reaches stderr.
 */

// C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** The string with every control character written as a visible `\u….` escape. */
export function printable(value: unknown): string {
  return String(value).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

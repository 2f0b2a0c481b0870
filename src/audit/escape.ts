/** HTML escaping for the audit report: every page-derived string passes through here. */

const UNSAFE = /[&<>"']/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for an HTML element body or a quoted attribute value. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(UNSAFE, (ch) => ENTITIES[ch] ?? ch)
}

/** Cheap checks on raw input, run before any parsing. */

const SNIFF_CHARS = 2048
const HTML_START = /^\s{0,200}(?:<!--[\s\S]{0,500}?-->\s{0,50})?<(?:!doctype\s{1,4}html|html[\s>]|head[\s>]|body[\s>]|meta\s|\?xml[^>]{0,200}>\s{0,50}<!doctype\s{1,4}html)/i
const TAG = /<\/?(?:p|div|span|br|a|table|tr|td|li|ul|h[1-6]|section|article|img|meta|link|script|style|b|strong|font)\b[^<>]{0,300}>/gi
const MIN_TAGS = 4

function head(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.slice(0, SNIFF_CHARS)
  return Buffer.from(input.subarray(0, SNIFF_CHARS)).toString('latin1')
}

/**
 * True when the input starts like an HTML document (doctype, `<html>`, `<head>`, `<body>`) or is
 * dense with common tags, so a plain-text page that mentions `<p>` once is not taken for markup.
 * @example
 * looksLikeHtml('<!DOCTYPE html><html><body><p>总结</p></body></html>') // true
 */
export function looksLikeHtml(input: string | Uint8Array): boolean {
  const start = head(input)
  if (HTML_START.test(start)) return true
  let tags = 0
  for (const _ of start.matchAll(TAG)) if (++tags >= MIN_TAGS) return true
  return false
}

/** True when the bytes hold NUL or many control bytes, i.e. are no text at all. */
export function looksBinary(input: string | Uint8Array): boolean {
  const n = Math.min(input.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const code = typeof input === 'string' ? input.charCodeAt(i) : input[i]!
    if (code === 0) return true
    if (code < 0x09 || (code > 0x0d && code < 0x20)) control++
  }
  return n > 0 && control / n > 0.1
}

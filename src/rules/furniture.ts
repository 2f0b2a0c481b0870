/** The furniture verdict shared by the metadata and page-chrome rules: what a line is made of. */
import { furnitureShares, furnitureTokens, type FurnitureKind } from '../text/furniture.js'

// A furniture line is short; a long line that holds a date or a "来源:" is a sentence.
const MAX_LINE = 160
// Words that are no furniture may stand in it, up to this share (a "(实名认证)" remark).
const MAX_TEXT_SHARE = 0.2
const MAX_TEXT_CHARS = 3
const META: readonly FurnitureKind[] = ['meta', 'date', 'counter']
const CHROME: readonly FurnitureKind[] = ['ui', 'site', 'url']

export interface FurnitureVerdict {
  /** metadata when keys, dates and counters make most of it; chrome when interface words and site names do. */
  readonly kind: 'metadata' | 'chrome'
  /** Only machine dates: no key, word or site says what they are (a bare "2024-05-19"). */
  readonly datesOnly: boolean
  readonly tokens: readonly string[]
}

/** The furniture reading of a line, or undefined when it holds text of its own. */
export function furnitureLine(line: string): FurnitureVerdict | undefined {
  if (line.length > MAX_LINE) return undefined
  const tokens = furnitureTokens(line)
  const shares = furnitureShares(tokens)
  if (shares.total === 0 || shares.symbol === shares.total) return undefined
  const textAllowed = Math.max(MAX_TEXT_CHARS, shares.total * MAX_TEXT_SHARE)
  if (shares.text > textAllowed || tokens.some((t) => t.kind === 'text' && /[。!?]/.test(t.text))) return undefined
  const meta = META.reduce((n, k) => n + shares[k], 0)
  const chrome = CHROME.reduce((n, k) => n + shares[k], 0)
  if (meta + chrome === 0) return undefined
  return {
    kind: meta >= chrome ? 'metadata' : 'chrome',
    datesOnly: shares.date > 0 && shares.date + shares.symbol + shares.text === shares.total,
    tokens: tokens.filter((t) => t.kind !== 'symbol' && t.kind !== 'text').map((t) => t.text),
  }
}

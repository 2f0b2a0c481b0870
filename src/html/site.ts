/** Text of a page whose site profile is known: body container, then the profile's layout. */
import type { CheerioAPI } from 'cheerio/slim'
import type { Element } from 'domhandler'
import type { SiteProfile } from '../profiles/index.js'
import { textLength } from './dom.js'
import { linearize, type Line } from './linearize.js'
import { groupByTop, joinLines, positionOf, type Run } from './reflow.js'

const MIN_BODY_CHARS = 20
const LINK_HEAVY = 0.5
const EXCERPT_LABEL = /^\s{0,3}(?:内容提示|内容简介|文档简介|摘要)\s{0,2}[:：]\s{0,2}/

/** What a profile found: lines of text, or why there are none. */
export type SiteText = { lines: string[] } | { empty: string } | null

const proseLines = (lines: readonly Line[]): string[] =>
  lines.filter((l) => l.chars > 0 && l.linkChars / l.chars <= LINK_HEAVY).map((l) => l.text)

function container($: CheerioAPI, profile: SiteProfile): Element | null {
  for (const selector of profile.body) {
    const el = $(selector).toArray().find((e): e is Element => e.type === 'tag' && textLength(e) >= MIN_BODY_CHARS)
    if (el) return el
  }
  return null
}

function positioned($: CheerioAPI, root: Element, selector: string): string[] {
  // Runs are grouped per page (their `top` restarts on every page).
  const pages = new Map<Element, Run[]>()
  for (const el of $(root).find(selector).toArray()) {
    if (el.type !== 'tag') continue
    const pos = positionOf(el.attribs['style'])
    const text = linearize(el).map((l) => l.text).join('')
    if (!pos || !text) continue
    const page = ($(el).closest('.reader-page, .page, [id^="pageNo"]')[0] as Element | undefined) ?? root
    const runs = pages.get(page) ?? []
    runs.push({ text, ...pos })
    pages.set(page, runs)
  }
  return [...pages.values()].flatMap((runs) => groupByTop(runs))
}

function perElement($: CheerioAPI, root: Element, selector: string): string[] {
  const els = $(root).find(selector).toArray().filter((e): e is Element => e.type === 'tag')
  return els.flatMap((el) => proseLines(linearize(el)))
}

function mapChars(lines: string[], map: Readonly<Record<string, string>> | undefined): string[] {
  if (!map) return lines
  return lines.map((line) => [...line].map((ch) => map[ch] ?? ch).join(''))
}

/**
 * Extracts a known site's document text: null when no body container holds text (the caller falls
 * back to generic scoring), `{ empty }` for pages whose containers only scripts would fill.
 */
export function siteText($: CheerioAPI, profile: SiteProfile): SiteText {
  const root = container($, profile)
  if (!root) {
    if (profile.unrendered && $(profile.unrendered.pages).length > 0) return { empty: profile.unrendered.reason }
    return null
  }
  let lines: string[]
  if (profile.layout === 'positioned' && profile.lines) {
    lines = joinLines(positioned($, root, profile.lines))
    if (lines.length === 0) lines = proseLines(linearize(root))
  } else if (profile.layout === 'lines' && profile.lines) {
    const raw = perElement($, root, profile.lines)
    lines = raw.length > 0 ? joinLines(raw) : proseLines(linearize(root))
  } else if (profile.layout === 'excerpt') {
    lines = proseLines(linearize(root)).map((l) => l.replace(EXCERPT_LABEL, ''))
  } else {
    lines = proseLines(linearize(root))
  }
  lines = mapChars(lines, profile.charMap).filter((l) => l.trim() !== '')
  if (lines.length === 0 && profile.unrendered) return { empty: profile.unrendered.reason }
  return lines.length > 0 ? { lines } : null
}

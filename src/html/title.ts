/** Which heading is the document's own title (not the site logo or a section heading). */
import type { CheerioAPI } from 'cheerio/slim'
import { textOf } from './meta.js'

const SPACES = /\s+/g
const MAX_TITLE = 100
// Site names follow the title in <title> after one of these separators.
const TITLE_SEPARATOR = /\s{0,3}(?:[_|｜–—]|-{1,2}|\s-\s)\s{0,3}/

const squash = (s: string): string => s.replace(SPACES, '')

/**
 * The first `<h1>` (then `<h2>`) whose text the page `<title>` repeats, or the profile's title;
 * null when no heading is confirmed by the page title.
 */
export function documentTitle($: CheerioAPI, page: string | null, fromProfile: string | null): string | null {
  if (fromProfile && fromProfile.length <= MAX_TITLE) return fromProfile
  if (!page) return null
  const head = squash(page.split(TITLE_SEPARATOR)[0] ?? page)
  const full = squash(page)
  for (const tag of ['h1', 'h2']) {
    for (const el of $(tag).toArray().slice(0, 10)) {
      if (el.type !== 'tag') continue
      const text = textOf(el).replace(SPACES, ' ').trim()
      const key = squash(text)
      if (key.length < 2 || key.length > MAX_TITLE) continue
      if (full.includes(key) || (head.length >= 4 && key.includes(head))) return text
    }
  }
  return null
}

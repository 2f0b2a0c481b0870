/** Main text of a page from an unknown host: the scored content region, minus link lists. */
import type { CheerioAPI } from 'cheerio/slim'
import type { Element } from 'domhandler'
import { elementsOf, removeAll, textLength } from './dom.js'
import { linearize, type Line } from './linearize.js'
import { chooseContent, linesWithin, spans } from './score.js'

const LINK_HEAVY = 0.5
// Class/id words of page furniture (readability's list plus Chinese-site habits) …
const UNLIKELY =
  /-ad-|banner|breadcrumb|crumb|combx|comment|community|disqus|extra|footer|gdpr|header|legends|menu|related|relate|remark|replies|reply|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|pagination|pager|popup|recommend|hotnews|copyright|toolbar|login|pinglun|xgwz|share/i
// … unless the same name also says it is the content.
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow|text|detail/i
// A furniture-named block holding this share of the page's text is the content after all.
const UNLIKELY_MAX_SHARE = 0.5

const keep = (l: Line): boolean => l.chars > 0 && l.linkChars / l.chars <= LINK_HEAVY

function dropFurniture(body: Element): void {
  const total = textLength(body)
  const doomed = elementsOf(body).filter((el) => {
    if (el.name === 'a' || el.name === 'body' || el.name === 'html') return false
    const name = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`
    if (name.length < 3 || !UNLIKELY.test(name) || MAYBE_CONTENT.test(name)) return false
    return textLength(el) < total * UNLIKELY_MAX_SHARE
  })
  removeAll(doomed)
}

/** The lines of the best content region under `body`, or all link-poor lines when no line reads like prose. */
export function genericText($: CheerioAPI, body: Element): string[] {
  dropFurniture(body)
  const lines = linearize(body)
  const choice = chooseContent(body, lines)
  if (!choice) return lines.filter(keep).map((l) => l.text)
  return linesWithin(lines, choice.members, spans(body)).filter(keep).map((l) => l.text)
}

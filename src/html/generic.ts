/** Main text of a page from an unknown host: the scored content region, minus link lists. */
import type { Element } from 'domhandler'
import { linearize, type Line } from './linearize.js'
import { chooseContent, linesWithin, spans } from './score.js'

const LINK_HEAVY = 0.5

const keep = (l: Line): boolean => l.chars > 0 && l.linkChars / l.chars <= LINK_HEAVY

/** The lines of the best content region under `body`, or every prose-free line when nothing scores. */
export function genericText(body: Element): string[] {
  const lines = linearize(body)
  const choice = chooseContent(body, lines)
  if (!choice) return lines.filter(keep).map((l) => l.text)
  return linesWithin(lines, choice.members, spans(body)).filter(keep).map((l) => l.text)
}

/**
 * A naive line classifier for tests and the devset script: one block per non-empty line,
 * marker lines become headings (short) or list items (sentences). The real cleaner does better.
 */
import type { Block } from '../../schema.js'
import { markerLevel } from '../../text/markers.js'
import { extractActivities } from './index.js'

const SENTENCE_END = /[。;；!！?？]/
const MAX_HEADING = 30
const MAX_TITLE = 40

/** Builds a cleaned-document stand-in (`text` + `blocks`) from lines; a short first line is the title unless told otherwise. */
export function linesToBlocks(lines: readonly string[] | string, opts: { title?: boolean } = {}): { text: string; blocks: Block[] } {
  const list = (typeof lines === 'string' ? lines.split('\n') : [...lines]).map((l) => l.trim()).filter((l) => l.length > 0)
  const blocks: Block[] = []
  let offset = 0
  list.forEach((line, i) => {
    blocks.push({ ...classify(line, i === 0 && opts.title !== false && line.length <= MAX_TITLE), text: line, offset, sourceOffset: offset, doc: 0 })
    offset += line.length + 1
  })
  return { text: list.join('\n'), blocks }
}

function classify(line: string, first: boolean): Pick<Block, 'kind' | 'level'> {
  if (first) return { kind: 'title' }
  const level = markerLevel(line)
  if (level === 0) return { kind: 'paragraph' }
  // A marker line that runs on past a sentence end is an item, not a heading.
  const body = line.replace(/[。:：]\s*$/, '')
  const heading = body.length <= MAX_HEADING && !SENTENCE_END.test(body)
  return { kind: heading ? 'heading' : 'list-item', level }
}

/** The activity names the extractor reads from lines (built as `linesToBlocks` builds them). */
export function activityNames(lines: readonly string[]): string[] {
  const { text, blocks } = linesToBlocks(lines)
  return extractActivities(text, blocks).map((a) => a.name)
}

/**
 * The document's outline: its heading blocks with their levels, in order.
 */
import type { Block, Section } from '../../schema.js'

const TRAILING = /[\s::。]+$/
const DEFAULT_LEVEL = 1

/**
 * Headings of the cleaned document in order (the title is not a section).
 * @example extractSections(blocks)[0] // { heading: '一、基本情况', level: 1, offset: 12 }
 */
export function extractSections(blocks: readonly Block[]): Section[] {
  return blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => {
      const lead = b.text.length - b.text.trimStart().length
      return { heading: b.text.trim().replace(TRAILING, ''), level: b.level ?? DEFAULT_LEVEL, offset: b.offset + lead }
    })
    .filter((s) => s.heading.length > 0)
}

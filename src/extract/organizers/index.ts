/**
 * Organising units of a summary: the unit that writes it, the units that lead, host, organise or
 * take part in the work as partners or members, and the bodies it set up. Each frame is a small
 * module; this one runs them and keeps each unit once, at its first mention.
 */
import type { Organizer } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { agents } from './agent.js'
import { authors } from './author.js'
import { founded } from './founded.js'
import { leaders } from './leaders.js'
import type { UnitName } from './names.js'
import { partners } from './partners.js'
import { subjects } from './subjects.js'
import { beforeVerbs } from './verbs.js'

/** The frames, in no particular order: each returns the units it names in the folded text. */
const FRAMES: readonly ((folded: string) => UnitName[])[] = [authors, agents, beforeVerbs, founded, subjects, leaders, partners]

/**
 * Units that organised, led or took part in the work, deduplicated by name, at their first mention.
 * @example extractOrganizers('县科技局、县科协联合举办了科技周。').map((o) => o.text) // ['县科技局', '县科协']
 */
export function extractOrganizers(text: string): Organizer[] {
  const folded = fold(text)
  const found = FRAMES.flatMap((frame) => frame(folded))
  const byName = new Map<string, Organizer>()
  for (const u of found.sort((a, b) => a.offset - b.offset)) {
    if (byName.has(u.text)) continue
    const first = folded.indexOf(u.text)
    const offset = first >= 0 ? first : u.offset
    // Report the caller's characters (traditional, full-width) when the name stands in the text;
    // a completed name (镇党委、政府 → 镇政府) has no verbatim slice and keeps its folded form.
    const literal = folded.slice(offset, offset + u.text.length) === u.text
    byName.set(u.text, { text: literal ? text.slice(offset, offset + u.text.length) : u.text, offset })
  }
  return [...byName.values()].sort((a, b) => a.offset - b.offset)
}

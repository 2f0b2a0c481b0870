/**
 * What our parsers and refiners tell the converter beyond chrono's components, carried as
 * chrono result tags (`docsift/<name>` or `docsift/<name>=<value>`).
 */
import type { ParsedComponents, ParsedResult, ParsingComponents, ParsingResult } from 'chrono-node'
import type { DateMention, Grain } from '../../schema.js'

type Kind = DateMention['kind']
const PREFIX = 'docsift/'

/**
 * Boolean flags: fuzzy, openEnd, unresolved, relativeYear (year counted from the document year),
 * relative (counted from the reference instant: 今天, 上周三, 3天前), holiday (a holiday's day or
 * break), holidayReference (长假期间: the break of the holiday named last).
 */
export type Flag = 'fuzzy' | 'openEnd' | 'unresolved' | 'relativeYear' | 'relative' | 'holiday' | 'holidayReference'

/** Marks the grain of a result (quarter, half-year, … that chrono cannot express). */
export function setGrain(target: ParsingComponents | ParsingResult, grain: Grain): void {
  target.addTag(`${PREFIX}grain=${grain}`)
}

/** Marks the kind of a result (period, asof, recurring, placeholder). */
export function setKind(target: ParsingComponents | ParsingResult, kind: Kind): void {
  target.addTag(`${PREFIX}kind=${kind}`)
}

/** Sets a boolean flag. */
export function setFlag(target: ParsingComponents | ParsingResult, flag: Flag): void {
  target.addTag(PREFIX + flag)
}

function tagValue(tags: ReadonlySet<string>, name: string): string | undefined {
  const head = `${PREFIX}${name}=`
  // The last tag wins, so a refiner can override what a parser said.
  let found: string | undefined
  for (const tag of tags) if (tag.startsWith(head)) found = tag.slice(head.length)
  return found
}

/** The grain tagged on one side of a result (a range's end keeps the grain of the date it came from). */
export function componentsGrain(components: ParsedComponents): Grain | undefined {
  return tagValue(components.tags(), 'grain') as Grain | undefined
}

/**
 * Everything the converter reads from a result's tags, from one read of them (chrono builds a new
 * Set on every `tags()` call, which on a page of many dates cost more than the parse).
 */
export function readTags(result: ParsedResult): { grain: Grain | undefined; kind: Kind | undefined; start: ReadonlySet<string>; flags: ReadonlySet<string> } {
  const start = result.start.tags()
  // A result's own tags are its start's and its end's.
  const flags = result.end ? result.tags() : start
  return { grain: tagValue(start, 'grain') as Grain | undefined, kind: tagValue(start, 'kind') as Kind | undefined, start, flags }
}

/** Whether a flag is among tags read with `readTags`. */
export function flagIn(tags: ReadonlySet<string>, flag: Flag): boolean {
  return tags.has(PREFIX + flag)
}

/** Whether a boolean flag is set on the result (its start or the result itself). */
export function hasFlag(result: ParsedResult, flag: Flag): boolean {
  return result.tags().has(PREFIX + flag)
}

/** A copy of components with their tags (chrono's `clone()` leaves the tags behind). */
export function cloneComponents(components: ParsingComponents): ParsingComponents {
  const out = components.clone()
  out.addTags(components.tags())
  return out
}

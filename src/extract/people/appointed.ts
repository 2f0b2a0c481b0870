/**
 * Appointments: "以许某、曹某为副组长", "以潘某、蒋某等为组员", and staffing lines "组长:王某
 * 副组长:刘某某李某某" whose names run together or stand apart with spaces.
 */
import type { Person } from '../../schema.js'
import { hasSurname, plausibleName, ROLES } from './names.js'

/** Spaces inside a line (not a line break). */
const GAP = '[ \\t\\u3000]'
const GAPS = new RegExp(`${GAP}+`, 'g')
const APPOINTED = new RegExp(`以((?:[\\u4e00-\\u9fff]{2,3}、){0,5}[\\u4e00-\\u9fff]{2,3})等?为(${ROLES})`, 'g')
/**
 * "组长:王某", "副组长:刘某某 李某某": a role, a colon, then the names (run together or spaced) up to the
 * next role, a line break or punctuation.
 */
// A table spaces a two-character key to the width of the others ("组　长:", "成　员:").
const SPACED_ROLES = ROLES.split('|').map((r) => (r.length === 2 ? `${r[0]}${GAP}?${r[1]}` : r)).join('|')
const STAFFING = new RegExp(
  `(${SPACED_ROLES})[::]\\s*([\\u4e00-\\u9fff]{2,12}?(?:${GAP}+[\\u4e00-\\u9fff]{2,12})*)(?=${GAP}*(?:${ROLES})[::]|${GAP}*(?:[\\n,。;、(]|$)|${GAP}+[^\\u4e00-\\u9fff]|${GAP}+[\\u4e00-\\u9fff]{2,6}[::])`, 'g',
)
const NAME_LENGTHS = [3, 2] as const

/** People appointed to a role. */
export function appointed(text: string, folded: string): Person[] {
  const listed = [...folded.matchAll(APPOINTED)].flatMap((m) => {
    let at = m.index + 1
    return m[1]!.split('、').flatMap((name) => {
      const offset = at
      at += name.length + 1
      // "以刘建国校长为组长": the name then carries its own role, left to the name-first reader.
      if (!plausibleName(name, false)) return []
      return [{ name: text.slice(offset, offset + name.length), role: m[2]!, text: text.slice(offset, offset + name.length), offset }]
    })
  })
  const staffing = [...folded.matchAll(STAFFING)].flatMap((m) => {
    const at = m.index + m[0].length - m[2]!.length
    return spacedRuns(m[2]!).map(([from, name]) => ({ name: text.slice(at + from, at + from + name.length), role: m[1]!.replace(GAPS, ''), text: text.slice(at + from, at + from + name.length), offset: at + from }))
  })
  return [...listed, ...staffing]
}

/** The names of a staffing value, its spaced runs read in turn up to the first that holds no names ("学生处 总务处"), past a unit that opens it. */
function spacedRuns(value: string): [number, string][] {
  const out: [number, string][] = []
  let at = 0
  const runs = value.split(GAPS)
  for (const [k, run] of runs.entries()) {
    const from = value.indexOf(run, at)
    const names = splitNames(run)
    // The unit the names work in may come first ("联系人:教导处 唐佳慧").
    if (names.length === 0 && k === 0 && runs.length > 1) {
      at = from + run.length
      continue
    }
    if (names.length === 0) break
    out.push(...names.map(([k, name]): [number, string] => [from + k, name]))
    at = from + run.length
  }
  return out
}

/** Names run together ("刘某某李某某计某某"): cut into runs of three (else two) that each open with a surname. */
function splitNames(run: string): [number, string][] {
  for (const size of NAME_LENGTHS) {
    if (run.length % size !== 0) continue
    const parts: [number, string][] = []
    for (let i = 0; i < run.length; i += size) parts.push([i, run.slice(i, i + size)])
    if (parts.every(([, p]) => hasSurname(p) && plausibleName(p, false))) return parts
  }
  return []
}

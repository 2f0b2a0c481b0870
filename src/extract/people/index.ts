/**
 * People named with a position: role before name (副县长李玉龙同志), name before role (刘建国校长),
 * appointment and staffing lists (以张明、王芳为副组长; 组长:王某), names listed under one role, and
 * people vouched for by a courtesy or a signature. A title alone (副总经理, 李校长) is no person.
 */
import type { Person } from '../../schema.js'
import { fold } from '../../text/fold.js'
import { appointed } from './appointed.js'
import { unranked } from './courtesy.js'
import { nameFirst } from './name-first.js'
import { roleFirst } from './role-first.js'

/**
 * People with their role, deduplicated by name, in text order; a role found anywhere wins over none.
 * @example extractPeople('副县长李玉龙同志主持启动仪式')[0] // { name: '李玉龙', role: '副县长', … }
 */
export function extractPeople(text: string): Person[] {
  const folded = fold(text)
  const found: Person[] = [...roleFirst(text, folded), ...appointed(text, folded), ...nameFirst(text, folded), ...unranked(text, folded)]
  const byName = new Map<string, Person>()
  for (const p of found) {
    const seen = byName.get(p.name)
    if (!seen || (seen.role === null && p.role !== null)) byName.set(p.name, p)
  }
  return [...byName.values()].sort((a, b) => a.offset - b.offset)
}

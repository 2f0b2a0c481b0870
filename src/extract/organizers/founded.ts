/**
 * The body a summary says was set up: "成立了以…为组长的文明创建领导小组", "演练成立现场指挥部".
 */
import { unitsIn, type UnitName } from './names.js'

/** 成立(了)…领导小组: the body set up, named after the last 的/为/以 before its head noun. */
const FOUNDED = /成立(?:了)?([^。;!?\n]{0,40}?(?:领导小组办公室|领导小组|工作小组|工作组|指挥部办公室|指挥部|委员会|组委会|办公室))/g
const FOUNDED_CUT = /[的,、为以]/

/** Bodies set up by the work. */
export function founded(folded: string): UnitName[] {
  return [...folded.matchAll(FOUNDED)].flatMap((m) => {
    const body = m[1]!
    let cut = body.length
    while (cut > 0 && !FOUNDED_CUT.test(body[cut - 1]!)) cut--
    const start = m.index + m[0].length - body.length + cut
    const name = folded.slice(start, m.index + m[0].length)
    return name.length >= 2 ? unitsIn(name, start) : []
  })
}

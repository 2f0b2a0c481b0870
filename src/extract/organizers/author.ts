/**
 * The unit that writes: "我代表XX镇人民政府,向大会报告", "受XX村村民委员会的委托", "纪委书记
 * 王某代表公司党委为…送上祝福"; and the unit a report title names ("市民政局2018年度上半年工作总结").
 */
import { AUTHOR_OPENERS } from '../../lexicon/organizations.js'
import { isDateLine } from '../../text/date-line.js'
import { wordAlternation } from '../../text/pattern.js'
import { tag } from '../../text/segment.js'
import { headLength, nameOf, readList, type UnitName } from './names.js'

const VOICE = new RegExp(`(?:${wordAlternation(AUTHOR_OPENERS)})([^,。;:\\n]{2,24}?)(?=的委托|委托|[,向为对])`, 'g')
/** Leading noise of a title line: 第1篇, brackets, a year. */
const TITLE_LEAD = /^(?:第\d{1,2}篇|篇[一二三四五六七八九十\d]{1,2}[:、]?|[【《(“"\s])*(?:(?:\d{2}[\dxX×_*]{2}|[xX×_*]{4}|\d{2})年?度?)?(?:上半年|下半年|本年度|年度|全年)?/
/** What follows the unit in a title: a year, a period or the report word. */
const TITLE_NEXT = /^(?:(?:\d{2}[\dxX×_*]{2}|[xX×_*]{4})年|年度|年终|上半年|下半年|[^,。]{0,12}?(?:工作)?(?:总结|计划|汇报|报告|方案|要点))/
const REPORT_WORD = /(?:总结|计划|汇报|报告|方案|要点|述职)/
const MAX_TITLE = 60
const MAX_NAME = 20

/** The unit speaking in the author voice, and the unit a report's title line names. */
export function authors(folded: string): UnitName[] {
  const voiced = [...folded.matchAll(VOICE)].flatMap((m) => {
    const list = readList(m[1]!, m.index + m[0].length - m[1]!.length)
    return list.clean ? list.units : []
  })
  return [...titleUnit(folded), ...voiced, ...signatureUnits(folded)]
}

// A signature: the unit's name alone on a line (or two units on consecutive lines), its date on the next.
const SIGNATURE_LINE = /^\s*([\u4e00-\u9fff()（）]{3,30})\s*$/
const MAX_SIGNERS = 2

/** The units that sign the document: the lines right above a date line at its end. */
function signatureUnits(folded: string): UnitName[] {
  const lines = folded.split('\n')
  const out: UnitName[] = []
  const starts: number[] = []
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at)
  for (let i = lines.length - 1; i >= 1; i--) {
    if (!isDateLine(lines[i]!)) continue
    let signers = 0
    for (let j = i - 1; j >= 0 && signers < MAX_SIGNERS; j--) {
      if (lines[j]!.trim() === '') continue
      signers++
      const m = SIGNATURE_LINE.exec(lines[j]!)
      const name = m ? nameOf(m[1]!, starts[j]! + lines[j]!.indexOf(m[1]!)) : undefined
      if (!name) break
      out.push(name)
    }
    break
  }
  return out
}

function titleUnit(folded: string): UnitName[] {
  const lineEnd = folded.indexOf('\n')
  const line = folded.slice(0, lineEnd < 0 ? folded.length : lineEnd)
  if (line.length > MAX_TITLE || !REPORT_WORD.test(line)) return []
  const from = TITLE_LEAD.exec(line)?.[0].length ?? 0
  // A one-character head ends where a word ends: "县科协科普工作总结" is 县科协 + 科普, not 县科协科 + 普.
  const ends = new Set<number>()
  let at = from
  for (const t of tag(line.slice(from))) ends.add((at += t.word.length))
  for (let p = Math.min(line.length, from + MAX_NAME); p >= from + 2; p--) {
    if (!TITLE_NEXT.test(line.slice(p)) || (!ends.has(p) && headLength(line.slice(from, p)) < 2)) continue
    // The whole prefix is one name: "南县住房和城乡建设局" is not a list.
    const name = nameOf(line.slice(from, p), from)
    if (name) return [name]
  }
  return []
}

/**
 * Units that open a clause as its subject and act: "连州市总工会日前在…举办", "xx县图书馆对本次
 * 活动进行了精心策划", "桐木镇纪委推行…", "区委宣传部、区安监局…等单位印发了…". The author unit
 * of a title line ("XX中学团委工作总结") reads the same way.
 */
import { clausesOf, nameGoesOn, predicateAt } from './clauses.js'
import { endsLikeUnit, readList, type UnitName } from './names.js'

/** What may stand before a subject: list markers, 由/我们, and the time the clause is about. */
const SUBJECT_LEAD = new RegExp(
  '^(?:' +
    [
      // Dates and times first, so a year is not read digit by digit.
      '(?:\\d{2,4}|[xX×_*]{2,4})年(?:度|上半年|下半年|初|底|末|以来)?',
      '\\d{1,2}月份?(?:\\d{1,2}[日号])?(?:上午|下午|晚上|晚|初|中旬|下旬|底|末)?',
      '(?:星期|周)[一二三四五六日天]', '昨日|昨天|今日|今天|当日|当天|近日|日前|近期|目前|今年(?:以来)?|一年来|年初|年底',
      '[一二三四五六七八九十]{1,2}[是、]', '由|经(?![过济验常营费典理历销纪])|我们', '[\\s\\d/.:-]',
    ].join('|') +
    ')*',
)
/** A title line: the unit, then the year or the report it writes. */
const REPORT_NEXT = /^(?:(?:\d{4}|[xX×_*]{2,4})年度?|年度|年终|上半年|下半年|工作(?:总结|计划|汇报|报告|要点)|(?:述职)?(?:总结|计划|汇报|报告|方案))/
const MAX_SUBJECT = 60
const MIN_SUBJECT = 2

/** Units that open a clause and go on with what they did. */
export function subjects(folded: string): UnitName[] {
  return clausesOf(folded).flatMap((c) => clauseSubject(folded, c.start, c.end))
}

/** The units a clause opens with, when a predicate (or a report title word) follows them directly. */
function clauseSubject(folded: string, start: number, end: number): UnitName[] {
  const lead = SUBJECT_LEAD.exec(folded.slice(start, end))?.[0].length ?? 0
  const from = start + lead
  for (let p = from + MIN_SUBJECT; p < Math.min(end, from + MAX_SUBJECT); p++) {
    const head = folded.slice(from, p)
    // A subject never holds 的 ("按照县委的部署开展" is no subject).
    if (head.includes('的')) return []
    if (!endsLikeUnit(head) || nameGoesOn(folded, from, p, end)) continue
    const list = readList(head, from)
    const next = REPORT_NEXT.test(folded.slice(p, end)) || predicateAt(folded, p, end)
    // The first unit head a predicate follows is the subject: "工会围绕市党委…" does not read on to 市党委.
    if (next) return list.clean ? list.units : []
  }
  return []
}

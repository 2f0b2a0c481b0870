import { CREDIT_KEYS } from '../../lexicon/furniture.js'
import { CLOSE_BRACKETS, FULL_STOP, hanCount, LIST_BULLETS, OPEN_BRACKETS } from '../../text/chars.js'
import { isDateLine } from '../../text/date-line.js'
import { furnitureCodes, leadingMetadataEnd } from '../../text/furniture.js'
import { escapeRegExp, wordAlternation } from '../../text/pattern.js'
import { looksLikeTitle } from '../../text/title.js'
import type { Rule } from '../types.js'
import { DATA_RECORDS } from '../furniture.js'
import { posterTail } from './poster-line.js'

// The line before the metadata must be a line of its own words: a title or a sentence.
const MIN_HEAD_HAN = 6
const READS_WORD = /^[(（\[【〔]?\s?(?:已阅|阅读|浏览|点击)/
const STARS = /^[★☆]{3,5}/
const EMPTY_COUNTER_END = /\s?(?:点击|浏览|阅读|访问)(?:次数|数|量)?\s?[:：]\s*$/
const POSTED_TIME = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s\d{1,2}:\d{2}/
const LIST_BULLET = new RegExp(`^\\s*[${LIST_BULLETS}*\\-]`)
const POSTER_BEFORE_TAIL = /[。!?！？]\s*([^\s。!?！？,，;；:：]{1,12}\s?[·•|｜]\s?)$/
const OPEN = `[${escapeRegExp(OPEN_BRACKETS)}]`
const CLOSE = `[${escapeRegExp(CLOSE_BRACKETS)}]`
const OPENERS = new RegExp(OPEN, 'g')
const CLOSERS = new RegExp(CLOSE, 'g')
const BRACKET_CELL = new RegExp(`\\s*${OPEN}\\s*$`)
const CLOSER_AT_END = new RegExp(`${CLOSE}\\s*$`)
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0

/**
 * Where a line's metadata tail begins ("…圣诞节活动 发布日期:2013-12-25 点击次数:8283"), or -1: the
 * longest suffix made only of page furniture (keys with their values, machine dates, counters),
 * opening with a key, holding a machine date or a counter, after a head of real words.
 */
export function metadataTail(line: string): number {
  const { kinds } = furnitureCodes(line)
  // A counter key whose value the scraper lost closes the tail ("…日期:2023-07-14 点击:"): the walk starts before it.
  const empty = EMPTY_COUNTER_END.exec(line)
  let start = empty ? empty.index : kinds.length
  while (start > 0 && kinds[start - 1] !== 'text' && kinds[start - 1] !== 'ui' && kinds[start - 1] !== 'site') start--
  // Skip the separators at its front: the tail opens with its first key.
  while (start < kinds.length && kinds[start] === 'symbol') start++
  // It opens with a key, or with a reader counter that carries its own ("阅读 1207 次", "〔已阅 1207 次〕").
  // A list item's count ("▪ 某某述职报告范文 阅读 1.2万") belongs to its related list, which goes whole.
  const tail = kinds.slice(start)
  // …or with the time the page was posted, a key after it ("…述职报告 2024-01-22 10:31 来源:本站").
  const posted = kinds[start] === 'date' && POSTED_TIME.test(line.slice(start)) && tail.includes('meta')
  if (start >= kinds.length || (kinds[start] !== 'meta' && !posted && !(kinds[start] === 'counter' && (READS_WORD.test(line.slice(start)) || STARS.test(line.slice(start))) && !LIST_BULLET.test(line)))) return -1
  // After a date line any key's value goes ("2023年7月5日  责任编辑:某某"); after words, a key with no date, counter or
  // number may be the line's own.
  const afterDate = isDateLine(line.slice(0, start).replace(/[\s(（【\[〔]+$/, '').trim())
  if (!afterDate && !tail.includes('date') && !tail.includes('counter') && !/\d/.test(line.slice(start))) return -1
  const tailText = line.slice(start)
  // A source naming the records the figures come from ("来源:镇统计站2023年度统计报表") is the document's note.
  if (FULL_STOP.test(tailText) || DATA_RECORDS.test(tailText)) return -1
  const head = line.slice(0, start)
  // After a title, the stamp goes and the title stays; a line of the stamp alone, or after anything else, is left to
  // the line rules, which read it whole and in its neighbours' context.
  if (posted && !looksLikeTitle(head)) return -1
  // A bracket opened right before the tail and closed at the line's end holds the page's cell
  // ("…工作计划［来源:县农业农村局|2024-01-09］"): the bracket goes with it.
  const cell = BRACKET_CELL.exec(head)
  if (cell && CLOSER_AT_END.test(tailText) && count(tailText, CLOSERS) === count(tailText, OPENERS) + 1) {
    return hanCount(head) - hanCount(cell[0]) >= MIN_HEAD_HAN || afterDate ? cell.index : -1
  }
  // Inside a sentence or a bracket ("(客服在线时间:9:00-18:30)。") it belongs to that sentence; a counter's own
  // brackets ("阅读(2517)") open and close inside the tail.
  if (count(tailText, CLOSERS) > count(tailText, OPENERS)) return -1
  const open = count(head, OPENERS) > count(head, CLOSERS)
  // A speech's date line may carry it too ("(2024年3月19日)发布:县委办公室 阅读:2046").
  return (hanCount(head) >= MIN_HEAD_HAN || isDateLine(head.trim())) && !open && !/[,,、]\s*$/.test(head) ? start : -1
}

// The credits a news page closes a story with, in brackets after its last sentence ("…向好。(责编:某某 审校:某某)",
// "(文/校团委 图/宣传中心 责编:某某)"): the keys of who wrote, shot, edited and checked it, each with a short value.
// The source stands among them ("(来源:某某县消防救援大队 编辑:某某)", "(来源:某某文旅)"); a bracket that opens on
// 数据来源 cites the report's figures and matches no key at its start.
const SOURCE_KEYS = ['来源', '稿源', '信息来源', '文章来源', '图片来源'] as const
const CREDIT_KEY = `(?:${wordAlternation([...CREDIT_KEYS, ...SOURCE_KEYS])})`
// A WeChat article's credits run unbracketed after its last sentence ("…生活方式。文章来源|某某股 编辑:某某 审核:某某
// 监制:某某"): two keys or more, its desk's own among them.
const DESK_KEYS = ['监制', '出品', '策划', '统筹', '排版', '校对', '录入', '文章录入']
const CREDIT_RUN = new RegExp(
  `(?<=[。!?！？]["”’」』]?)\\s*(?:(?:${wordAlternation([...CREDIT_KEYS, ...SOURCE_KEYS, ...DESK_KEYS])})\\s?[:：|｜丨/]\\s?[^\\s。,，;；:：|｜]{1,12}\\s*){2,6}$`,
)
// The outlet may open them ("(某某发布 通讯员 某某)"), a reporter's rank the key ("(学生记者 某某 摄影 某某)"), and a
// space may part a key from its name.
const CLOSING_CREDITS = new RegExp(`(?<=[。!?！？]["”’」』]?|\\d日)\\s*[(（【〖〔]\\s*(?:(?:[\\u4e00-\\u9fffA-Za-z]{2,12}\\s)?(?:[\\u4e00-\\u9fff]{1,3}(?=记者|通讯员))?(?:${CREDIT_KEY}\\s?[:：/丨|\\s]\\s?[^\\s()（）【】:：]{1,12}\\s*){1,5}|[\\u4e00-\\u9fff]{2,14}(?:供稿|整理|报道|撰稿))[)）】〗〕]\\s*$`)
// Credits whose spaces a long line lost ("…23种。(学生记者某某某摄影某某)"): two keys of two characters or more, each
// with a name of two or three; one key alone may be the sentence's own ("(通讯员队伍建设)").
const NAMED_KEY = `(?:[\\u4e00-\\u9fff]{0,3}(?=记者|通讯员))?(?:${wordAlternation(CREDIT_KEYS.filter((k) => k.length >= 2))})[\\u4e00-\\u9fff]{2,3}`
// The unspaced credits need a reporter's or editor's key on the line.
const UNSPACED_HINT = /记者|通讯员|摄影|编辑|审核|撰稿|供稿|校对|作者/
const CLOSING_CREDITS_UNSPACED = new RegExp(`(?<=[。!?！？]["”’」』]?)\\s*[(（]${NAMED_KEY}(?:${NAMED_KEY}){1,4}[)）]\\s*$`)
// A personal library's shelf the text was filed on, glued after a line or standing alone ("某某教导处 来自: 某某馆 >《班主任资料》").
const SHELF_TAIL = /\s*来自\s?[:：]\s?[^\s>＞›》]{2,16}\s?[>＞›]\s?《[^》]{1,24}》\s*$/
// A source line glued after the last sentence ("…的温度。来源:某某街道社区服务中心"); a table's "数据来源" is the report's.
const CLOSING_SOURCE = new RegExp(`(?<=[。!?！？])\\s*(?<!数据)(?:${wordAlternation([...SOURCE_KEYS, '供稿'])})\\s?[:：]\\s?[^\\s。,，;；:：]{2,20}\\s*$`)

export const trailingKeyValue: Rule = {
  id: 'metadata/trailing-key-value',
  kind: 'metadata',
  description: 'Metadata glued to the end of a title or sentence line (…活动 发布日期:2013-12-25 点击次数:8283), or before a paragraph (发布者:某某日期:2021-03-31阅读:4126次为弘扬…): the keys and values go, the words stay',
  scope: 'inline',
  test: (block) => {
    const head = leadingMetadataEnd(block.text)
    if (head > 0) return { reason: `page metadata glued before the paragraph (${block.text.slice(0, head).trim().slice(0, 40)})`, spans: [[0, head]] }
    const shelf = block.folded.includes('来自') ? SHELF_TAIL.exec(block.folded) : null
    if (shelf) return { reason: "the library shelf the text was filed on", spans: [[shelf.index, block.text.length]] }
    const credits = CLOSING_CREDITS.exec(block.folded) ?? (UNSPACED_HINT.test(block.folded) ? CLOSING_CREDITS_UNSPACED.exec(block.folded) : null) ?? CLOSING_SOURCE.exec(block.folded) ?? CREDIT_RUN.exec(block.folded)
    if (credits) return { reason: `the story's credits after its last sentence (${credits[0].trim().slice(0, 40)})`, spans: [[credits.index, block.text.length]] }
    // A forum opener's stamp glued after the title ("…工作总结 楼主:某某 | 发表于 2023-11-20 21:07 | 只看该作者").
    const poster = posterTail(block.folded)
    if (poster >= 0) return { reason: `the poster's stamp after the line (${block.text.slice(poster).trim().slice(0, 40)})`, spans: [[poster, block.text.length]] }
    let start = metadataTail(block.text)
    // A tail that is the whole line is no tail: the line is key-value's to judge (it spares a line of the document's figures).
    if (start <= 0) return undefined
    // The poster's name before the stamp, after the last sentence ("…落到实处。某某某 · 编辑于 2024-01-16"), is the stamp's.
    const signed = POSTER_BEFORE_TAIL.exec(block.text.slice(0, start))
    if (signed) start = signed.index + signed[0].length - signed[1]!.length
    const end = block.text.length
    return { reason: `page metadata after the line (${block.text.slice(start).trim().slice(0, 40)})`, spans: [[start, end]] }
  },
  examples: {
    drop: ['服务居民1100余人次。(某某发布 通讯员 某某)', '观察记录鸟类23种。(学生记者 某某某 摄影 某某)', '观察记录鸟类23种。(学生记者某某某摄影某某)', '对管护不力的乡镇相应扣减资金。〔责任编辑:某某某 审核:某某某〕', '下一步街道将建立长效管理机制。(图片来源:某某街道城管办)', '为新学年工作打下基础。文章录入:qdadmin 责任编辑:某老师', '让文化节的热度转化为社区治理的温度。来源:某某街道社区服务中心', '2024年1月10日　〖责任编辑:钱某某〗', '社区开展重阳节敬老活动 发布时间:2021-10-14 浏览次数:362', '某某街道办事处主任2023年度述职报告 2024-01-22 10:31 来源:本站', '(2024年3月19日)发布:县委办公室 阅读:2046 日期:2024-03-21', '2023年7月5日  责任编辑:某某某', '(2024年2月26日) 〔发布时间:2024-03-01〕 〔来源:县委组织部〕 〔点击率:1205〕', '2024年1月25日  来稿|秘书处宣传部', '某某镇中心小学教导处 来自: 某某听雨馆 >《班主任资料》', '某某水务集团2023年上半年生产经营工作总结 来源:集团办公室 日期:2023-07-14 点击:', '县农业农村局2022年工作总结来源:县农业农村局 时间:2023-01-05', '发布者:某某小编日期:2021-03-31阅读:4126次为弘扬雷锋精神,学院组织了志愿服务活动。', '通讯员:某某某 摄影:某某 今年6月是全国“安全生产月”,公司开展了系列活动。', '通讯员 某某某 报道:2023年,我镇坚持人民至上,全面落实安全生产责任制。', '记者 某某某 通讯员 某某 按照省、市统一部署,9月5日至11日,我院在全县开展义诊活动。', '来源:某某县妇联 | 编辑:某某某2023年3月,县妇联开展了系列活动。', '全县安全生产形势稳定向好。(责编:韩某 审校:戴某)', '持续擦亮志愿服务品牌。(文/校团委 图/宣传中心 责编:方某)', '活动取得圆满成功。(某某镇中心小学供稿)', '全年办结率100%。【责任编辑:某某】', '“毕业后我想回到家乡当一名乡村教师。”(编辑:某某 审核:某某)', '澜溪县2023年防汛抗旱工作总结 DOCX · 6页 · 38.5KB', '上传人:abc_wk 日期:2023/07/04 浏览:1,382次  根据市安委会统一部署,开发区开展了安全生产月活动。', '发布时间:2023-09-14 10:32 来源:县融媒体中心 浏览:1856次9月13日,县“金秋助学”活动总结会召开。', '2023年某某镇防汛防台工作总结 楼主:溪畔老周 | 发表于 2023-11-20 21:07 | 只看该作者', '某某县农业农村局2024年工作计划［来源:县农业农村局|2024-01-09］', '全月参与群众达4.2万人次。(来源:某某文旅 编辑:某某)', '确保各项工作落到实处。贺某某 · 编辑于 2024-01-16', '某某医院党委2023年度党建工作总结〔已阅 1207 次〕', '某某街道2023年垃圾分类工作总结 ★★★★☆ 4.6分', '让读书成为师生的生活方式。文章来源|基础教育股 编辑:苏某 审核:郑某某 监制:何某某'],
    keep: [
      '记者节期间,社区组织开展了新闻写作培训。', '通讯员队伍建设按照“一村一员”配备。',
      '▪ 财务科长述职报告范文 阅读 1.2万', '全年加强宣传队伍建设。(通讯员队伍建设)', '培训骨干42人。(编辑部组织审核人员学习)', '全年共编印简报24期 1207次',
      '全年GDP增长6.2%。数据来源:县统计局', '活动由街道主办(协办单位 某某社区 某某物业)。', '今年共开展活动12次 时间:2021年5月15日', '会议时间:2023-06-30', '2023年社区工作总结', '某某街道2023年度述职报告 2024-01-22 10:31', '会议于2024-01-22 10:31召开 地点:三楼会议室', '发布日期:2013-12-25 点击次数:8283',
      '如有疑问请联系在线客服(客服在线时间:9:00-18:30)。', '时间:2023-05-12 地点:县文化广场', '时间:2023-05-12全县开展防灾减灾宣传,参与群众3000人。', '全年编发简报24期。(数据来源:县统计局)', '会议由副县长主持。(记者参加了会议)', '组长:王某 副组长:李某 今年以来,领导小组认真履职。',
    ],
  },
}

/**
 * What a count counts: the noun phrase right after the unit (31000余份科普资料), or else the one
 * the clause names before the number (举办报告会32场, 全乡完成国内生产总值1.32亿元). Uses
 * nodejieba POS tags, corrected by small word lists where its tags mislead.
 */
import { tag } from '../../text/segment.js'

interface Token {
  word: string
  tag: string
}

const MAX_OBJECT = 14
const NOUNISH_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'vn', 'i', 'l', 'j', 'zg', 'an', 'ng', 's', 'eng'])
const MODIFIER_TAGS = new Set(['a', 'b'])
// Tags that may sit inside a noun compound (烤烟种植面积, 规模以上工业产值) but never start or end one.
const COMPOUND_TAGS = new Set(['v', 'vd', 'f'])
// 与 is left out: before a number it is usually a preposition (志愿者与辖区37户).
const CONNECTORS = new Set(['和', '及', '以及'])
const CJK = /^[\u4e00-\u9fff]+$/
// Words jieba tags as verbs (or otherwise) that head noun phrases in summaries.
const NOUN_WORDS = new Set(['会', '收入', '总值', '产值', '投资', '资金', '税收', '捐款', '面积', '人口', '人员', '群众', '资料', '活动'])
// Action verbs jieba sometimes tags as nouns: they end an object, never belong to it.
const VERB_WORDS = new Set([
  '发展', '印发', '发放', '展出', '举办', '开展', '召开', '组织', '落实', '完成', '实现', '引进', '接待', '培训',
  '走访', '慰问', '投入', '筹集', '建设', '新建', '建成', '捐赠', '募集', '帮扶', '资助', '救助', '参加', '吸引',
  '覆盖', '惠及', '达到', '累计', '共计', '合计', '印制', '制作', '张贴', '悬挂', '出动', '检查', '排查', '整改',
  '办理', '受理', '调解', '发动', '动员', '邀请', '选派', '聘请', '提供', '争取', '新增', '改造', '配送', '收集',
  '清理', '清运', '拆除', '更换', '新购', '购置', '招募', '转发', '评出', '评选', '表彰', '签订', '划分', '配备',
  '储备', '发现', '整治', '修建', '铺设', '安装', '新修', '推广', '接受', '解答', '收到', '出动', '消除',
])
// Words that follow a count as place or manner (12位现场授课), never as its object.
const NOT_OBJECTS = new Set(['现场', '同时', '共同', '全部', '一起', '左右', '以上', '其中'])
// After a person unit (人, 名, 位) the noun must name people (志愿者, 师生); 二十余人座谈 is an action.
const GENERIC_HEADS = new Set(['人员', '人数', '对象', '人口'])
const PERSON_UNITS = new Set(['人', '名', '位', '人次'])
const PERSON_TAIL = /[员者生民众户工师长部人士童老妇兵友学表宾家手干女年众属姓客理官委记]$/
// Words between an object and its number: 固定资产投资完成5.7亿元, 收入达5946元, 共有300名.
const SKIP_BEFORE = new Set([
  '达', '达到', '完成', '为', '共', '共计', '合计', '累计', '总计', '共有', '有', '计', '约', '近', '已', '已经', '了',
  '实现', '是', '增至', '超过', '突破', '逾', '大约', '将近', '多达', '近似', '上',
])
const SCOPE_PREFIX = /^(?:全|本|我|该|各)[乡镇县市区村校院局省国年]/
const TRAILING_DENG = /等$/
const BRACKET_AT_END = /\([^()]{1,6}\)$/
const BRACKET_AT_START = /^\([^()]{1,6}\)/
const CLAUSE_END = /[,;。!?、:\n()]/

function kind(t: Token): 'noun' | 'modifier' | 'compound' | 'connector' | 'other' {
  if (NOUN_WORDS.has(t.word)) return 'noun'
  if (VERB_WORDS.has(t.word)) return 'other'
  if (CONNECTORS.has(t.word)) return 'connector'
  const head = t.tag
  if (NOUNISH_TAGS.has(head)) return 'noun'
  if (head === 'x' && CJK.test(t.word)) return 'noun'
  if (MODIFIER_TAGS.has(head)) return 'modifier'
  if (COMPOUND_TAGS.has(head)) return 'compound'
  return 'other'
}

// jieba keeps some verb + noun pairs as one word (筹集资金, 张贴标语): the verb is not the object.
const LEADING_VERB = new RegExp(`^(?:共|累计)?(?:${[...VERB_WORDS].join('|')})(?=.{2})`)

const NUMBER_AT_END = /[\d〇一二两三四五六七八九十百千万亿余多]$/

function tidy(phrase: string, minLength = 2): string | undefined {
  const trimmed = phrase.replace(TRAILING_DENG, '').replace(SCOPE_PREFIX, '')
  const unverbed = trimmed.replace(LEADING_VERB, '')
  const text = GENERIC_HEADS.has(unverbed) ? trimmed : unverbed
  return text.length >= minLength && text.length <= MAX_OBJECT ? text : undefined
}

/** The noun phrase starting the text after a unit, or undefined. */
export function objectAfter(rest: string): string | undefined {
  const cut = rest.search(CLAUSE_END)
  const span = (cut < 0 ? rest : rest.slice(0, cut)).slice(0, MAX_OBJECT + 4)
  const tokens = tag(span)
  let out = ''
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const k = kind(t)
    const next = tokens[i + 1]
    const nextIsNoun = next !== undefined && kind(next) === 'noun'
    if (NOT_OBJECTS.has(t.word)) break
    if (k === 'noun') out += t.word
    else if ((k === 'modifier' || k === 'connector' || t.tag === 't') && nextIsNoun && (k !== 'connector' || out)) out += t.word
    else break
  }
  // After a unit a one-character noun is still the object (12个村, 3个班).
  return out ? tidy(out, 1) : undefined
}

/** The noun phrase ending the clause text before a number, or undefined. */
export function objectBefore(lead: string): string | undefined {
  let text = lead
  let bracket = ''
  const b = BRACKET_AT_END.exec(text)
  if (b) {
    bracket = b[0]
    text = text.slice(0, b.index)
  }
  const tokens = tag(text.slice(-(MAX_OBJECT + 8)))
  let i = tokens.length - 1
  let skipped = ''
  while (i >= 0 && (SKIP_BEFORE.has(tokens[i]!.word) || tokens[i]!.tag === 't')) skipped = tokens[i--]!.word + skipped
  // Only skip words when no bracket glued the object to the number.
  if (bracket && i !== tokens.length - 1) return undefined
  const picked: Token[] = []
  for (; i >= 0; i--) {
    const t = tokens[i]!
    const k = kind(t)
    const prev = tokens[i - 1]
    const prevIsNounish = prev !== undefined && (kind(prev) === 'noun' || kind(prev) === 'modifier')
    const last = picked[0]
    if (k === 'noun') picked.unshift(t)
    else if (k === 'modifier' && last) picked.unshift(t)
    else if (k === 'connector' && last && prevIsNounish) picked.unshift(t)
    // A verb inside a compound only before a head noun (烤烟种植面积, 预算收入), not 识别贫困户.
    else if (k === 'compound' && last && prevIsNounish && (t.tag === 'f' || NOUN_WORDS.has(last.word) || last.tag === 'vn')) {
      picked.unshift(t)
    }
    else break
  }
  // A compound word left dangling at the front (种植早稻) is a verb, not part of the object.
  while (picked[0] && kind(picked[0]) !== 'noun' && kind(picked[0]) !== 'modifier') picked.shift()
  // 受教育学生: a verbal noun governed by a one-character verb belongs to that verb.
  const governor = tokens[i]
  if (governor && governor.word.length === 1 && governor.tag === 'v' && picked.length > 1 && picked[0]!.tag === 'vn') picked.shift()
  // A bare generic head (人员, 人数) takes the verb naming it: 参与人员, 培训人员, 参会人数.
  const verb = tokens[i]
  if (picked.length === 1 && GENERIC_HEADS.has(picked[0]!.word) && verb && verb.word.length === 2 && verb.tag.startsWith('v')) {
    picked.unshift(verb)
  }
  if (!picked.length) return undefined
  const phrase = picked.map((t) => t.word).join('')
  // 共3个班120人: the words before belong to the earlier count, not to this one.
  if (NUMBER_AT_END.test(text.slice(0, text.length - phrase.length - skipped.length))) return undefined
  return tidy(phrase + bracket)
}

/**
 * The object of the count spanning `start..end` (clause from `clauseStartAt`), matched on the
 * folded text and returned as written in the original.
 */
export function findObject(
  text: string,
  folded: string,
  unit: string,
  span: { clauseStart: number; start: number; end: number },
): string | undefined {
  const { clauseStart: clauseStartAt, start, end } = span
  const rest = folded.slice(end, end + 24)
  let after = BRACKET_AT_START.test(rest) ? undefined : objectAfter(rest)
  if (after && PERSON_UNITS.has(unit) && !PERSON_TAIL.test(after)) after = undefined
  if (after) {
    const at = folded.indexOf(after, end)
    return at < 0 ? after : text.slice(at, at + after.length)
  }
  const before = objectBefore(folded.slice(clauseStartAt, start))
  if (!before) return undefined
  const at = folded.lastIndexOf(before, start)
  return at < clauseStartAt ? before : text.slice(at, at + before.length)
}

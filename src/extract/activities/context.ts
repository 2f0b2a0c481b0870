/**
 * What an item is, judged from its own head, its run's lead-in sentence and its ancestors'
 * headings: an activity, a highlight, or neither (problems, plans, background, section names).
 */
import { DISCLAIMER_PHRASES, DISCLAIMER_PROSE_PHRASES } from '../../lexicon/boilerplate.js'
import { fold } from '../../text/fold.js'
import { hasAny } from '../../rules/match.js'
import { framesADeed } from './clause-shapes.js'
import {
  ACTIVITY_WORDS, ASPECT_ENDINGS, HIGHLIGHT_WORDS, MAX_ASPECT_HEADING, PLAN_WORDS, PROBLEM_WORDS, type ContextKind,
} from './vocabulary.js'

/** Aspect endings under which the items are not deeds either (背景, 目的, 人员 …); the rest only name a section. */
const BLOCKING_ASPECTS = new Set<string>([
  '背景', '意义', '目的', '依据', '地点', '时间', '分工', '原则', '架构', '机构', '指导思想', '人员', '体会', '启示',
  '经验', '感想', '思路', '目标',
])
const PLATFORM = ['下载', '文档', '侵权', '客服', '预览', '版权', ...DISCLAIMER_PHRASES, ...DISCLAIMER_PROSE_PHRASES] as const
const MIN_HEAD = 3
/** A head opening with a particle is a sentence tail cut off by a stray page number ("3、的重要保证"). */
const TAIL_OPENING = /^[的地得了和与及或等]/
/** "思想建设是党建工作的根本": a head whose predicate is 是 states a view, it reports no deed. */
const COPULA = /^[^,;:是]{2,12}(?:是|乃是|就是)(?![否非])[^,;:]{2,}(?:[,;:]|$)/

/** "重点项目顺利推进": a subject said to be moving along is a progress headline; its paragraph holds the deeds. */
const PROGRESS = /^[^,;]{2,10}(?:顺利|稳步|有序|扎实|持续|加快|深入)(?:推进|开展|实施|进行|落实|提升|发展)$/

/** A lead-in announces a list when it says so (如下, 以下, N个方面) or ends in a colon. */
const ANNOUNCES = /如下|以下|主要|几点|一些|[一二三四五六七八九十两几\d]{1,3}(?:个|点|项|条|大)|[:：]\s*$/

/** A problem word after a verb that remedies it ("补短板", "解决群众急难愁盼问题", "整改存在的不足"). */
const REMEDIED = new RegExp(`(?:补齐|弥补|补|解决|整改|破解|克服|化解|攻克|查找|补强)[\\u4e00-\\u9fff]{0,8}?(?:${PROBLEM_WORDS.join('|')})`, 'g')

/** "困难" naming whom the work helps (困难职工, 困难家庭): the people served, not a problem of the work. */
const NEEDY = /困难(?=职工|群众|家庭|户|学生|党员|老党员|老人|儿童|人员|企业|妇女|残疾人|群体|对象|居民|农户|退役军人)/g

function aspectEnding(heading: string): string | undefined {
  const h = heading.replace(/[\s:。]+$/, '')
  if (h.length > MAX_ASPECT_HEADING) return undefined
  return ASPECT_ENDINGS.find((e) => h.endsWith(e))
}

/** The kind of context a heading sets for the items under it. */
export function headingContext(heading: string): ContextKind {
  const h = fold(heading).replace(NEEDY, '')
  const short = h.length <= MAX_ASPECT_HEADING
  if (short && hasAny(h, PROBLEM_WORDS)) return 'problem'
  if (short && hasAny(h, PLAN_WORDS)) return 'plan'
  if (short && hasAny(h, HIGHLIGHT_WORDS)) return 'highlight'
  if (hasAny(h, ACTIVITY_WORDS)) return 'activity'
  const ending = aspectEnding(h)
  return ending && BLOCKING_ASPECTS.has(ending) ? 'aspect' : 'neutral'
}

/** The kind of context a lead-in sentence ("存在以下问题:", "呈现出四个方面的亮点。") sets. */
export function leadContext(lead: string): ContextKind {
  // A problem named as what the work fixes (补短板, 解决…问题) is a deed's object, not the list's subject.
  const l = fold(lead).replace(REMEDIED, '').replace(NEEDY, '')
  // Narrative mentions (取得了良好成效, 根据本身的特点) do not make the next list a list of them.
  const announcing = ANNOUNCES.test(l)
  if (announcing && hasAny(l, PROBLEM_WORDS)) return 'problem'
  if (announcing && hasAny(l, PLAN_WORDS)) return 'plan'
  if (announcing && hasAny(l, HIGHLIGHT_WORDS)) return 'highlight'
  if (hasAny(l, ACTIVITY_WORDS)) return 'activity'
  return 'neutral'
}

/** True when a head names a section (基本情况, 存在问题, 活动背景) rather than a deed or a highlight. */
export function isSectionName(head: string): boolean {
  const kind = headingContext(head)
  if (kind === 'problem' || kind === 'plan') return true
  return aspectEnding(fold(head)) !== undefined
}

/** True when a head is too short to say anything, is platform furniture, states what something is, reports progress, or frames a deed to come. */
export function isJunkHead(head: string): boolean {
  const h = fold(head)
  return head.length < MIN_HEAD || TAIL_OPENING.test(head) || hasAny(h, PLATFORM) || COPULA.test(h) || PROGRESS.test(h) || framesADeed(h)
}

/**
 * Whether a run that ends like a unit opens like a predicate instead ("完成市政府…", "为积极响应县委",
 * "联合派出所", "走进社区"): its first word, as jieba tags it, is a preposition, pronoun or
 * particle, or a verb, adverb or opener word followed by a head noun that is not a task body's.
 */
import { NAME_OPENING_ADVERBS, PREDICATE_OPENERS } from '../../lexicon/organizations.js'
import { tag } from '../../text/segment.js'

/** jieba tags of a first word that makes the piece a predicate or an adverbial, not a name ("完成市政府…", "为积极响应…"). */
const PREDICATE_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'r', 'u', 'uj', 'ul', 'q', 'y', 'e'])
/** Heads of bodies named after their task (禁毒办, 禁毒委员会, 创建领导小组): a verb may open such a name. */
const TASK_HEADS: ReadonlySet<string> = new Set(['办', '委', '委员会', '办公室', '领导小组', '工作小组', '工作组', '小组', '指挥部', '中心', '组委会'])
/** Adverbs that begin a name of a task (依法治区办) rather than a predicate. */
const NAME_ADVERBS: ReadonlySet<string> = new Set(NAME_OPENING_ADVERBS)
/** Predicate openers of two or more characters (精心, 认真, 组织 …): "精心组织旗委中心组" is no name. */
const LONG_OPENERS: readonly string[] = PREDICATE_OPENERS.filter((o) => o.length > 1)
const VERB_TAGS: ReadonlySet<string> = new Set(['v', 'vd', 'd', 'ad'])
// Names recur across a page and its frames: remember each verdict instead of tagging again.
const TAGS = new Map<string, boolean>()
const TAGS_MAX = 4096

/**
 * True when `text` opens with a word that makes it a predicate or an adverbial rather than a name
 * ("完成市政府…", "为积极响应县委", "配合公安机关"): a preposition, adverb or pronoun, or a verb with
 * a whole unit's name after it. A verb before a bare head noun names the unit's task (禁毒委员会).
 */
export function opensWithPredicate(text: string, endsInHead: (rest: string) => boolean): boolean {
  const known = TAGS.get(text)
  if (known !== undefined) return known
  // After a verb, only a task body's head noun keeps the run a name ("走进社区", "联合派出所" are phrases).
  const unitAfter = (n: number) => endsInHead(text.slice(n)) && !TASK_HEADS.has(text.slice(n))
  const opener = LONG_OPENERS.find((o) => text.startsWith(o))
  // 组织部 opens with 组织, but its head is one character long.
  if (opener) return remember(text, text.length - opener.length > 1 && unitAfter(opener.length))
  const words = tag(text)
  const first = words[0]
  if (!first || first.word.length === text.length) return remember(text, false)
  // "要求站在…", "走进社区": a verb before a head noun is a verb phrase; 禁毒办 names an office.
  const opening = VERB_TAGS.has(first.tag) ? unitAfter(first.word.length) && !NAME_ADVERBS.has(first.word) : PREDICATE_TAGS.has(first.tag)
  // A locative inside ("报告中所") ends a phrase, not a name.
  return remember(text, opening || words.slice(1).some((w) => w.tag === 'f'))
}

function remember(text: string, known: boolean): boolean {
  if (TAGS.size >= TAGS_MAX) TAGS.clear()
  TAGS.set(text, known)
  return known
}

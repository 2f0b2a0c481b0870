import { PAGE_COUNTER_WORDS, POSTER_WORDS } from '../../lexicon/furniture.js'
import { SECRECY_NOTES } from '../../lexicon/noise.js'
import { UPLOADER_NOTES } from '../../lexicon/boilerplate.js'
import { isDateLine } from '../../text/date-line.js'
import { MACHINE_DATE, RELATIVE_TIME } from '../../text/furniture.js'
import { fold } from '../../text/fold.js'
import { oncePer } from '../../text/memo.js'
import { wordAlternation } from '../../text/pattern.js'
import { afterBody, matchSpans, underCutLine } from '../match.js'
import type { Cut, DocFacts, Rule, RuleBlock } from '../types.js'

// A forum post, a blog comment or an answer opens with its poster's handle and a timestamp, alone on a
// short line ("2# 某某 发表于 2023-12-27 08:03", "楼主 发表于 …| 只看该作者", "某某 | 2024-12-19").
const MAX_LINE = 48
const SENTENCE = /[。,;!?，；！？:：]/
// The time a page stamps: the machine dates and relative times of page furniture, and what a poster's line adds
// to them (a month-day before a time, 昨天 20:47).
const STAMP = new RegExp(`\\d{1,2}-\\d{1,2}(?=\\s\\d{1,2}:\\d{2})|(?:昨天|前天|今天)(?=\\s?\\d{1,2}:\\d{2})|${MACHINE_DATE.source}|${RELATIVE_TIME.source}`, 'g')
const HAS_TIME = /\d:\d{2}|前/
// A floor number ("2#", "3楼") or the thread's opener; the floors after the first are replies.
const FLOOR = /^(?:[[【(（]?(\d{1,4})\s?[#楼][\]】)）]?|楼主|沙发|板凳|地板)\s?/
// An answer's day says it too ("… · 2023-10-30 回答").
const POSTED_WORD = /(?:(?:发表|发布|回复|评论|回答)于|(?<=\d)\s?(?:回答|提问)(?=$|\s))/
// "发表于浙江": the poster's province may follow.
// An account's header opens with 原创 before its names and stamp ("原创 某某 某某发布 2024-01-05 08:30"): posted as much.
const ORIGINAL = /^原创\s/
// A repost's source handle and time ("转自 @某某(某某网格) 07-29 21:14").
const REPOST = /^(?:转自|转发自|分享自|来自)\s?@/
// The post's reading counter beside the stamp ("阅读 2.3万", "浏览量:1024").
const READ_COUNTER = /(?:阅读|浏览|播放|点击)(?:量|数|次数)?\s?[:：]?\s?\d+(?:\.\d+)?\s?[万wWkK]?\+?|(?:已有\s?)?\d+(?:\.\d+)?\s?[万wWkK]?\s?人(?:赞同|点赞|觉得有用|收藏)/g
// A post's counters beside its floor and poster ("回复数 37", "阅读:1024"): the page counters' vocabulary.
const POST_COUNTER = new RegExp(`\\s*(?:${wordAlternation(PAGE_COUNTER_WORDS)})(?:数|量)?\\s?[:：]?\\s?\\d+(?:\\.\\d+)?\\s?[万wWkK]?\\s*`, 'g')
const POSTED = new RegExp(`${POSTED_WORD.source}(?:[\\u4e00-\\u9fff]{2,3}$)?`, 'g')
const WORDS = new RegExp(wordAlternation(POSTER_WORDS), 'g')
const SEPARATORS = /[|｜·•⊙◎●○\s]+/g
// What is left is one handle: letters, digits, underscores (Han too, eight at most), a dot or dash inside;
// no word of a date or a time of day ("三月二日上午8:00" is a schedule's line).
const HANDLE = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-]{0,15}$/u
const LONG_HAN = /[\u4e00-\u9fff]{9}/
// A date or a time of day in words (三月二日, 上午), not a name that holds 年 (某某青年志愿者).
const TIME_WORD = /[一二三四五六七八九十\d]{1,3}[年月日时点]|[上下中]午|晚上|早上/
/** Names a posted line may carry: the author, the account, the column. */
const MAX_NAMES = 3
const isHandle = (rest: string) => HANDLE.test(rest) && !LONG_HAN.test(rest) && !TIME_WORD.test(rest)
// A comment whose words follow its poster and time on the same line ("某某 2019-01-17 08:12 写得很实在,学习了!").
const POST_OPENING = new RegExp(`^([^\\s|｜]{1,16})\\s+((?:${STAMP.source})(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s+\\S`)

// A forum's edit stamp ("本帖最后由 某某 于 2024-01-05 10:12 编辑") and a poster's signature line.
const EDIT_STAMP = /^本帖最后由\s?\S{1,16}\s?于\s?[\d\-/:\s]{8,20}编辑\s?/
const SIGNATURE = /^(?:签名|个性签名)\s?[:：]/
// An account's stamp under the title on a content platform: its name, the minute it posted and the platform's badge
// ("某某社区小助手 2025-08-29 20:17 · 某某号创作者", "某某县卫生健康局 2024-03-11 10:05 政务号认证"), or a handle with its
// tagline, the day and where it posted ("@某某 · 销售打工人 · 2023-12-31 发布于 某某社区").
const ACCOUNT_STAMP = /^[^\s,，。:：]{2,16}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s\d{1,2}:\d{2}\s*[·•|｜]?\s*[\u4e00-\u9fff]{0,6}号?(?:认证|创作者|作者|官方账号)$/
const HANDLE_STAMP = /^@[^\s@,，。]{2,16}(?:\s?[·•|｜]\s?[^\s·•|｜,，。]{2,12})?\s?[·•|｜]\s?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s\d{1,2}:\d{2})?(?:\s?发布于\s?[^\s,，。]{2,12})?$/
// A platform's pick of the readers' comments under the post ("热评:@某某 写得真好…").
// The poster's note asking the forum to look the text over, on a line of its own above it ("楼主原创,…求各位前辈帮忙指点").
const MAX_NOTE = 60
const HOT_COMMENT = /^(?:热评|精选评论|热门评论|神评)\s?[:：]\s?@/
// A chat member's acknowledgement of a relayed notice ("某某:收到", "桂花苑 老陈:收到,谢谢").
const CHAT_ACK = /^[^:：]{1,14}[:：]\s?(?:收到|已收到|收到了|好的|已阅|已读)[!！。~～,，]*(?:谢谢[^\n]{0,6})?$/

// A question-and-answer page's other answers after the one that carries the document ("其他回答(2) 某某:可以按…来写").
const OTHER_ANSWERS = /^(?:其他|其它|更多|全部)(?:回答|答案)\s?(?:[(（]\s?\d{1,4}\s?[)）]|\d{1,4}\s?条)?(?:\s|$|[:：])/
const OPENER_POST = new RegExp(`(?:^|\\s)楼主\\s?[·|｜]?\\s?(?:${POSTED_WORD.source})`)
// A reply on a floor with its poster before a colon ("2楼 ▏某某:沙发!…", "[3#] 某某:顶", "2楼 某某 回复于 2024-03-02 21:14:写得挺实在"):
// a reader's words, maybe with the time before the name ("2# 发表于 2024-01-06 08:12 某某:干货满满…"); or a floor's nickname
// before them ("2# 沙发 写得很实在,…").
const FLOOR_REPLY = /^[[【(（]?(\d{1,4})\s?[#楼][\]】)）]?\s*(?:[▏|｜丨\s]?\s*(?:发表于\s?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?\s+)?[^\s:：|｜]{1,16}(?:\s+(?:回复|发表)于?\s?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)?\s?[:：]|(?:沙发|板凳|地板|藤椅)\s)/
// The opener's stamp glued after the title ("…工作总结 楼主:某某 | 发表于 2023-11-20 21:07 | 只看该作者").
const POSTER_TAIL = new RegExp(
  `\\s?(?:楼主|作者|发帖人)(?:\\s?[:：]\\s?[^\\s|｜:：]{1,16}\\s?[|｜·]?|\\s?[|｜·])\\s?(?:${POSTED_WORD.source})\\s?(?:${STAMP.source})(?:\\s?\\d{1,2}:\\d{2})?(?:\\s?[|｜·]?\\s?(?:${wordAlternation(POSTER_WORDS)}))*\\s*$`,
)
const MIN_TAIL_HEAD = 6

/** Where the opener's stamp glued after a line starts (the title's words before it stay), or -1. */
export function posterTail(folded: string): number {
  const tail = POSTER_TAIL.exec(folded)
  return tail && tail.index >= MIN_TAIL_HEAD ? tail.index : -1
}
const HAS_STAMP = new RegExp(STAMP.source)
// The opener's later post goes on with the document when it holds this much text (a heading and its
// paragraphs: "字数限制,下面接着发后半部分"); a short one is a chat reply ("已经按你说的改了,谢谢").
const CONTINUATION_MIN = 100

interface Post { index: number; opener: boolean; length: number }

/**
 * Per page: the thread opener's handle, read from the opener's post line ("楼主 某某 发表于 …") or the bare handle on the
 * line above it ("某某" / "楼主 · 发表于 …"), or null.
 */
const openerNameOf = oncePer((texts: readonly string[]): string | null => {
  const i = texts.findIndex((t) => { const f = fold(t).trim(); return f.length <= MAX_LINE && OPENER_POST.test(f) && HAS_STAMP.test(f) })
  if (i < 0) return null
  const rest = fold(texts[i]!).trim().replace(STAMP, ' ').replace(POSTED, ' ').replace(WORDS, ' ').replace(SEPARATORS, ' ').trim()
  if (rest !== '' && !rest.includes(' ') && isHandle(rest)) return rest
  const above = fold(texts[i - 1] ?? '').trim()
  return above !== '' && isHandle(above) && !HAN_TITLE_WORD.test(above) ? above : null
})
const QUOTING = /^(?:引用|回复|@)/
// A line above the opener's that names the thread rather than its poster.
const HAN_TITLE_WORD = /总结|计划|报告|讲话|方案/

/** The line opens a post by the thread's opener: 楼主 says so, or the opener's handle stands in it. */
function byOpener(texts: readonly string[], line: string): boolean {
  if (OPENER_POST.test(line)) return true
  // A reply quoting the opener names the opener too ("引用 某某 发表于 …").
  if (QUOTING.test(line)) return false
  const name = openerNameOf(texts)
  return name !== null && line.includes(name)
}

/** Per page: each post's opening line (who posted and when), whether the thread's opener posted it, and how much text it holds. */
const postsOf = oncePer((texts: readonly string[]): Post[] => {
  const heads = texts.flatMap((t, i) => {
    const f = fold(t).trim()
    // A post opens on a "posted" word and its time, or on its floor and its time ("4# 某某 · 2023-7-5 21:40").
    const head = f.length <= MAX_LINE && HAS_STAMP.test(f) && (POSTED_WORD.test(f) || FLOOR.test(f))
    return head ? [{ index: i, opener: byOpener(texts, f) }] : []
  })
  return heads.map((h, k) => {
    let length = 0
    for (let i = h.index + 1; i < (heads[k + 1]?.index ?? texts.length); i++) length += texts[i]!.trim().length
    return { ...h, length }
  })
})

const continues = (p: Post) => p.opener && p.length >= CONTINUATION_MIN

// A reader's watermark stamps the same name between paragraphs and inside them ("某某 2024-04-16 08:52", "内部资料 某某"):
// a name on this many lines of the page is a watermark, not a reply that ends the document.
const WATERMARK_REPEATS = 3
const SECRECY = wordAlternation(SECRECY_NOTES)
// What a watermark line holds besides the name: its time, the reader's number, a secrecy note.
const WATERMARK_FILLER = new RegExp(`(?:[\\s·|｜:：\\-/]|\\d|${SECRECY}|工号)+`, 'g')
// A stamp, not a contact line: a time of day, a machine date, a secrecy note or an employee number (a phone number alone is a contact).
const WATERMARK_MARK = new RegExp(`\\d{1,2}:\\d{2}|\\d{4}-\\d{1,2}-\\d{1,2}|${SECRECY}|工号`)
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/
const NAME_RUN = /[\u4e00-\u9fff]{2,4}(?=[\s·|｜,，]|$|\d)/g

/** Per page: how many lines each two-to-four-character name holds before a separator, a digit or the line's end. */
const nameLines = oncePer((texts: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const t of texts) for (const name of new Set(fold(t).match(NAME_RUN) ?? [])) counts.set(name, (counts.get(name) ?? 0) + 1)
  return counts
})

/** Per page: the lines that hold one watermark name alone with its stamp, and the pattern of that name glued into sentences. */
interface Watermark { lines: ReadonlySet<number>; glued: RegExp }

/**
 * The reader's watermark of a page, if it has one: a name on WATERMARK_REPEATS lines or more, alone on at least one
 * short line with nothing but times, numbers and secrecy notes ("0416 某某 工号6371", "内部资料 某某 2024-04-16").
 */
const watermarkOf = oncePer((texts: readonly string[]): Watermark | null => {
  const counts = nameLines(texts)
  const names = new Set<string>()
  const lines = new Set<number>()
  texts.forEach((t, i) => {
    const f = fold(t).trim()
    if (f.length > MAX_LINE || !WATERMARK_MARK.test(f)) return
    const name = f.replace(WATERMARK_FILLER, '')
    if (HAN_NAME.test(name) && (counts.get(name) ?? 0) >= WATERMARK_REPEATS) {
      names.add(name)
      lines.add(i)
    }
  })
  if (names.size === 0) return null
  const name = wordAlternation([...names])
  // Glued to a sentence: the name with its number or time, or a secrecy note before it.
  return { lines, glued: new RegExp(`(?:${SECRECY})\\s?[·|]?\\s?(?:${name})|(?:${name})\\s?(?:工号)?\\s?\\d[\\d:：\\-]*`, 'g') }
})

/** The verdict of a reply's opening line: it and the rest of the page are readers' words, not the document's. */
const replyEnds = (reason: string) => ({ reason, dropRest: true, restReason: 'readers\u2019 replies and comments after the document' })

/** Per page, once: where the opener first posts, and the last post in which the opener goes on with the document (-1: none). */
const threadOf = oncePer((texts: readonly string[]): { firstOpener: number; lastContinuation: number } => {
  const posts = postsOf(texts)
  return {
    firstOpener: posts.find((p) => p.opener)?.index ?? -1,
    lastContinuation: posts.filter(continues).at(-1)?.index ?? -1,
  }
})

/** The thread's opener goes on with the document in a post further down. */
function openerPostsLater(texts: readonly string[], index: number): boolean {
  return threadOf(texts).lastContinuation > index
}

/** Per page: the lines of replies posted before a later post in which the opener goes on with the document. */
const betweenOpenerPosts = oncePer((texts: readonly string[]): ReadonlySet<number> => {
  const posts = postsOf(texts)
  const last = threadOf(texts).lastContinuation
  const lines = new Set<number>()
  posts.forEach((post, k) => {
    if (post.opener || post.index > last) return
    for (let i = post.index + 1; i < (posts[k + 1]?.index ?? texts.length); i++) lines.add(i)
  })
  return lines
})

/** A forum's, a blog's or a Q&A page's line of a poster and the time of the post (the rule's last reading). */
function stampedPost(text: string, block: RuleBlock, doc: DocFacts): Cut | undefined {
  const previousCut = underCutLine(block, doc)
  if (text.length > MAX_LINE || SENTENCE.test(text.replace(STAMP, ''))) return undefined
  const stamps = text.match(STAMP)
  if (!stamps) {
    // A reply's floor and handle with its time on the next line ("[2楼] 某某", "[4楼] 某某 (楼主)"): the floor says it.
    const bare = FLOOR.exec(text)
    if (bare?.[1] === undefined) return undefined
    // The first floor is the opener's post: its floor, handle and reply count head the document ("1楼 某某 回复数 37").
    if (Number(bare[1]) < 2) {
      const counted = text.replace(POST_COUNTER, ' ')
      return counted !== text && isHandle(counted.replace(FLOOR, '').trim()) ? { reason: "the opening post's floor, poster and counter" } : undefined
    }
    const handle = text.replace(FLOOR, '').replace(/[(（]楼主[)）]/, '').trim()
    if (!isHandle(handle)) return undefined
    return !openerPostsLater(doc.texts, block.index) && block.index > block.firstBodyIndex
      ? replyEnds("a reply's floor and poster: the document has ended")
      : { reason: "a reply's floor and poster" }
  }
  // A date written out alone on its line ("2022年12月30日") closes a document, whatever was cut above it.
  if (isDateLine(text)) return undefined
  const floor = FLOOR.exec(text)
  const posted = POSTED_WORD.test(text) || ORIGINAL.test(text)
  const rest = text.replace(FLOOR, '').replace(READ_COUNTER, ' ').replace(STAMP, ' ').replace(POSTED, ' ').replace(WORDS, ' ').replace(SEPARATORS, ' ').trim()
  // A "posted" line may name the author and the account both ("原创 某某妇联 某某发布 … 发表于浙江").
  const names = rest === '' ? [] : rest.split(' ')
  if (names.length > (posted ? MAX_NAMES : 1) || !names.every(isHandle)) return undefined
  // Without a floor or a "posted" word, a name and a day are a signature unless the stamp has a time,
  // a bar parts them, or the line before was cut as the page's (a comment box's header).
  if (!floor && !posted && !HAS_TIME.test(stamps.join(' ')) && !/[|｜]/.test(text) && !previousCut) return undefined
  // A reply: a floor past the first, or a poster's line past the body's start in the page's tail or under a
  // comment box's header. The thread's opener (楼主) and a header line never end the document.
  const opener = (floor !== null && floor[0].trim() === '楼主') || byOpener(doc.texts, text)
  const numbered = floor?.[1] !== undefined && Number(floor[1]) >= 2
  // In a thread, a post by anyone but the opener, after the opener's, is a reply too.
  const first = threadOf(doc.texts).firstOpener
  const threadReply = posted && first >= 0 && first < block.index
  const reply = !opener && (numbered || threadReply || (block.index > block.firstBodyIndex && (afterBody(block) || previousCut)))
  // The same name stamped on many lines is a reader's watermark, and the thread's opener posting again further down
  // ("某某 楼主 发表于 …") goes on with the document: either way the line goes alone.
  const stampedName = names.length === 1 && (nameLines(doc.texts).get(names[0]!) ?? 0) >= WATERMARK_REPEATS
  return reply && rest !== '' && !stampedName && !openerPostsLater(doc.texts, block.index)
    ? replyEnds("a reply's poster and time: the document has ended")
    : { reason: "a post's poster and time" }
}

// A Q&A page's card over the chosen answer: its badge, the answerer and short cells of badges and counts, no sentence
// ("最佳回答 · 某某老郑 · 已被采纳 · 获赞426").
const ANSWER_CARD = /^(?:最佳回答|最佳答案|推荐答案|满意回答|优质回答|精选回答)(?:\s*[·•|｜]\s*|\s+)(?:来自\s?)?[^\s·•|｜,，。;；:：]{2,12}(?:(?:\s*[·•|｜]\s*|\s+)[^\s·•|｜,，。;；]{1,12}){0,4}$/

// An author's card on a Q&A or self-media page: the handle, a line about the writer, the time of the post ("某某阁主 · 国企综合办
// 文员,写材料八年 发布于 2025-12-19 14:07").
const AUTHOR_CARD = new RegExp(`^[^\\s·•|｜,，。]{2,12}\\s?[·•|｜]\\s?[^。!?！？]{2,24}?\\s*(?:发布|发表|编辑)于\\s?(?:${MACHINE_DATE.source})(?:\\s(?:${MACHINE_DATE.source}))?$`)

// The forum's and the answer's own keys before the handle ("楼主:某某 发表于 …", "答主:某某 · …"): a space stands for the colon.
const KEYED_POSTER = /^(楼主|答主|发帖人|回答者|提问者)\s?[:：]\s?/

export const posterLine: Rule = {
  id: 'metadata/poster-line',
  kind: 'metadata',
  description: "A poster's handle and timestamp opening a forum post, a blog comment or an answer (2# 某某 发表于 2023-12-27 08:03); a reply after the document takes the rest of the page with it",
  scope: 'line',
  // It reviews beside the line model, so its cuts leave the model's training rows as they were.
  traits: { reviews: true },
  test: (block, doc) => {
    const text = block.folded.trim()
    const edit = EDIT_STAMP.exec(text)
    if (edit) {
      const at = block.folded.indexOf(edit[0])
      return edit[0].length >= text.length ? { reason: "a forum's edit stamp" } : { reason: "a forum's edit stamp before the post", spans: [[at, at + edit[0].length]] }
    }
    if (CHAT_ACK.test(text)) return { reason: "a chat member's acknowledgement" }
    if ((ACCOUNT_STAMP.test(text) || HANDLE_STAMP.test(text)) && block.index <= block.firstBodyIndex) return { reason: "the account's stamp on its post" }
    if (HOT_COMMENT.test(text)) return { reason: "a reader's comment the platform picked" }
    if (ANSWER_CARD.test(text)) return { reason: "the answer's badge and its answerer" }
    if (AUTHOR_CARD.test(text) && (block.index <= block.firstBodyIndex || underCutLine(block, doc))) return { reason: "the author's card and the time of the post" }
    // In the page head, or right under the page's lines (a thread's trail and counters may read as the body's start).
    if (text.length <= MAX_NOTE && UPLOADER_NOTES.some((re) => re.test(text)) && (block.index <= block.firstBodyIndex || underCutLine(block, doc))) {
      return { reason: "the poster's note on the text they put up" }
    }
    const watermark = watermarkOf(doc.texts)
    if (watermark) {
      if (watermark.lines.has(block.index)) return { reason: "a reader's watermark" }
      const glued = matchSpans(watermark.glued, block.folded)
      if (glued.length > 0) return { reason: "a reader's watermark inside the text", spans: glued }
    }
    // On a forum's page (its posts open with a poster and a time) a signature is the poster's wherever it stands.
    if (SIGNATURE.test(text) && text.length <= MAX_LINE && (block.index > block.lastBodyIndex || block.index < block.firstBodyIndex || postsOf(doc.texts).length > 0)) {
      return { reason: "a poster's signature" }
    }
    if (betweenOpenerPosts(doc.texts).has(block.index)) return { reason: "a reader's reply between the thread opener's posts" }
    if (OTHER_ANSWERS.test(text) && block.index > block.firstBodyIndex) return replyEnds('other answers to the question: the document has ended')
    const previousCut = underCutLine(block, doc)
    const floorReply = FLOOR_REPLY.exec(text)
    if (floorReply && Number(floorReply[1]) >= 2 && block.index > block.firstBodyIndex && !openerPostsLater(doc.texts, block.index)) {
      return replyEnds("a reply on a forum's floor: the document has ended")
    }
    // After the document, or under a cut comment box's header, a poster and a time of day opening a line open the replies.
    const opening = POST_OPENING.exec(text)
    if (opening && isHandle(opening[1]!) && HAS_TIME.test(opening[2]!) && block.index > block.firstBodyIndex && (afterBody(block) || previousCut) && !openerPostsLater(doc.texts, block.index)) {
      return replyEnds("a reply's poster and time: the document has ended")
    }
    if (REPOST.test(text) && text.length <= MAX_LINE && HAS_STAMP.test(text) && !SENTENCE.test(text.replace(STAMP, ''))) return { reason: "a repost's source and time" }
    return stampedPost(text.replace(KEYED_POSTER, '$1 '), block, doc)
  },
  examples: {
    drop: ['楼主 发表于 2023-12-26 21:14 | 只看该作者 | 倒序浏览', '1楼   某某小队长   回复数 25', '王某某:收到', '桂花苑 老陈:收到,谢谢', '本帖最后由 某某 于 2024-01-05 10:12 编辑', '本帖最后由 某某 于 2024-01-05 10:12 编辑 某某村2023年工作总结', '某某某 | 2024-12-19', '2# 小鱼 发表于 2023-12-27 08:03', '[2楼] 青岱老陈', '2024-03-15 18:06 发表于浙江', '原创 某某街道妇联 某某发布 2024-03-15 18:06 发表于浙江', '原创 某某观察 某某观察 2024-01-05 08:30 阅读 2.3万', '原创 ⊙ 某某文旅 ⊙ 2023-03-02 17:46 ⊙ 某某号', '原创 某某青年志愿者 2024-01-08 09:30 发表于某某县', '楼主:某某不吃香菜 发表于 2024-1-6 21:47 只看该作者', '答主:某某社工小周 · 社区工作者 · 2023-10-30 回答', '最佳回答 · 职场老某 · 已被采纳 · 获赞426', '最佳答案  来自 热心网友小某同学  采纳率 88%', '某某圈网友 · 优质回答者 · 2023-12-03 回答 · 已有 56 人赞同', '第一次在这里发帖,单位让每人交一份总结,憋了两个晚上才写出来,大家轻拍哈~', '某某阁主 · 国企综合办文员,写材料八年 发布于 2025-12-19 14:07', 'abc_123 2小时前', '转自 @网格员小周(某某社区3号网格) 07-29 21:14', '某某社区小助手 2025-08-29 20:17 · 某某号创作者', '某某县卫生健康局　2024-03-11 10:05　政务号认证', '@柚子不加糖 · 销售打工人 · 2023-12-31 发布于 某某社区', '热评:@一只小鹿 姐你太强了,我今年才完成70%…', '楼主原创,刚写完的转正述职,求各位前辈帮忙指点一下哪里需要改~'],
    keep: ['王某某', '2024年1月10日', '1楼 便民服务大厅', '其他回答问题的同学也很积极。', '各村:收到通知后立即组织排查。', '张三 2024-01-15', '会议时间:2024-01-15 09:00', '9:00-11:30 开幕式', '三月一日及三月二日上午8:00', '三、存在的问题', '3楼 会议室已完成改造。', '作者:王某某'],
  },
}

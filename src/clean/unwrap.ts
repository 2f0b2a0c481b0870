/**
 * Rejoins lines hard-wrapped mid-sentence or mid-word ("…期间,县" + "科技局、县委宣传部…"),
 * without merging titles, headings, list items or real paragraph ends.
 */
import { RELATED_HEADINGS } from '../lexicon/boilerplate.js'
import { CONTACT_KEYS } from '../lexicon/furniture.js'
import { afterLastFullStop, endsWithEmoji, withoutLeadingEmoji } from '../text/chars.js'
import { isDateLine } from '../text/date-line.js'
import { furnitureShares } from '../text/furniture.js'
import { wordAlternation } from '../text/pattern.js'
import { leadingMarker, markerLevel } from '../text/markers.js'
import { spacesToDrop } from '../text/normalize.js'
import type { MappedText } from '../text/mapped.js'
import { isNewsHeadline, isSpeechTitle, looksLikeTitle, variantBase } from '../text/title.js'

export interface WorkBlock {
  text: MappedText
  /** The block is the document's title line. */
  isTitle: boolean
  /** The block opens a new document of a compilation, titled so (its label was cut). */
  opens?: string
}

export interface KeptLine {
  text: MappedText
  index: number
  /** The line was a page chunk: its break falls inside a word, always rejoin. */
  chunk: boolean
  opens?: string
}

// A paragraph ends at sentence punctuation (a closing quote after it included) or a colon;
// a line ending in a bare closing quote (“…进行时”) was wrapped after a quotation.
// A forum's casual sentence may close on a tilde ("…哪里需要改~").
const PARAGRAPH_END = /(?:(?:[。!?！？;；…]+|(?<=[\u4e00-\u9fff])[~～]+)[”’」』)）]*|[:：])$/
const HEADING_MAX = 30
const INTERNAL_PUNCT = /[,,、;;:“”"《》()()。]/
const INLINE_MARKERS = /(?:^|[;;。::\s])(\d{1,2})、/g
const LEADING_NUMBER = /^(\d{1,2})、/
/**
 * A short "key:value" line with no clause in it ("推荐度:★★★★", "成员:李强、张敏"): a line of its own,
 * not the head of a sentence wrapped at the line's width.
 */
const SHORT_KEY_VALUE = /^[^,,、;;。:：]{1,6}[:：][^,,;;。:：]*$/
/** Short key:value pairs parted by spaces ("活动时间:5月20日 活动地点:社区图书室"): a programme's or a form's line. */
const KEY_VALUE_PAIRS = /^(?:[^,,、;;。:：\s]{1,6}[:：][^,,;;。:：\s]{1,20}\s+)+[^,,、;;。:：\s]{1,6}[:：][^,,;;。:：]*$/
/** A line wholly in brackets ("(某某县审计局副局长 某某)", "(二〇二三年十二月)"): a byline or a note of its own. */
const BRACKETED_LINE = /^[(（][^()（）]+[)）]$/
const CLAUSE_OPEN_END = /[,,、;;]$/
/** A table's row: cells between two or more bars ("1月—2月｜制定方案｜医务科"); rows are lines of their own. */
const TABLE_ROW = /[|｜][^|｜]+[|｜]/
/** A contact line ("咨询电话:…(某某办公室)", "社区党群服务中心地址:…", "联系人:…") is a line of its own, whatever its length. */
const CONTACT_LINE = new RegExp(`^[\\u4e00-\\u9fff]{0,10}(?:${wordAlternation([...CONTACT_KEYS, '联系人'])})\\s?[:：]`)

// A list of other documents under its heading ("猜你喜欢:某某总结 2.1万人阅读") opens a line of its own, even after a text cut mid-sentence.
const RELATED_LEAD = new RegExp(`^(?:${wordAlternation(RELATED_HEADINGS)})\\s?[:：]`)
/** A line ending in a widget's or a menu's symbol (★, >, |) was not cut mid-sentence. */
const SYMBOL_END = /[★☆■□●○◆◇▲△▼▽→←>»|｜]\s*$/

/** The highest "N、" marker inside a line, for runs like "1、…;2、…" wrapped at a marker. */
function lastInlineNumber(text: string): number {
  let max = 0
  INLINE_MARKERS.lastIndex = 0
  for (let m = INLINE_MARKERS.exec(text); m; m = INLINE_MARKERS.exec(text)) max = Math.max(max, Number(m[1]))
  return max
}

function continues(prev: string, next: string, prevIsTitle: boolean): boolean {
  // Titles and compilation labels ("…方案1", "…总结篇一") stand on their own line.
  if (prevIsTitle || looksLikeTitle(prev) || isSpeechTitle(prev) || variantBase(prev) !== null) return false
  // Nor does a speech's title continue the line above it (a header the rules left in).
  if (isSpeechTitle(next)) return false
  // A title after the line's last full stop ("…仅供参考。某某活动总结", the intro cut later) ends its line too.
  const afterStop = afterLastFullStop(prev)
  if (afterStop.length < prev.length && looksLikeTitle(afterStop)) return false
  const lead = LEADING_NUMBER.exec(next)
  // A numbered run inside a paragraph, wrapped just before its next number.
  if (lead && /[;;]$/.test(prev) && lastInlineNumber(prev) === Number(lead[1]) - 1) return true
  if (PARAGRAPH_END.test(prev)) return false
  // A social post ends its sentences with an emoji and opens its items with one ("…来啦🍂", "📅时间:…").
  if (endsWithEmoji(prev) || withoutLeadingEmoji(next) !== next) return false
  if (markerLevel(next) > 0 || CONTACT_LINE.test(prev) || isDateLine(next) || RELATED_LEAD.test(next)) return false // a signature's date ends any sentence
  if (TABLE_ROW.test(prev) && TABLE_ROW.test(next)) return false
  // "二是…" opens the next point; a line wrapped right before it would end in its comma or semicolon.
  if (leadingMarker(next)?.style === 'cn-shi' && !CLAUSE_OPEN_END.test(prev)) return false
  // A heading ("一、加强领导,深入宣传": a marker, short, no full stop) ends where it ends; a
  // wrapped list item runs on past a line's width or holds a full stop.
  if (markerLevel(prev) > 0 && !/[。;;]/.test(prev) && prev.length <= HEADING_MAX) return false
  if (SYMBOL_END.test(prev) || mostlyFurniture(prev) || KEY_VALUE_PAIRS.test(prev) || BRACKETED_LINE.test(prev.trim())) return false
  return prev.length >= 20 || (INTERNAL_PUNCT.test(prev) && !SHORT_KEY_VALUE.test(prev))
}

// Longer lines are sentences however many keys they hold.
const FURNITURE_LINE_MAX = 60

/**
 * More of the line is page furniture (keys and values, counters, URLs, interface words) than words
 * of its own: a line the rules left in, not a sentence wrapped at the line's width. Joined to the
 * paragraph after it, it would hide inside the paragraph, or take the paragraph with it when cut.
 */
function mostlyFurniture(line: string): boolean {
  if (line.length > FURNITURE_LINE_MAX) return false
  const s = furnitureShares(line)
  return s.total - s.symbol - s.text > s.text
}

/** Groups kept lines into blocks. */
export function unwrap(lines: readonly KeptLine[], titleLine: number): WorkBlock[] {
  const out: WorkBlock[] = []
  let prevIndex = -1
  for (const line of lines) {
    const prev = out[out.length - 1]
    // A news headline the rules cut the byline under ("某某学院举办技能竞赛周" / [作者:… 发布时间:…] / "11月1日至7日,…")
    // stood apart from the paragraph: no wrap crosses a cut line there (a page marker cut mid-sentence has no headline above it).
    const headline = prev !== undefined && line.index - prevIndex > 1 && isNewsHeadline(prev.text.text)
    prevIndex = line.index
    // A line that opens a new document, or the title, never continues the previous one (a junk line the
    // rules left above the title would take it: "试读结束,完整内容请下载" + the title).
    if (prev && !headline && line.opens === undefined && line.index !== titleLine && (line.chunk || continues(prev.text.text, line.text.text, prev.isTitle))) {
      const joined = prev.text.concat(line.text)
      prev.text = joined.remove(spacesToDrop(joined.text))
    } else {
      out.push({ text: line.text, isTitle: line.index === titleLine, ...(line.opens !== undefined ? { opens: line.opens } : {}) })
    }
  }
  return out
}

/**
 * Splits the normalized input into lines with their offsets, and undoes two layouts that
 * hide line structure: a one-line page whose title is glued to the body, and page chunks
 * numbered "1、", "2、" at line starts whose breaks fall inside words.
 */
import { INTRO_CUES, STAMP_PHRASES } from '../lexicon/boilerplate.js'
import { GENRE_WORD, TITLE_DECORATION } from '../lexicon/genres.js'
import { alternation } from '../rules/match.js'
import { fold } from '../text/fold.js'
import { hasSeoDecoration, isSpeechTitle, looksLikeTitle, stripSeo } from '../text/title.js'

export interface Line {
  text: string
  /** Start in the normalized input. */
  offset: number
}

/** Non-empty lines of the text with their offsets. */
export function splitLines(text: string): Line[] {
  const out: Line[] = []
  let offset = 0
  for (const raw of text.split('\n')) {
    if (raw.length > 0) out.push({ text: raw, offset })
    offset += raw.length + 1
  }
  return out
}

const HEAD_SEO = new RegExp(`^${TITLE_DECORATION}`)
const LEADING_STAMP = new RegExp(`^(?:${alternation(STAMP_PHRASES)})`)
const GENRE_END = new RegExp(`${GENRE_WORD.source}`, 'g')
/** The first section heading's marker, right after a glued title: 一、 / (一) / 1、 / 1.1 followed by text. */
const SECTION_START = /^(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|1(?:\.1)*[、.]?)[\u4e00-\u9fff]/

const INTRO_THEN_TITLE = /^(.{6,80}[。!！])\s*([^。!！?？,，]{4,40})$/
/** Where a long line splits into stamp / title / decoration / rest (ascending cut positions). */
export function headCuts(text: string, at = 0): number[] {
  // A site's intro glued before the title ("以下是某某网为您整理的讲话稿,供参考。 在某某典礼上的讲话"): the title goes
  // on a line of its own, so that the intro's cut leaves it.
  const intro = at === 0 ? INTRO_THEN_TITLE.exec(fold(text)) : null
  if (intro && INTRO_CUES.some((c) => intro[1]!.includes(c)) && (looksLikeTitle(intro[2]!) || isSpeechTitle(intro[2]!))) return [intro[1]!.length]
  // A short line is split only where its first section heading starts ("…演练总结一、演练概况").
  const short = text.length - at < 80
  // A site stamp printed before the title hides it: split the stamp off first.
  const stamp = short ? null : LEADING_STAMP.exec(fold(text.slice(at)))
  if (stamp) return [at + stamp[0].length, ...headCuts(text, at + stamp[0].length)]
  const head = fold(text.slice(at, at + 70))
  GENRE_END.lastIndex = 0
  for (let m = GENRE_END.exec(head); m; m = GENRE_END.exec(head)) {
    const end = m.index + m[0].length
    const title = head.slice(0, end)
    if (end < 4 || !looksLikeTitle(title) || hasSeoDecoration(title)) continue
    if (SECTION_START.test(head.slice(end))) return [at + end]
    // The title doubled on its own short line ("…述职报告…述职报告"): the copy goes on a line of its own, for the repeat rules.
    if (short && text.slice(at).trim() === title + title) return [at + end]
    if (short) continue
    const deco = decorationLength(head.slice(end), stripSeo(title))
    if (deco === null) continue
    return deco > 0 ? [at + end, at + end + deco] : [at + end]
  }
  return []
}

// What may follow a title glued at the head of a one-line page: the title again, SEO words,
// the category word, a space or a variant label. Anything else means it was no title.
function decorationLength(after: string, title: string): number | null {
  if (after.startsWith(title)) return 0 // the glued-title rule removes the repeat
  const seo = HEAD_SEO.exec(after)
  if (seo) return seo[0].length
  // The site's category word between the title and its repeat: "…工作总结工作总结 …工作总结".
  const category = /^(?:工作)?(?:总结|计划|汇报|方案)/.exec(after)
  const bare = title.replace(/^(?:19|20)\d{2}年?(?:度)?/, '')
  if (category) {
    const next = after.slice(category[0].length).trimStart()
    if (next === '' || next.startsWith(title) || next.startsWith(bare)) return category[0].length
  }
  if (/^\s/.test(after)) return 0
  if (/^篇[一二三四五六七八九十\d]/.test(after)) return 0
  return null
}

/** Where a title line runs on into its first section heading ("消防疏散演练总结一、…"), or undefined. */
export function sectionCut(text: string): number | undefined {
  const cuts = text.length < 80 ? headCuts(text) : []
  if (cuts.length === 1) return cuts[0]
  // A title the head cuts split otherwise (its SEO decoration after it) is theirs to split, on the page's first line.
  return cuts.length === 0 && (text.length < 80 || headCuts(text).length === 0) ? introAfterTitle(text) : undefined
}

/**
 * Where a site's intro after the title on its line starts ("…食堂管理工作总结 总结是对一段时间工作的回顾…,以下是某某网为
 * 大家带来的范文,仅作参考。", the space often lost to the normalizer), or undefined: the title goes on a line of its
 * own, so that the intro's cut leaves it.
 */
const MIN_INTRO_TITLE = 8
// A title's own characters: no mark, quote or bracket (an intro naming a title puts it in quotes or 《》).
const PLAIN_TITLE = /^[\u4e00-\u9fff\d]+$/
// The intro's own opening ("下面是小编为大家整理的…工作总结报告", "想必你也在为怎么写…工作总结而发愁吧"), or 是, a question word or
// the reader anywhere in it (a sentence, no title: "…就是工作总结").
const INTRO_OPENING = /^(?:下面|以下|本文|这是|这篇|此篇|想必|相信)|是|怎么|如何|你|您/
// After the title a new sentence starts: no mark, no question about the genre, no sentence going on from the genre word
// ("心得体会是指…", "…工作总结怎么写?", "…就是工作总结,只有…", "…写作要点多,某某网小编…").
const SUBJECT_GOES_ON = /^\s*(?:[^\u4e00-\u9fff]|是|为|指|就是|要|才|的|而|怎么|如何|范文|模板|大全|精选|[\u4e00-\u9fff]{1,3}[,，;；])/
function introAfterTitle(text: string): number | undefined {
  const head = fold(text.slice(0, 70))
  GENRE_END.lastIndex = 0
  for (let m = GENRE_END.exec(head); m; m = GENRE_END.exec(head)) {
    const end = m.index + m[0].length
    const title = head.slice(0, end)
    if (end < MIN_INTRO_TITLE || !PLAIN_TITLE.test(title) || INTRO_OPENING.test(title) || INTRO_CUES.some((c) => title.includes(c)) || !looksLikeTitle(title)) continue
    // A sentence that goes on from the genre word names it, no title ("心得体会是指…", "…工作总结是…").
    const rest = text.slice(end)
    return !SUBJECT_GOES_ON.test(rest) && INTRO_CUES.some((c) => rest.includes(c)) ? end : undefined
  }
  return undefined
}

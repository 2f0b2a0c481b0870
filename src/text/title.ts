/** Title recognition: what a title line looks like, its SEO-free core, and variant labels. */
import { HEADLINE_EVENT_VERBS } from '../lexicon/boilerplate.js'
import { GENRE_WORD, SEO_TITLE_PARTS, VARIANT_INFIX, VARIANT_PREFIX, VARIANT_SUFFIX } from '../lexicon/genres.js'
import { fold } from './fold.js'
import { wordAlternation } from './pattern.js'

const SENTENCE_PUNCT = /[。!?;！？；]/
const TITLE_MAX = 60
const GENRE_AT_END = new RegExp(`${GENRE_WORD.source}(?:\\s?\\([^()]{2,20}\\))?$`)

/** A line that reads as a document title: short, no sentence punctuation, ends with a genre word. */
export function looksLikeTitle(line: string): boolean {
  const t = fold(line).trim()
  if (t.length < 4 || t.length > TITLE_MAX || SENTENCE_PUNCT.test(t)) return false
  return GENRE_AT_END.test(stripSeo(t)) || GENRE_AT_END.test(t)
}

// A news headline reports an event (某某县妇联召开执委会议, 我县举办首期家政培训班): something before the verb and after it, no
// sentence or key punctuation.
const NEWS_HEADLINE = new RegExp(`^[^。,，;；:：!?！？]{2,40}?(?:${wordAlternation(HEADLINE_EVENT_VERBS)})[^。,，;；:：!?！？]{2,30}$`)

/** A line that reads as the headline of a news item: a site's list of its other news is made of them. */
export function isNewsHeadline(line: string): boolean {
  return NEWS_HEADLINE.test(fold(line).trim())
}

/** A decoration a site added to a title: where it stands in the line and how surely it is one. */
export interface Decoration {
  readonly start: number
  readonly end: number
  readonly strength: 'strong' | 'weak' | 'key'
}

/** The SEO decorations at the start and end of a title line, outermost first (positions in the line). */
export function decorations(title: string): Decoration[] {
  const folded = fold(title)
  let start = folded.length - folded.trimStart().length
  let end = folded.trimEnd().length
  const out: Decoration[] = []
  for (let pass = 0; pass < 4; pass++) {
    let found = false
    for (const part of SEO_TITLE_PARTS) {
      const m = part.re.exec(folded.slice(start, end))
      if (!m || m[0].length === 0 || m[0].length >= end - start) continue
      const at = start + m.index
      out.push({ start: at, end: at + m[0].length, strength: part.strength })
      if (m.index === 0) start += m[0].length
      else end = at
      while (start < end && folded[start] === ' ') start++
      while (end > start && folded[end - 1] === ' ') end--
      found = true
    }
    if (!found) break
  }
  return out
}

/** Removes SEO decorations repeatedly ("最新2020年…范文大全" → "…"). */
export function stripSeo(title: string): string {
  const folded = fold(title)
  const cut = decorations(title)
  let start = 0
  let end = folded.length
  for (const d of cut) {
    if (d.start <= start + 1) start = Math.max(start, d.end)
    else end = Math.min(end, d.start)
  }
  return folded.slice(start, end).trim()
}

// A bare count of documents ("…工作总结十篇", "…7篇") may be part of a document's own title.
const BARE_COUNT = /^(?:\d{1,3}|[一二三四五六七八九十百]{1,4})篇$/

/**
 * A title line that can be the document's own title: title-shaped, with no decoration or only
 * weak ones (最新, 范文, a bare count). "(精选8篇)", "范文大全", ".docx" title the page instead.
 */
export function titleWorthy(line: string): boolean {
  if (!looksLikeTitle(line)) return false
  const folded = fold(line)
  return decorations(line).every((d) => d.strength !== 'strong' || BARE_COUNT.test(folded.slice(d.start, d.end)))
}

/** True when the title carries SEO decorations (it is the site's page title, not the document's). */
export function hasSeoDecoration(title: string): boolean {
  return decorations(title).some((d) => d.strength !== 'key')
}

/** A compilation variant label on a title line: the bare title and where the label stands. */
export interface VariantLabel {
  readonly base: string
  readonly start: number
  readonly end: number
}

/** A speech's title ("在全镇秋季森林防火工作会议上的讲话"): after a variant label it names the variant. */
const SPEECH_TITLE = /^在.{2,40}(?:会议|大会|仪式|典礼|座谈会|动员会|推进会|总结会)上的(?:讲话|致辞|发言|总结讲话|讲话稿)$/

/** A speech's title: the shape looksLikeTitle does not know ("在全镇…工作会议上的讲话"). */
export function isSpeechTitle(text: string): boolean {
  return SPEECH_TITLE.test(text.trim())
}

/** The variant label of a line ("…工作总结一", "… 篇1", "篇一:…", "第1篇 …"), or null. */
export function variantLabel(line: string): VariantLabel | null {
  const folded = fold(line)
  const t = folded.trim()
  const lead = folded.length - folded.trimStart().length
  // A label may stutter ("篇一篇一…", a template filled twice): all of it is the label.
  let labelEnd = 0
  for (let p = VARIANT_PREFIX.exec(t); p && p[0].length > 0; p = VARIANT_PREFIX.exec(t.slice(labelEnd))) labelEnd += p[0].length
  if (labelEnd > 0) {
    const rest = t.slice(labelEnd).replace(/^《|》$/g, '')
    if (rest !== '' && !looksLikeTitle(rest) && !SPEECH_TITLE.test(rest)) return null
    return { base: rest, start: lead, end: lead + labelEnd }
  }
  const infix = VARIANT_INFIX.exec(t)
  if (infix && GENRE_AT_END.test(infix[1]!.trim()) && looksLikeTitle(t.slice(infix[0].length))) {
    return { base: t.slice(infix[0].length), start: lead, end: lead + infix[0].length }
  }
  const m = VARIANT_SUFFIX.exec(t)
  if (!m || m.index === 0) return null
  const base = t.slice(0, m.index).trim()
  if (!GENRE_AT_END.test(base) && !GENRE_AT_END.test(stripSeo(base))) return null
  return { base, start: lead + m.index, end: lead + t.length }
}

/** Strips a compilation variant label ("…工作总结一", "… 篇1", "篇一:…") and returns the bare title, or null. */
export function variantBase(line: string): string | null {
  return variantLabel(line)?.base ?? null
}

/**
 * A comparable key for titles: SEO parts, years, spaces and punctuation removed, so that
 * "2020年最新精准扶贫工作计划" and "2020年精准扶贫工作计划" share the key "精准扶贫工作计划".
 */
export function titleKey(title: string): string {
  return stripSeo(title)
    .replace(/(?:19|20)\d{2}\s?(?:年度|年)?|二[〇○o零]{1,2}[一二三四五六七八九〇○o零]{1,2}年?/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
}


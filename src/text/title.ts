/** Title recognition: what a title line looks like, its SEO-free core, and variant labels. */
import { GENRE_WORD, SEO_TITLE_PARTS, VARIANT_SUFFIX } from '../lexicon/genres.js'
import { fold } from './fold.js'

const SENTENCE_PUNCT = /[。!?;！？；]/
const TITLE_MAX = 60
const GENRE_AT_END = new RegExp(`${GENRE_WORD.source}(?:\\s?\\([^()]{2,20}\\))?$`)

/** A line that reads as a document title: short, no sentence punctuation, ends with a genre word. */
export function looksLikeTitle(line: string): boolean {
  const t = fold(line).trim()
  if (t.length < 4 || t.length > TITLE_MAX || SENTENCE_PUNCT.test(t)) return false
  return GENRE_AT_END.test(stripSeo(t)) || GENRE_AT_END.test(t)
}

/** Removes SEO decorations repeatedly ("最新2020年…范文大全" → "…"). */
export function stripSeo(title: string): string {
  let t = fold(title).trim()
  for (let pass = 0; pass < 4; pass++) {
    const before = t
    for (const part of SEO_TITLE_PARTS) t = t.replace(part, '').trim()
    if (t === before) break
  }
  return t
}

/** True when the title carries SEO decorations (it is the site's page title, not the document's). */
export function hasSeoDecoration(title: string): boolean {
  return stripSeo(title) !== fold(title).trim()
}

/** Strips a compilation variant label ("…工作总结一", "… 篇1", "篇一:…") and returns the bare title, or null. */
export function variantBase(line: string): string | null {
  const t = fold(line).trim()
  const prefixed = /^篇\s?(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s?[:.、]?\s?(.*)$/.exec(t)
  if (prefixed) return prefixed[1] && looksLikeTitle(prefixed[1]) ? prefixed[1] : prefixed[1] === '' ? '' : null
  const m = VARIANT_SUFFIX.exec(t)
  if (!m || m.index === 0) return null
  const base = t.slice(0, m.index).trim()
  return GENRE_AT_END.test(base) ? base : null
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


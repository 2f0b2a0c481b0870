/**
 * Page metadata read from the markup (profile selectors, labelled values such as 上传时间:…),
 * never guessed: a field the page does not state stays null.
 */
import type { CheerioAPI } from 'cheerio/slim'
import type { Element } from 'domhandler'
import type { MetaField, MetaSpec, SiteProfile } from '../profiles/index.js'
import { linearize } from './linearize.js'
import { escapeRegExp } from '../text/pattern.js'

type Fields = Record<Exclude<MetaField, 'title'>, string | null>

const DATE = '(\\d{4}\\s{0,2}[-/.年]\\s{0,2}\\d{1,2}\\s{0,2}[-/.月]\\s{0,2}\\d{1,2})'
const VALUE: Readonly<Record<MetaField, string>> = {
  title: '([^\\n|｜]{2,80})',
  uploadDate: DATE,
  pageCount: '(\\d{1,5})',
  uploader: '([^\\s|｜,，;；:：]{1,40})',
  documentId: '([A-Za-z0-9_-]{2,40})',
  declaredFormat: '([A-Za-z]{2,5})\\b',
}
// Labels doc-sharing sites print before upload facts, whatever the site.
const GENERIC_LABELS: Readonly<Record<Exclude<MetaField, 'title'>, readonly string[]>> = {
  uploader: ['上传人', '上传者', '贡献者'],
  uploadDate: ['上传时间', '上传日期', '上传于'],
  pageCount: ['页数'],
  declaredFormat: ['文档格式', '格式'],
  documentId: ['文档编号', '文档ID', '资源ID'],
}
const DATE_PARTS = /(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/
const SPACES = /\s+/g
const labelCache = new Map<string, RegExp>()

function labelPattern(label: string, field: MetaField): RegExp {
  const key = `${field}\u0000${label}`
  let re = labelCache.get(key)
  if (!re) {
    re = new RegExp(`${escapeRegExp(label)}\\s{0,3}[:：]?\\s{0,3}${VALUE[field]}`)
    labelCache.set(key, re)
  }
  return re
}

/** Collapsed text of an element, gathered iteratively. */
export function textOf(el: Element): string {
  return linearize(el)
    .map((l) => l.text)
    .join('\n')
}

function fromText(text: string, field: MetaField, spec: MetaSpec | undefined, labels: readonly string[]): string | null {
  if (spec?.pattern) {
    const found = spec.pattern.exec(text)?.[1]
    if (found) return found
  }
  for (const label of labels) {
    const found = labelPattern(label, field).exec(text)?.[1]
    if (found) return found
  }
  return null
}

function fromSpec($: CheerioAPI, field: MetaField, spec: MetaSpec | undefined): string | null {
  for (const selector of spec?.selectors ?? []) {
    for (const el of $(selector).toArray().slice(0, 5)) {
      if (el.type !== 'tag') continue
      const raw = spec?.attr ? el.attribs[spec.attr] : el.name === 'input' ? el.attribs['value'] : textOf(el)
      const text = raw?.trim()
      if (!text) continue
      if (!spec?.pattern && !spec?.labels && field !== 'pageCount') return text.replace(SPACES, ' ')
      const found = fromText(text, field, spec, spec?.labels ?? GENERIC_LABELS[field as Exclude<MetaField, 'title'>] ?? [])
      if (found) return found
    }
  }
  return null
}

function normalize(field: MetaField, value: string | null): string | null {
  if (value === null) return null
  if (field === 'uploadDate') {
    const m = DATE_PARTS.exec(value)
    return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : value
  }
  if (field === 'declaredFormat') return value.replace('.', '').toUpperCase()
  return value.trim()
}

/** The document title a profile points at (h1, a hidden title field…), before any pruning. */
export function profileTitle($: CheerioAPI, profile: SiteProfile | null): string | null {
  return profile ? fromSpec($, 'title', profile.meta.title) : null
}

/** `<title>` text, whitespace collapsed. */
export function pageTitle($: CheerioAPI): string | null {
  const el = $('title').first()[0]
  if (!el || el.type !== 'tag') return null
  return textOf(el).replace(SPACES, ' ').trim() || null
}

/**
 * Upload facts from profile selectors, then labelled values in the page text (`上传时间:2020-05-12`);
 * the page text is only scanned when the raw HTML holds one of the labels.
 */
export function readFields($: CheerioAPI, profile: SiteProfile | null, html: string, url: string | undefined): Fields {
  const fields: Fields = { uploadDate: null, pageCount: null, uploader: null, documentId: null, declaredFormat: null }
  const keys = Object.keys(fields) as (keyof Fields)[]
  for (const key of keys) fields[key] = normalize(key, fromSpec($, key, profile?.meta[key]))
  if (!fields.documentId && url && profile?.documentIdInUrl) fields.documentId = profile.documentIdInUrl.exec(url)?.[1] ?? null
  const missing = keys.filter((k) => fields[k] === null && GENERIC_LABELS[k].some((label) => html.includes(label)))
  if (missing.length === 0) return fields
  const body = $('body')[0]
  if (!body || body.type !== 'tag') return fields
  const text = textOf(body)
  for (const key of missing) fields[key] = normalize(key, fromText(text, key, profile?.meta[key], [...(profile?.meta[key]?.labels ?? []), ...GENERIC_LABELS[key]]))
  return fields
}

/**
 * Reads a short line as page furniture: splits it into tokens and says what each one is
 * (a metadata pair, a date, a counter, an interface word, a site name, a URL, a symbol, or
 * text). The furniture rules and the line model judge a line by how much of it is furniture.
 */
import { BYLINE_KEYS, DATE_KEYS, META_KEYS, NOT_SITES, SITE_ENDINGS, UI_WORDS } from '../lexicon/furniture.js'
import { fold } from './fold.js'
import { wordAlternation } from './pattern.js'

export type FurnitureKind = 'meta' | 'date' | 'counter' | 'ui' | 'site' | 'url' | 'symbol' | 'text'

export interface FurnitureToken {
  readonly kind: FurnitureKind
  readonly text: string
}

const KEYS = wordAlternation([...META_KEYS, ...DATE_KEYS].map(fold))
const KEY = new RegExp(`^(${KEYS})\\s?[:：丨]\\s?(.*)$`)
// "上传人(卖家):" — a remark between a key and its colon would split the key from it.
const KEY_REMARK = new RegExp(`(${KEYS})[(（][^()（）]{1,8}[)）](?=\\s?[:：])`, 'g')
const BYLINE_KEY = new RegExp(`^(?:${wordAlternation(BYLINE_KEYS.map(fold))})$`)
const DATE_KEY = new Set<string>(DATE_KEYS)
/** Dates and times the way machines write them (2023-11-17, 2012/3/27, 08:45:13, 2017年03月09日). */
export const MACHINE_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d{4}年\d{2}月\d{2}日|\d{2}-\d{2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\d{1,2}:\d{2}(?::\d{2})?)$/
const COUNTER = /^(?:[\u4e00-\u9fff]{0,4})?[(\[]?\d+(?:\.\d+)?[万wWkK]?[)\]]?(?:次|人|条|字|页|篇)?$/
const URL = /^(?:https?:\/\/\S+|www\.[\w.-]+\S*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|cc|top|info|la|vip|xyz)(?:\/\S*)?)$/i
const SYMBOLS = /^[\p{P}\p{S}]+$/u
const UI = new Set<string>(UI_WORDS.map(fold))
const SITE = new RegExp(`^[\\u4e00-\\u9fffA-Za-z0-9]{1,12}(?:${wordAlternation(SITE_ENDINGS)})$`)
const NOT_SITE = new RegExp(`(?:${wordAlternation(NOT_SITES)})$`)
// Token boundaries: spaces, bars, and brackets (each bracket stands alone).
const SPLIT = /[\s|｜]+|(?=[[\]【】〔〕()（）<>《》»«›→])|(?<=[[\]【】〔〕()（）<>《》»«›→])/
const EDGE = /^[,，、;；:：!！?？~～·•◆●▪*]+|[,，、;；:：!！?？~～·•◆●▪*]+$/g

function kindOf(token: string): FurnitureKind {
  if (SYMBOLS.test(token)) return 'symbol'
  if (URL.test(token)) return 'url'
  const kv = KEY.exec(token)
  if (kv) {
    const value = kv[2]!.trim()
    if (DATE_KEY.has(kv[1]!)) return MACHINE_DATE.test(value) || value === '' ? 'meta' : 'text'
    // "[ 字体: ] [ 阅读: ]": an interface word with a colon and nothing after it is a control.
    if (value === '' && UI.has(kv[1]!)) return 'ui'
    return value.length <= 40 ? 'meta' : 'text'
  }
  if (MACHINE_DATE.test(token)) return 'date'
  const bare = token.replace(EDGE, '')
  if (bare === '') return 'symbol'
  if (UI.has(bare) || bare.split('/').every((p) => UI.has(p))) return 'ui'
  if (COUNTER.test(bare)) return 'counter'
  if (bare === '本站' || bare === '本网' || (SITE.test(bare) && !NOT_SITE.test(bare))) return 'site'
  return 'text'
}

/** The tokens of a line (folded first), each with its furniture kind. */
export function furnitureTokens(line: string): FurnitureToken[] {
  const parts = fold(line).trim().replace(KEY_REMARK, '$1').split(SPLIT).filter((p) => p.length > 0)
  const out: FurnitureToken[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    const prev = out[out.length - 1]
    // "郑**(实名认证)": a short remark in brackets right after a value belongs to it.
    if (prev?.kind === 'meta' && /^[(（]$/.test(part) && /^[)）]$/.test(parts[i + 2] ?? '') && (parts[i + 1]?.length ?? 99) <= 6) {
      out[out.length - 1] = { kind: 'meta', text: `${prev.text}(${parts[i + 1]})` }
      i += 2
      continue
    }
    // "文/图 张三": a byline key takes the name after it as its value.
    if (BYLINE_KEY.test(part.replace(EDGE, '')) && i + 1 < parts.length && /^[\u4e00-\u9fff·]{2,4}[)）]?$/.test(parts[i + 1]!)) {
      out.push({ kind: 'meta', text: `${part} ${parts[i + 1]}` })
      i++
      continue
    }
    out.push({ kind: kindOf(part), text: part })
  }
  return out
}

/** Characters per furniture kind over a line's tokens. */
export function furnitureShares(tokens: readonly FurnitureToken[]): Record<FurnitureKind, number> & { total: number } {
  const out = { meta: 0, date: 0, counter: 0, ui: 0, site: 0, url: 0, symbol: 0, text: 0, total: 0 }
  for (const t of tokens) {
    out[t.kind] += t.text.length
    out.total += t.text.length
  }
  return out
}

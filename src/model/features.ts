/**
 * The line model's features: what a line looks like, where it stands, and what the rules said of
 * its neighbours. One definition serves training (scripts/train.ts, `docsift train`) and scoring.
 */
import { INTRO_CUES, PLATFORM_CUES } from '../lexicon/boilerplate.js'
import { SELF_REFERENCE, SUMMARY_WORDS } from '../lexicon/offtopic.js'
import type { RuleKind } from '../schema.js'
import { hanCount } from '../text/chars.js'
import { fold } from '../text/fold.js'
import { furnitureShares } from '../text/furniture.js'
import { markerLevel } from '../text/markers.js'
import { oncePer } from '../text/memo.js'
import { wordAlternation } from '../text/pattern.js'
import { looksLikeTitle, titleKey } from '../text/title.js'

/**
 * Lines longer than this are never judged by the model: page furniture is short, and what the
 * rules leave of a long line (a whole one-line page) is the document.
 */
export const MODEL_LINE_MAX = 120

/** Everything a line's features read: the page's lines and what is known about them. */
export interface LineContext {
  readonly texts: readonly string[]
  /** Kind of the rule that cut each line in the first round, or null. */
  readonly verdicts: readonly (RuleKind | null)[]
  readonly titleKey: string
  readonly titleIndex: number
  readonly firstBody: number
  readonly lastBody: number
}

/** Feature names, in weight order; a model names them so a stale one is refused. */
export const FEATURES = [
  'length', 'short8', 'short20', 'hanShare', 'digitShare', 'latinShare', 'symbolShare', 'sentenceEnd', 'innerStop',
  'commaDensity', 'colonEnd', 'furnitureMeta', 'furnitureChrome', 'furnitureText', 'platformWords', 'introCue',
  'markerHeading', 'titleShaped', 'titleKeyEqual', 'titleOverlap', 'isTitle', 'bodyWords', 'position', 'beforeBody',
  'afterBody', 'headDistance', 'tailDistance', 'prevCut', 'nextCut', 'cutNearby', 'prevBody', 'nextBody', 'repeated',
  'bracketed', 'phone', 'signatureDate', 'shortInBody', 'shortHead', 'shortTail', 'question', 'nameLike',
] as const
export type FeatureName = (typeof FEATURES)[number]

const SENTENCE_END = /[。!?！？;；…]["”’」』)）]*$/
const BODY_LIKE = /[,。;:,;]/
const PLATFORM = new RegExp(wordAlternation(PLATFORM_CUES.map(fold)), 'g')
const INTRO = new RegExp(wordAlternation(INTRO_CUES.map(fold)))
const BODY_WORDS = new RegExp(`${wordAlternation(SUMMARY_WORDS)}|${SELF_REFERENCE.source}`, 'g')
const BRACKETED = /^(?:[(（【\[「〔].*[)）】\]」〕]|——.*——|-{2,}.*-{2,})$/
const PHONE = /(?:\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|400-?\d{3}-?\d{4}|QQ[:：]?\s?\d{5,})/
const SIGNATURE_DATE = /^(?:[\u4e00-\u9fff]{0,20})?(?:\d{4}|二[〇○零]\S{2})年\d{1,2}月(?:\d{1,2}日)?$/
const NAME_LIKE = /^[|｜\s-]*[\u4e00-\u9fff]{2,4}$/
const SYMBOLS = /[|>»<«_\-/\\·•●▪◆#@~^*=+【】\[\]]/g

function bodyLike(text: string | undefined): number {
  return text !== undefined && text.length >= 24 && BODY_LIKE.test(text) && !looksLikeTitle(text) ? 1 : 0
}

const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x)

// Per page: how often each line stands on it, folded and trimmed (comparing every line with every
// other was quadratic on long pages).
const lineCounts = oncePer((texts: readonly string[]) => {
  const counts = new Map<string, number>()
  for (const t of texts) {
    const key = fold(t).trim()
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
})

/** The values of a record in the order of `names`: a loop, not `Float64Array.from` over an iterator. */
function vectorOf<N extends string>(names: readonly N[], values: Readonly<Record<N, number>>): Float64Array {
  const x = new Float64Array(names.length)
  for (let k = 0; k < names.length; k++) x[k] = values[names[k]!]
  return x
}

/** The feature vector of line i. */
export function lineFeatures(ctx: LineContext, i: number): Float64Array {
  const raw = ctx.texts[i] ?? ''
  const text = fold(raw).trim()
  const len = text.length
  const solid = text.replace(/\s/g, '').length || 1
  const han = hanCount(text)
  const digits = (text.match(/\d/g) ?? []).length
  const latin = (text.match(/[A-Za-z]/g) ?? []).length
  const symbols = (text.match(SYMBOLS) ?? []).length
  const commas = (text.match(/[,、，]/g) ?? []).length
  const furniture = furnitureShares(text)
  const furnitureSolid = furniture.total - furniture.symbol || 1
  const n = ctx.texts.length
  const before = i < ctx.firstBody
  const after = ctx.lastBody >= 0 && i > ctx.lastBody
  const noPunct = !/[\p{P}]/u.test(text)
  const short20 = len <= 20
  const key = ctx.titleKey && len <= 60 ? titleKey(text) : ''
  let cutNear = 0
  let near = 0
  for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
    if (j === i) continue
    near++
    if (ctx.verdicts[j]) cutNear++
  }
  const repeated = len <= 60 && (lineCounts(ctx.texts).get(text) ?? 0) >= 2 ? 1 : 0
  const values: Record<FeatureName, number> = {
    length: clamp(Math.log2(1 + len) / 8),
    short8: len <= 8 ? 1 : 0,
    short20: short20 ? 1 : 0,
    hanShare: han / solid,
    digitShare: digits / solid,
    latinShare: latin / solid,
    symbolShare: clamp(symbols / solid),
    sentenceEnd: SENTENCE_END.test(text) ? 1 : 0,
    innerStop: /[。!?].+/.test(text) ? 1 : 0,
    commaDensity: clamp(commas / Math.max(1, han / 10)),
    colonEnd: /[:：]$/.test(text) ? 1 : 0,
    furnitureMeta: (furniture.meta + furniture.date + furniture.counter) / furnitureSolid,
    furnitureChrome: (furniture.ui + furniture.site + furniture.url) / furnitureSolid,
    furnitureText: furniture.text / furnitureSolid,
    platformWords: clamp((text.match(PLATFORM) ?? []).length / 3),
    introCue: INTRO.test(text) ? 1 : 0,
    markerHeading: markerLevel(text) > 0 ? 1 : 0,
    titleShaped: looksLikeTitle(text) ? 1 : 0,
    titleKeyEqual: key !== '' && key === ctx.titleKey && i !== ctx.titleIndex ? 1 : 0,
    titleOverlap: key.length >= 4 && ctx.titleKey.length >= 4 && (key.includes(ctx.titleKey) || ctx.titleKey.includes(key)) ? 1 : 0,
    isTitle: i === ctx.titleIndex ? 1 : 0,
    bodyWords: clamp((text.match(BODY_WORDS) ?? []).length / 3),
    position: n > 1 ? i / (n - 1) : 0,
    beforeBody: before ? 1 : 0,
    afterBody: after ? 1 : 0,
    headDistance: before ? clamp((ctx.firstBody - i) / 5) : 0,
    tailDistance: after ? clamp((i - ctx.lastBody) / 5) : 0,
    prevCut: i > 0 && ctx.verdicts[i - 1] ? 1 : 0,
    nextCut: i + 1 < n && ctx.verdicts[i + 1] ? 1 : 0,
    cutNearby: near > 0 ? cutNear / near : 0,
    prevBody: bodyLike(ctx.texts[i - 1]),
    nextBody: bodyLike(ctx.texts[i + 1]),
    repeated,
    bracketed: BRACKETED.test(text) ? 1 : 0,
    phone: PHONE.test(text) ? 1 : 0,
    signatureDate: SIGNATURE_DATE.test(text) ? 1 : 0,
    shortInBody: short20 && noPunct && !before && !after && markerLevel(text) === 0 ? 1 : 0,
    shortHead: short20 && before ? 1 : 0,
    shortTail: short20 && after ? 1 : 0,
    question: /[?？]$|[吗呢][?？]?$/.test(text) ? 1 : 0,
    nameLike: NAME_LIKE.test(text) ? 1 : 0,
  }
  return vectorOf(FEATURES, values)
}

/**
 * Training the off-topic model. Spliced text is rare in real pages, so positives are made: a
 * two-sentence run from the middle of one page's body is put into another page, as a paragraph
 * of its own and inside one of its paragraphs. Negatives are the pages' own paragraphs and
 * sentences (minus anything the gold says is junk). Donors come from other sites than the host.
 */
import { judgedSentences, judgedWindows, TOPIC_FEATURES, topicFeatures, type TopicDoc } from '../model/index.js'
import { fitLogistic, thresholdAtRate, type Row } from '../model/logistic.js'
import type { LinearScorer, ResolvedCleanOptions, TopicModel, TrainingPage } from '../schema.js'
import { DocStats } from '../text/doc-stats.js'
import { normalizeText } from '../text/normalize.js'
import { bodyBounds, cleanText } from './engine.js'

/**
 * Share of a page's own paragraphs (sentences, pairs of sentences) the chosen cut-off may cut. A
 * sentence cut costs less of the body than a paragraph cut, so the sentence scorer may reach
 * further. Pairs (splice test, leave-site-out): at 0.005, glued runs removed 0.439 and host body
 * kept 0.992; at 0.003, 0.418 and 0.993. Host text first.
 */
const MAX_FALSE_CUTS = { paragraph: 0.006, sentence: 0.02, window: 0.003 }
/** Donors per host page, at fixed strides through the page list (deterministic). */
const DONOR_STRIDES = [7, 19, 37, 53, 71]

const squash = (s: string) => s.replace(/\s+/g, '')

/** A page cleaned without the off-topic rules: its body blocks and title. */
export interface TopicPage {
  readonly site: string
  readonly texts: readonly string[]
  readonly title: string | null
  /** Blocks that hold gold junk (left by the cleaner): never a negative. */
  readonly junk: ReadonlySet<number>
}

export function topicPage(page: TrainingPage, site: string, options: ResolvedCleanOptions): TopicPage {
  const core = cleanText(normalizeText(page.text), { ...options, disable: [...options.disable, 'offtopic/'] })
  const texts = core.blocks.map((b) => b.text)
  const junk = new Set<number>()
  texts.forEach((t, i) => {
    if (page.gold.without.some((w) => squash(t).includes(squash(w)))) junk.add(i)
  })
  return { site, texts, title: core.title, junk }
}

/**
 * The spliced run a donor gives: two whole sentences from its middle paragraph, or from its last
 * one (sites splice in closing paragraphs too: "总之,半年来,我院…"), or null.
 */
export function donorRun(page: TopicPage, from: 'middle' | 'last' = 'middle'): string | null {
  const body = page.texts.filter((t) => t.length > 60)
  const para = body[from === 'middle' ? Math.floor(body.length / 2) : body.length - 1]
  if (!para) return null
  const parts = judgedSentences(para).filter((s) => /[。!?]$/.test(s.text))
  const run = parts.slice(0, 2).map((s) => s.text).join('')
  return run.length >= 25 ? run : null
}

function docOf(texts: readonly string[], title: string | null): TopicDoc {
  return { texts, stats: new DocStats(texts, title), title, firstBody: bodyBounds(texts, () => false).first }
}

/** Training rows of one host page: its own units (negatives) and spliced runs (positives). */
export function topicRows(host: TopicPage, donors: readonly TopicPage[]): { paragraph: Row[]; sentence: Row[]; window: Row[] } {
  const paragraph: Row[] = []
  const sentence: Row[] = []
  const window: Row[] = []
  const doc = docOf(host.texts, host.title)
  host.texts.forEach((text, index) => {
    if (index < doc.firstBody || host.junk.has(index) || text.length < 16) return
    paragraph.push({ x: topicFeatures(doc, { index, text, sentence: false, offset: 0 }), y: 0 })
    for (const s of judgedSentences(text)) sentence.push({ x: topicFeatures(doc, { index, text: s.text, sentence: true, offset: s.offset }), y: 0 })
    for (const w of judgedWindows(text)) window.push({ x: topicFeatures(doc, { index, text: w.text, sentence: true, offset: w.offset }), y: 0 })
  })
  const long = host.texts.map((t, i) => ({ t, i })).filter(({ t, i }) => i >= doc.firstBody && judgedSentences(t).length >= 2)
  const runs = donors.flatMap((d) => [...new Set([donorRun(d, 'middle'), donorRun(d, 'last')])])
  for (const run of runs) {
    if (!run || long.length === 0) continue
    // As a paragraph of its own, in the middle of the body.
    const at = Math.max(doc.firstBody + 1, Math.floor((doc.firstBody + host.texts.length) / 2))
    const spliced = [...host.texts.slice(0, at), run, ...host.texts.slice(at)]
    paragraph.push({ x: topicFeatures(docOf(spliced, host.title), { index: at, text: run, sentence: false, offset: 0 }), y: 1 })
    // Inside the middle long paragraph, after its first sentence.
    const target = long[Math.floor(long.length / 2)]!
    const first = judgedSentences(target.t)[0]!
    const cutAt = first.offset + first.text.length
    const glued = target.t.slice(0, cutAt) + run + target.t.slice(cutAt)
    const texts = host.texts.map((t, i) => (i === target.i ? glued : t))
    const gluedDoc = docOf(texts, host.title)
    for (const s of judgedSentences(run)) {
      sentence.push({ x: topicFeatures(gluedDoc, { index: target.i, text: s.text, sentence: true, offset: cutAt + s.offset }), y: 1 })
    }
    // The whole run, as the pair of sentences it is.
    window.push({ x: topicFeatures(gluedDoc, { index: target.i, text: run, sentence: true, offset: cutAt }), y: 1 })
  }
  return { paragraph, sentence, window }
}

function scorer(rows: readonly Row[], maxFalseCuts: number): LinearScorer {
  const fit = fitLogistic(rows, TOPIC_FEATURES.length)
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  return { features: [...TOPIC_FEATURES], weights: fit.weights.map(round), bias: round(fit.bias), threshold: round(thresholdAtRate(fit, rows, maxFalseCuts)) }
}

/** Fits the off-topic model on prepared pages; donors for each page come from other sites. */
export function fitTopicModel(pages: readonly TopicPage[]): TopicModel {
  const paragraph: Row[] = []
  const sentence: Row[] = []
  const window: Row[] = []
  pages.forEach((host, i) => {
    const donors = DONOR_STRIDES.map((k) => pages[(i + k) % pages.length]!).filter((d) => d.site !== host.site)
    const rows = topicRows(host, donors)
    paragraph.push(...rows.paragraph)
    sentence.push(...rows.sentence)
    window.push(...rows.window)
  })
  return {
    format: 'docsift-topic-model/2',
    paragraph: scorer(paragraph, MAX_FALSE_CUTS.paragraph),
    sentence: scorer(sentence, MAX_FALSE_CUTS.sentence),
    window: scorer(window, MAX_FALSE_CUTS.window),
    trainedOn: { pages: pages.length, paragraphs: paragraph.length, sentences: sentence.length, windows: window.length },
  }
}

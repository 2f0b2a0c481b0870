/**
 * The one place rule order lives. Line rules run on raw lines before hard wraps are
 * rejoined, block rules on paragraphs, span rules inside the blocks that remain.
 */
import { afterClosing } from './boilerplate/after-closing.js'
import { commentSection } from './boilerplate/comment-section.js'
import { columnLabel } from './boilerplate/column-label.js'
import { threadTrail } from './boilerplate/thread-trail.js'
import { copyrightStatement } from './boilerplate/copyright-statement.js'
import { imageCaption } from './boilerplate/image-caption.js'
import { lineClassifier } from './boilerplate/line-classifier.js'
import { latinChrome } from './boilerplate/latin-chrome.js'
import { navigation } from './boilerplate/navigation.js'
import { pageFooter } from './boilerplate/page-footer.js'
import { siteVoice } from './boilerplate/site-voice.js'
import { siteTraffic } from './boilerplate/site-traffic.js'
import { pageChrome } from './boilerplate/page-chrome.js'
import { scriptResidue } from './boilerplate/script-residue.js'
import { platformDisclaimer } from './boilerplate/platform-disclaimer.js'
import { siteStamp } from './boilerplate/site-stamp.js'
import { variantLabelRule } from './boilerplate/variant-label.js'
import { gluedTitle } from './duplicate-title/glued-title.js'
import { repeatedTitle } from './duplicate-title/repeated-title.js'
import { seoTitle } from './duplicate-title/seo-title.js'
import { asciiNoise } from './inline-splice/ascii-noise.js'
import { bracketedSite } from './inline-splice/bracketed-site.js'
import { gluedAddress } from './inline-splice/glued-address.js'
import { htmlRemnant } from './inline-splice/html-remnant.js'
import { markdownMarkup } from './inline-splice/markdown-markup.js'
import { latinInsert } from './inline-splice/latin-insert.js'
import { mojibake } from './inline-splice/mojibake.js'
import { ownershipStamp } from './inline-splice/ownership-stamp.js'
import { pinyinReading } from './inline-splice/pinyin-reading.js'
import { spamTerm } from './inline-splice/spam-term.js'
import { splicedTitle } from './inline-splice/spliced-title.js'
import { strayMark } from './inline-splice/stray-mark.js'
import { watermark } from './inline-splice/watermark.js'
import { byline } from './metadata/byline.js'
import { keyValue } from './metadata/key-value.js'
import { posterLine } from './metadata/poster-line.js'
import { tagLine } from './metadata/tag-line.js'
import { trailingKeyValue } from './metadata/trailing-key-value.js'
import { splicedParagraph } from './offtopic/spliced-paragraph.js'
import { splicedSentence } from './offtopic/spliced-sentence.js'
import { nonChineseResidue } from './layout/non-chinese-residue.js'
import { hiddenTextMarker } from './page-marker/hidden-text-marker.js'
import { endMark } from './page-marker/end-mark.js'
import { officePlaceholder } from './page-marker/office-placeholder.js'
import { pageChunk } from './page-marker/page-chunk.js'
import { runningMarker } from './page-marker/running-marker.js'
import { previewMarker } from './page-marker/preview-marker.js'
import { relatedDocuments } from './related-list/related-documents.js'
import { relatedTitles } from './related-list/related-titles.js'
import { genericLead } from './template-intro/generic-lead.js'
import { siteIntro } from './template-intro/site-intro.js'
import type { Rule } from './types.js'

/** Every rule, in the order it runs within its scope. */
export const RULES: readonly Rule[] = Object.freeze([
  // inline: noise inside raw lines, cut before anything else reads them
  pageChunk,
  runningMarker,
  markdownMarkup,
  htmlRemnant,
  scriptResidue,
  pinyinReading,
  watermark,
  asciiNoise,
  spamTerm,
  bracketedSite,
  ownershipStamp,
  gluedAddress,
  latinInsert,
  strayMark,
  officePlaceholder,
  mojibake,
  trailingKeyValue,
  endMark,
  // line
  relatedDocuments,
  relatedTitles,
  previewMarker,
  platformDisclaimer,
  copyrightStatement,
  navigation,
  keyValue,
  byline,
  tagLine,
  pageChrome,
  siteVoice,
  pageFooter,
  imageCaption,
  latinChrome,
  variantLabelRule,
  seoTitle,
  repeatedTitle,
  // line, second round: reads the verdicts above
  posterLine,
  commentSection,
  columnLabel,
  threadTrail,
  afterClosing,
  siteTraffic,
  lineClassifier,
  // block
  nonChineseResidue,
  genericLead,
  splicedParagraph,
  // span
  siteStamp,
  hiddenTextMarker,
  siteIntro,
  gluedTitle,
  splicedTitle,
  splicedSentence,
])

/** Rules that say a line is page furniture whatever the title: used to find where the body starts. */
export const FURNITURE_RULES: readonly Rule[] = RULES.filter((r) => r.traits?.furniture)

/** The rules of one scope that the options leave on (`disable` takes ids or `kind/` prefixes). */
export function activeRules(scope: Rule['scope'], disable: readonly string[]): Rule[] {
  return RULES.filter((r) => r.scope === scope && !disable.some((d) => r.id === d || (d.endsWith('/') && r.id.startsWith(d))))
}

export type { Rule } from './types.js'

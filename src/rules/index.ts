/**
 * The one place rule order lives. Line rules run on raw lines before hard wraps are
 * rejoined, block rules on paragraphs, span rules inside the blocks that remain.
 */
import { copyrightStatement } from './boilerplate/copyright-statement.js'
import { navigation } from './boilerplate/navigation.js'
import { platformDisclaimer } from './boilerplate/platform-disclaimer.js'
import { siteStamp } from './boilerplate/site-stamp.js'
import { gluedTitle } from './duplicate-title/glued-title.js'
import { repeatedTitle } from './duplicate-title/repeated-title.js'
import { seoTitle } from './duplicate-title/seo-title.js'
import { splicedTitle } from './inline-splice/spliced-title.js'
import { uploadMetadata } from './metadata/upload-metadata.js'
import { splicedParagraph } from './offtopic/spliced-paragraph.js'
import { splicedSentence } from './offtopic/spliced-sentence.js'
import { hiddenTextMarker } from './page-marker/hidden-text-marker.js'
import { previewMarker } from './page-marker/preview-marker.js'
import { relatedDocuments } from './related-list/related-documents.js'
import { genericLead } from './template-intro/generic-lead.js'
import { siteIntro } from './template-intro/site-intro.js'
import type { Rule } from './types.js'

/** Every rule, in the order it runs within its scope. */
export const RULES: readonly Rule[] = Object.freeze([
  // line
  relatedDocuments,
  previewMarker,
  platformDisclaimer,
  copyrightStatement,
  navigation,
  uploadMetadata,
  seoTitle,
  repeatedTitle,
  // block
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
export const FURNITURE_RULES: readonly Rule[] = [previewMarker, platformDisclaimer, copyrightStatement, navigation, uploadMetadata]

/** The rules of one scope that the options leave on (`disable` takes ids or `kind/` prefixes). */
export function activeRules(scope: Rule['scope'], disable: readonly string[]): Rule[] {
  return RULES.filter((r) => r.scope === scope && !disable.some((d) => r.id === d || (d.endsWith('/') && r.id.startsWith(d))))
}

export type { Rule } from './types.js'

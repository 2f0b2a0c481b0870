import type { SiteProfile } from './types.js'

/** 360docs.net: PDF-derived text in one content block, a download disclaimer list above it. */
export const docs360: SiteProfile = {
  id: '360docs',
  site: '360docs.net',
  hosts: /(?:^|\.)360docs\.net$/,
  detect: ['.doc-disclaimer', '#doc-content.doc-360'],
  body: ['#doc-content', '.doc-content', '.article-content'],
  junk: ['.doc-disclaimer', '.doc-actions', '.related-docs', '.breadcrumb', '.doc-tags'],
  layout: 'lines',
  lines: '#doc-content > p, .doc-content > p',
  meta: {
    title: { selectors: ['h1.doc-title', 'h1'] },
    uploadDate: { selectors: ['.doc-info'], labels: ['上传时间', '发布时间'] },
    pageCount: { selectors: ['.doc-info'], labels: ['页数'] },
    declaredFormat: { selectors: ['.doc-info'], labels: ['格式'] },
  },
  documentIdInUrl: /\/doc\/(\d{4,20})\.html/,
}

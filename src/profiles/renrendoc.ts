import type { SiteProfile } from './types.js'

/** renrendoc (人人文库): preview page images (alt `…_第N页`), then the text of the first pages. */
export const renrendoc: SiteProfile = {
  id: 'renrendoc',
  site: 'renrendoc.com',
  hosts: /(?:^|\.)renrendoc\.com$/,
  detect: ['.preview-page-img', '.renrendoc-txt'],
  body: ['.doc-txt', '.renrendoc-txt', '#contents'],
  junk: ['.preview-page-img', '.read-more', '.copyright-note', '.down-box', '.related-docs', '.doc-intro-label'],
  layout: 'blocks',
  meta: {
    title: { selectors: ['h1.doc-title', 'h1'] },
    uploader: { selectors: ['.doc-info'], labels: ['上传人', '上传者'] },
    uploadDate: { selectors: ['.doc-info'], labels: ['上传时间'] },
    pageCount: { selectors: ['.doc-info'], labels: ['页数'] },
    declaredFormat: { selectors: ['.doc-info'], labels: ['格式'] },
    documentId: { selectors: ['.doc-info'], labels: ['文档编号'] },
  },
  documentIdInUrl: /\/paper\/(\d{4,20})\.html/,
}

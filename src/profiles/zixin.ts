import type { SiteProfile } from './types.js'

/** zixin.com.cn (mobile): the text split into numbered page chunks whose breaks fall mid-word. */
export const zixin: SiteProfile = {
  id: 'zixin',
  site: 'zixin.com.cn',
  hosts: /(?:^|\.)zixin\.com\.cn$/,
  detect: ['.zx-page-txt', '.zx-doc'],
  body: ['.zx-doc'],
  junk: ['.zx-banner', '.zx-desc-label', '.zx-related', '.zx-download'],
  layout: 'lines',
  lines: '.zx-doc .zx-page-txt',
  meta: {
    title: { selectors: ['h1'] },
    uploader: { selectors: ['.zx-info'], labels: ['上传人', '上传者'] },
    uploadDate: { selectors: ['.zx-info'], labels: ['上传时间'] },
    pageCount: { selectors: ['.zx-info'], labels: ['页数'] },
    declaredFormat: { selectors: ['.zx-info'], labels: ['格式'] },
    documentId: { selectors: ['.zx-info'], labels: ['文档编号'] },
  },
  documentIdInUrl: /\/(?:doc|h)\/(\d{4,20})\.html/,
}

import type { SiteProfile } from './types.js'

/** book118 (原创力文档): preview pages as images, a text summary block, upload facts in a list. */
export const book118: SiteProfile = {
  id: 'book118',
  site: 'book118.com',
  hosts: /(?:^|\.)book118\.com$/,
  detect: ['.webpreview-text', '#main .preview'],
  body: ['.webpreview-text', '.preview-txt', '.article-content'],
  junk: ['.preview-img', '.webpreview-item img', '.bookinfo', '.recommend', '.btn-download', '.declare'],
  layout: 'lines',
  lines: '.webpreview-text > p, .webpreview-text .page-txt',
  meta: {
    title: { selectors: ['h1#title', 'h1'] },
    uploader: { selectors: ['.bookinfo'], labels: ['上传人', '上传者'] },
    uploadDate: { selectors: ['.bookinfo'], labels: ['上传时间', '上传日期'] },
    pageCount: { selectors: ['.bookinfo'], labels: ['页数'] },
    declaredFormat: { selectors: ['.bookinfo'], labels: ['格式'] },
    documentId: { selectors: ['.bookinfo'], labels: ['文档ID', '文档编号'] },
  },
  documentIdInUrl: /\/(\d{6,24})\.shtm/,
}

import type { SiteProfile } from './types.js'

/** 163wenku.com: a long upload/download header (上传人, 【下载声明】) above the document text. */
export const wenku163: SiteProfile = {
  id: '163wenku',
  site: '163wenku.com',
  hosts: /(?:^|\.)163wenku\.com$/,
  detect: ['.wenku163-reader', '.down-statement'],
  body: ['.doc-body', '.wenku163-reader'],
  junk: ['.doc-toolbar', '.down-statement', '.doc-attrs', '.related-list', '.upload-ad'],
  layout: 'lines',
  lines: '.doc-body .page',
  meta: {
    title: { selectors: ['h1'] },
    uploader: { selectors: ['.doc-attrs'], labels: ['上传人(卖家)', '上传人'] },
    uploadDate: { selectors: ['.doc-attrs'], labels: ['上传时间'] },
    pageCount: { selectors: ['.doc-attrs'], labels: ['页数'] },
    declaredFormat: { selectors: ['.doc-attrs'], labels: ['类型', '格式'] },
    documentId: { selectors: ['.doc-attrs'], labels: ['文档编号'] },
  },
  documentIdInUrl: /\/(?:doc|p)-?\/?(\d{4,20})\.html/,
}

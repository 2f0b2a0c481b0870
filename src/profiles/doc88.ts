import type { SiteProfile } from './types.js'

/** doc88 (道客巴巴): canvas pages; the only text is the 内容提示 excerpt, with PUA punctuation. */
export const doc88: SiteProfile = {
  id: 'doc88',
  site: 'doc88.com',
  hosts: /(?:^|\.)doc88\.com$/,
  detect: ['canvas.inner_page', '#outer_page_1', '#continue_page'],
  body: ['#boxleft .doc-intro', '.doc-intro', '#intro'],
  junk: [
    '.page_ad', '#continue_page', '.surplus', '#readEndDiv', '#boxright', '#relatebox', '#downtestw',
    '.doc-meta', '.outer_page',
  ],
  layout: 'excerpt',
  meta: {
    title: { selectors: ['h1', '#downtestw', 'form#form_productbuy input[name="title"]'] },
    uploader: { selectors: ['p.uploader', '.user-name'], pattern: /此文档由\s{0,3}(\S{1,40}?)\s{0,3}分享于/ },
    uploadDate: { selectors: ['p.uploader', '.doc-meta'], pattern: /(?:分享于|上传于)\s{0,3}(\d{4}-\d{1,2}-\d{1,2})/ },
    pageCount: { selectors: ['.doc-meta'], labels: ['页数'] },
    declaredFormat: { selectors: ['.doc-meta'], labels: ['文档格式'] },
  },
  documentIdInUrl: /\/p-(\d{6,20})\.html/,
  charMap: { '\ue001': '（', '\ue002': '）', '\ue003': '，' },
}

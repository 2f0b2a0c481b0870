import type { SiteProfile } from './types.js'

/** docin (豆丁): one `div.model` per page with a text layer; page ads and a related list on the side. */
export const docin: SiteProfile = {
  id: 'docin',
  site: 'docin.com',
  hosts: /(?:^|\.)docin\.com$/,
  detect: ['#contentcontainer', '.doc_reader_mod'],
  body: ['#contentcontainer', '.doc_reader_mod'],
  junk: ['.doc_page_ad', '.model-fold-show', '.reader_more', '.sider', '.relate-doc', '.doc_active_info'],
  layout: 'lines',
  lines: '#contentcontainer .model .text-layer, #contentcontainer .model p',
  meta: {
    title: { selectors: ['.doc_title h1', 'h1'] },
    uploader: { selectors: ['.doc_active_info .user'], labels: ['上传者', '贡献者'] },
    uploadDate: { selectors: ['.doc_active_info'], labels: ['上传时间', '上传于'] },
    pageCount: { selectors: ['.doc_active_info'], labels: ['页数'] },
    declaredFormat: { selectors: ['.doc_active_info'], labels: ['格式'] },
  },
  documentIdInUrl: /\/p-(\d{5,20})\.html/,
}

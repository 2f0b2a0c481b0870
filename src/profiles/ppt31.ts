import type { SiteProfile } from './types.js'

/** 31ppt.com (三一办公): 资源ID/下载积分 facts and 友情提示 above a per-page text preview. */
export const ppt31: SiteProfile = {
  id: '31ppt',
  site: '31ppt.com',
  hosts: /(?:^|\.)31ppt\.com$/,
  detect: ['.sy-preview', '.sy-docinfo'],
  body: ['.sy-preview'],
  junk: ['.sy-docinfo', '.sy-tips', '.sy-related', '.sy-welcome', '.sy-categories'],
  layout: 'lines',
  lines: '.sy-preview .sy-page',
  meta: {
    title: { selectors: ['h1'] },
    documentId: { selectors: ['.sy-docinfo'], labels: ['资源ID'] },
    uploader: { selectors: ['.sy-docinfo'], labels: ['上传者', '上传人'] },
    uploadDate: { selectors: ['.sy-docinfo'], labels: ['上传时间', '发布时间'] },
    pageCount: { selectors: ['.sy-docinfo'], labels: ['页数'] },
    declaredFormat: { selectors: ['.sy-docinfo'], labels: ['格式', '类型'] },
  },
  documentIdInUrl: /\/(?:doc|view)\/(\d{3,20})/,
}

import type { SiteProfile } from './types.js'

/** wenke99.com: a short one-paragraph preview under the title, with stamps and a download box. */
export const wenke99: SiteProfile = {
  id: 'wenke99',
  site: 'wenke99.com',
  hosts: /(?:^|\.)wenke99\.com$/,
  detect: ['.wk99-preview'],
  body: ['.wk99-preview', '.article-content'],
  junk: ['.wk99-stamp', '.wk99-down', '.wk99-related', '.crumbs'],
  layout: 'blocks',
  meta: {
    title: { selectors: ['h1'] },
    uploadDate: { selectors: ['.wk99-info'], labels: ['上传时间', '发布时间'] },
    pageCount: { selectors: ['.wk99-info'], labels: ['页数'] },
    declaredFormat: { selectors: ['.wk99-info'], labels: ['格式'] },
  },
}

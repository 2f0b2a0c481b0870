import type { SiteProfile } from './types.js'

/** xuefen.com.cn (学分网): 范文 compilation pages, 格式/上传日期 and 时间/小编 lines above the text. */
export const xuefen: SiteProfile = {
  id: 'xuefen',
  site: 'xuefen.com.cn',
  hosts: /(?:^|\.)xuefen\.com\.cn$/,
  detect: ['.xf-article'],
  body: ['.xf-article .content', '.xf-article', '.content'],
  junk: ['.xf-meta', '.xf-tags', '.xf-prevnext', '.xf-related', '.crumbs'],
  layout: 'blocks',
  meta: {
    title: { selectors: ['h1'] },
    uploadDate: { selectors: ['.xf-meta'], labels: ['上传日期', '时间'] },
    uploader: { selectors: ['.xf-meta'], labels: ['小编'] },
    declaredFormat: { selectors: ['.xf-meta'], labels: ['格式'] },
  },
}

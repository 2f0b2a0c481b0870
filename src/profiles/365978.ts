import type { SiteProfile } from './types.js'

/** 365978.net: a 【www.365978.net--栏目】 stamp above a numbered 范文 compilation. */
export const w365978: SiteProfile = {
  id: '365978',
  site: '365978.net',
  hosts: /(?:^|\.)365978\.net$/,
  detect: ['.art-365978'],
  body: ['.art-365978 .art-body', '.art-365978'],
  junk: ['.art-stamp', '.art-related', '.art-nav'],
  layout: 'blocks',
  meta: {
    title: { selectors: ['h1'] },
    uploadDate: { selectors: ['.art-info'], labels: ['时间', '发布时间'] },
  },
}

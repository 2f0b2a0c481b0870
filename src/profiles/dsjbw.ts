import type { SiteProfile } from './types.js'

/** dsjbw.com: 范文 pages with a 此处隐藏N个字 paywall gap inside the text. */
export const dsjbw: SiteProfile = {
  id: 'dsjbw',
  site: 'dsjbw.com',
  hosts: /(?:^|\.)dsjbw\.com$/,
  detect: ['.dsj-text'],
  body: ['.dsj-text', '.content'],
  junk: ['.dsj-hide-tip', '.dsj-related', '.dsj-vip', '.crumbs'],
  layout: 'blocks',
  meta: {
    title: { selectors: ['h1'] },
    uploadDate: { selectors: ['.dsj-info'], labels: ['时间', '发布时间'] },
  },
}

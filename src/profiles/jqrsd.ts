import type { SiteProfile } from './types.js'

/** jqrsd.com: breadcrumb, H1 and a 时间 line, then a 范文汇编 in one content block. */
export const jqrsd: SiteProfile = {
  id: 'jqrsd',
  site: 'jqrsd.com',
  hosts: /(?:^|\.)jqrsd\.com$/,
  detect: ['.jq-content'],
  body: ['.jq-content', '.content'],
  junk: ['.jq-position', '.jq-info', '.jq-related', '.jq-pages'],
  layout: 'blocks',
  meta: {
    title: { selectors: ['h1'] },
    uploadDate: { selectors: ['.jq-info'], labels: ['时间'] },
  },
}

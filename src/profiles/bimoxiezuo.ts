import type { SiteProfile } from './types.js'

/** bimoxiezuo.com (mobile): one document of a compilation under a …篇N heading. */
export const bimoxiezuo: SiteProfile = {
  id: 'bimoxiezuo',
  site: 'bimoxiezuo.com',
  hosts: /(?:^|\.)bimoxiezuo\.com$/,
  detect: ['.bm-article'],
  body: ['.bm-article .bm-body', '.bm-article'],
  junk: ['.bm-related', '.bm-tabs', '.bm-foot'],
  layout: 'blocks',
  meta: {
    title: { selectors: ['h1'] },
  },
}

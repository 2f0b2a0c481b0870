import type { SiteProfile } from './types.js'

/** Baidu Wenku PC reader: positioned per-run `<p>` lines, empty page shells until scripts run. */
export const wenkuBaidu: SiteProfile = {
  id: 'wenku-baidu',
  site: 'wenku.baidu.com',
  hosts: /(?:^|\.)wenku\.baidu\.com$/,
  detect: ['.reader-container-inner', '#creader-app', '.doc-reader .reader-page'],
  body: ['.reader-container-inner', '.doc-reader', '#creader-app'],
  junk: [
    '.doc-tag-wrap', '[id^="html-reader-banner"]', '[id^="html-reader-AD"]', '.banner-more-btn', '.reader-tools-bar',
    '.doc-bottom-wrap', '.ad-wrap', '.vip-tips', '.page-count', '[class^="wkwm"]',
  ],
  layout: 'positioned',
  lines: 'p.reader-word-layer',
  unrendered: {
    pages: '.reader-page, #creader-app',
    reason: 'unrendered: page containers are empty until scripts run',
  },
  meta: {
    title: { selectors: ['.doc-title', '.reader_ab_test .doc-title', 'h1'] },
    pageCount: { selectors: ['.page-count'], pattern: /(\d{1,5})\s{0,2}页/ },
    uploader: { selectors: ['.uploader-name', '.doc-owner-name'] },
    uploadDate: { selectors: ['.upload-time', '.doc-date'] },
    declaredFormat: { selectors: ['.doc-type', '.doc-format'], attr: 'data-type' },
  },
  documentIdInUrl: /\/view\/([0-9a-f]{8,40})/i,
}

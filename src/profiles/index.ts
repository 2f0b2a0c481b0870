/** The site profiles, in match order, and how a page is matched to one. */
import type { CheerioAPI } from 'cheerio/slim'
import { book118 } from './book118.js'
import { doc88 } from './doc88.js'
import { docin } from './docin.js'
import { docs360 } from './docs360.js'
import { dsjbw } from './dsjbw.js'
import { jqrsd } from './jqrsd.js'
import { ppt31 } from './ppt31.js'
import { renrendoc } from './renrendoc.js'
import type { SiteProfile } from './types.js'
import { w365978 } from './365978.js'
import { bimoxiezuo } from './bimoxiezuo.js'
import { wenke99 } from './wenke99.js'
import { wenku163 } from './wenku163.js'
import { wenkuBaidu } from './wenku-baidu.js'
import { xuefen } from './xuefen.js'
import { zixin } from './zixin.js'

export type { Layout, MetaField, MetaSpec, SiteProfile } from './types.js'

/** Every site profile docsift knows. */
export const PROFILES: readonly SiteProfile[] = [
  wenkuBaidu, doc88, docin, book118, docs360, renrendoc, wenku163, ppt31, zixin,
  wenke99, xuefen, jqrsd, dsjbw, w365978, bimoxiezuo,
]

function hostOf(url: string): string | null {
  try {
    return new URL(url.includes('://') ? url : `http://${url}`).hostname.toLowerCase()
  } catch {
    return null
  }
}

/**
 * The profile for a page: by URL host when a URL is given, else by a distinctive container in the
 * markup; null for unknown sites (the generic fallback handles them).
 * @example
 * matchProfile('https://wenku.baidu.com/view/abc.html')?.id // 'wenku-baidu'
 */
export function matchProfile(url: string | undefined, $?: CheerioAPI): SiteProfile | null {
  const host = url ? hostOf(url) : null
  if (host) return PROFILES.find((p) => p.hosts.test(host)) ?? null
  if (!$) return null
  return PROFILES.find((p) => p.detect.some((selector) => $(selector).length > 0)) ?? null
}

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
  const present = markupNames($)
  return PROFILES.find((p) => p.detect.some((selector) => namesOf(selector).every((n) => present.has(n)) && $(selector).length > 0)) ?? null
}

// A class (.x) or id (#x) a selector names; bracketed attribute tests are left out first.
const NAMED = /([.#])(-?[A-Za-z_][\w-]*)/g

/**
 * The classes and ids a selector names: it can match only where every one of them is on the page.
 * Each detect selector used to be a walk over the whole page, for every profile, on every page of
 * an unknown site; one walk collecting the page's names now rules most of them out.
 */
function namesOf(selector: string): string[] {
  let names = SELECTOR_NAMES.get(selector)
  if (!names) {
    names = [...selector.replace(/\[[^\]]*\]/g, ' ').matchAll(NAMED)].map((m) => `${m[1]}${m[2]}`)
    SELECTOR_NAMES.set(selector, names)
  }
  return names
}
const SELECTOR_NAMES = new Map<string, string[]>()

/** Every `.class` and `#id` that stands on an element of the page. */
function markupNames($: CheerioAPI): Set<string> {
  const out = new Set<string>()
  $('[class], [id]').each((_, el) => {
    const { id, class: cls } = el.attribs
    if (id) out.add(`#${id}`)
    if (cls) for (const c of cls.split(/\s+/)) if (c) out.add(`.${c}`)
  })
  return out
}

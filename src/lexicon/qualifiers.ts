/**
 * Words around a number that say how exact it is: 余/多/以上 → over, 约/左右 → about,
 * 近/不到/以下 → under, 共/共计/合计 → exact. Graders put the adjacent word in a count's text
 * (近万份, 300人左右, 30余家) except the exact totals (共计68人 → text 68人).
 */
import { wordAlternation } from '../text/pattern.js'
import type { Qualifier } from '../schema.js'

/** Words right before a number, longest first within each meaning. */
export const PRE_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  不少于: 'over', 不低于: 'over', 高于: 'over', 超过: 'over', 突破: 'over', 至少: 'over', 最少: 'over', 起码: 'over',
  多达: 'over', 逾: 'over', 超: 'over',
  大约: 'about', 约计: 'about', 大概: 'about', 近似: 'about', 约: 'about', 約: 'about', 上: 'about',
  将近: 'under', 接近: 'under', 不超过: 'under', 不高于: 'under', 低于: 'under', 最多: 'under', 至多: 'under',
  不到: 'under', 不足: 'under', 近: 'under',
  共计: 'exact', 合计: 'exact', 累计: 'exact', 总计: 'exact', 共有: 'exact', 共: 'exact',
}

/** Pre-qualifiers kept out of a count's text (totals: the number itself is the count). */
export const TEXT_EXCLUDED_PRE: ReadonlySet<string> = new Set(['共计', '合计', '累计', '总计', '共有', '共'])

/** Pre-qualifiers that only apply to a bare round numeral (上千, 上万, 上百): 上 is a common word. */
export const ROUND_ONLY_PRE: ReadonlySet<string> = new Set(['上'])

/** Words between the number and its unit (30余家, 1万多份). */
export const MID_QUALIFIERS: Readonly<Record<string, Qualifier>> = { 余: 'over', 多: 'over', 来: 'about' }

/** Words right after the unit (300人左右, 100人以上). */
export const POST_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  以上: 'over', 有余: 'over', 左右: 'about', 上下: 'about', 以下: 'under', 以内: 'under', 不到: 'under',
}

/** A pre-qualifier ending right where the number starts. */
export const PRE_QUALIFIER_AT_END = new RegExp(`(?:${wordAlternation(Object.keys(PRE_QUALIFIERS))})$`)

/** A mid-qualifier at the start of the text after the number. */
export const MID_QUALIFIER_AT_START = new RegExp(`^(?:${wordAlternation(Object.keys(MID_QUALIFIERS))})`)

/** A post-qualifier at the start of the text after the unit. */
export const POST_QUALIFIER_AT_START = new RegExp(`^(?:${wordAlternation(Object.keys(POST_QUALIFIERS))})`)

/**
 * The year a summary is about: a year in the title (2020科技活动周工作总结, 二o一八年, the later
 * year of 2017-2018学年第二学期), else the most frequent written year in the text's dated
 * sentences. Placeholders (20xx) and document numbers (〔2020〕) never count.
 */
import { fold } from '../../text/fold.js'
import { plausibleYear, readMinguoYear, readYear } from './numerals.js'
import { MINGUO_YEAR, MONTH, YEAR } from './patterns.js'

// The separator may be lost in extraction ("20172018学年"): then the years must be consecutive.
const SCHOOL_YEAR = /(?<!\d)((?:19|20)\d{2})\s{0,2}([-—~至到]?)\s{0,2}((?:19|20)\d{2})\s{0,2}学年(?:度)?\s{0,2}(第([一二1-2])学期)?/
// A page without a title line often opens with it: look for a school year near the start.
const HEAD = 200

function schoolYear(text: string): number | null {
  const school = SCHOOL_YEAR.exec(fold(text))
  if (!school) return null
  const first = Number(school[1])
  const second = Number(school[3])
  if (!school[2] && second !== first + 1) return null
  return school[5] === '一' || school[5] === '1' ? first : second
}
const TITLE_YEAR = /(?<![\d〔[【])((?:19|20)\d{2})(?!\d)/
const CHINESE_YEAR = new RegExp(`(${YEAR})\\s{0,2}年`)
// Only years written with 年: numeric dates on these pages are mostly upload timestamps. In a span
// (2023—2025年) the first year counts: a plan for 2023-2025 is written in 2023.
const TEXT_YEAR = /(?<![\d〔[【.])((?:19|20)\d{2})\s{0,2}(?:年|[-—~至到]\s{0,2}(?:19|20)\d{2}\s{0,2}年)/g
const CHINESE_TEXT_YEAR = /([零〇o○一二三四五六七八九]{4})\s{0,2}年/g
// Sentences advertising other templates (最新2020年…范文) name someone else's year, and a site's
// clock or stamp (今天是:2026年3月3日, 发布时间:…) dates the page view, not the document.
// A Minguo year (Taiwan: 112年度, 民國112年, 112年5月): a bare one counts only before 年度 or a month.
const MINGUO = new RegExp(`${MINGUO_YEAR}(度|\\s{0,2}${MONTH}\\s{0,2}月)?`, 'g')

/** The Gregorian years of the Minguo years a text names. */
function minguoYears(text: string): number[] {
  const years: number[] = []
  for (const [, eraNumber, bare, after] of text.matchAll(MINGUO)) {
    if (eraNumber === undefined && after === undefined) continue
    const year = readMinguoYear(eraNumber ?? bare ?? '')
    if (plausibleYear(year)) years.push(year)
  }
  return years
}
const AD_SENTENCE = /范文|最新|精选|大全|模板|下载|推荐|热门|今天是|时间\s{0,2}[:：]|日期\s{0,2}[:：]/
const SENTENCE_END = /[。!?;\n]/

function fromTitle(title: string): number | null {
  const folded = fold(title)
  const school = schoolYear(folded)
  if (school !== null) return school
  const digits = TITLE_YEAR.exec(folded)
  if (digits && plausibleYear(Number(digits[1]))) return Number(digits[1])
  const chinese = CHINESE_YEAR.exec(folded)
  const year = chinese ? readYear(chinese[1] ?? '') : NaN
  return plausibleYear(year) ? year : (minguoYears(folded)[0] ?? null)
}

function fromText(text: string): number | null {
  const tally = new Map<number, number>()
  for (const line of fold(text).split(SENTENCE_END)) {
    if (AD_SENTENCE.test(line)) continue
    for (const match of line.matchAll(TEXT_YEAR)) {
      const year = Number(match[1])
      if (plausibleYear(year)) tally.set(year, (tally.get(year) ?? 0) + 1)
    }
    for (const match of line.matchAll(CHINESE_TEXT_YEAR)) {
      const year = readYear(match[1] ?? '')
      if (plausibleYear(year)) tally.set(year, (tally.get(year) ?? 0) + 1)
    }
    for (const year of minguoYears(line)) tally.set(year, (tally.get(year) ?? 0) + 1)
  }
  let best: number | null = null
  let bestCount = 0
  // Map order is first occurrence, so a tie goes to the year named first.
  for (const [year, count] of tally) {
    if (count > bestCount) {
      best = year
      bestCount = count
    }
  }
  return best
}

/** Returns the year a summary is about, from its title first and then its text; null when unknown. */
export function documentYearFromText(title: string | null, text: string): number | null {
  return (title ? fromTitle(title) : null) ?? schoolYear(text.slice(0, HEAD)) ?? fromText(text)
}

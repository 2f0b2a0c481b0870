/**
 * School terms: 2021-2022学年第一学期 (September to January) · 第二学期 / 下学期 (February to July) ·
 * 2020年春季学期 · 2019年秋季学期 · 暑假 (July and August of the year); and the terms a text names
 * without a year, never resolved: 本学期 · 这学期 · 新学期 · 学期初 · 学期末 · 期末 · 半学期 · 寒假.
 */
import type { Parser } from 'chrono-node'
import { setFlag } from '../meta.js'
import { readYear } from '../numerals.js'
import { RANGE_SEP, RELATIVE_YEAR, YEAR } from '../patterns.js'
import { components, documentYear, makeResult, readYearGroup } from './shared.js'

const SCHOOL_YEAR = `(${YEAR})\\s{0,2}(?:年)?\\s{0,2}${RANGE_SEP}\\s{0,2}(${YEAR})\\s{0,2}(?:学年度|学年|年度|年)\\s{0,2}(?:的)?\\s{0,2}(?:第\\s{0,2}([一二12])\\s{0,2}学期|([上下])学期|(?:度)?([春秋])季学期)`
const SEASON_TERM = `(${YEAR})\\s{0,2}年\\s{0,2}(?:度\\s{0,2})?([春秋])季\\s{0,2}学期`
const SUMMER = `(?:(${YEAR})\\s{0,2}年\\s{0,2}|(${RELATIVE_YEAR})\\s{0,2})?(暑假|暑期)`
const UNNAMED = '((?:本|这个|这|新|上|下|该|这半|半)学期(?:初|末|中|伊始)?|学期(?:初|末|中|伊始)|期末|期中|(?:春季|秋季|春|秋)学期|寒假|开学(?:的)?第一天|开学(?:之)?初)'
const PATTERN = new RegExp(`${SCHOOL_YEAR}|${SEASON_TERM}|${SUMMER}|${UNNAMED}`)

/** Parses school terms and summer holidays. */
export const semesterParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, fromYear, toYear, ordinal, half, schoolSeason, seasonYear, season, summerYear, summerRelative, , unnamed] = match
    const index = match.index ?? 0
    if (fromYear && toYear) {
      const first = readYear(fromYear)
      const second = readYear(toYear)
      if (!(second >= first && second - first <= 1)) return null
      // The first term runs from September to January, the second from February to July.
      const autumn = ordinal === '一' || ordinal === '1' || half === '上' || schoolSeason === '秋'
      const start = autumn ? components(context, { year: first, certain: true, relative: false }, 9) : components(context, { year: second, certain: true, relative: false }, 2)
      const end = autumn ? components(context, { year: first === second ? first + 1 : second, certain: true, relative: false }, 1) : components(context, { year: second, certain: true, relative: false }, 7)
      const result = makeResult(context, index, text, start, end, 'month', 'period')
      setFlag(result.start, 'fuzzy')
      return result
    }
    if (seasonYear && season) {
      const year = readYear(seasonYear)
      const known = { year, certain: true, relative: false }
      const start = season === '春' ? components(context, known, 2) : components(context, known, 9)
      const end = season === '春' ? components(context, known, 7) : components(context, { ...known, year: year + 1 }, 1)
      const result = makeResult(context, index, text, start, end, 'month', 'period')
      setFlag(result.start, 'fuzzy')
      return result
    }
    if (unnamed) {
      // A term of some school year the text does not name.
      const firstDay = unnamed.startsWith('开学') && unnamed.endsWith('天')
      const result = makeResult(context, index, text, components(context, { year: documentYear(context), certain: false, relative: false }), undefined, firstDay ? 'day' : 'half-year', firstDay ? 'date' : 'period')
      setFlag(result.start, 'unresolved')
      if (/[初末中]$|伊始/.test(unnamed)) setFlag(result.start, 'fuzzy')
      return result
    }
    const read = readYearGroup(context, summerYear, summerRelative)
    if (!read) return null
    const result = makeResult(context, index, text, components(context, read, 7), components(context, read, 8), 'month', 'period')
    setFlag(result.start, 'fuzzy')
    return result
  },
}

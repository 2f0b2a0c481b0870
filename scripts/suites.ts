/**
 * `npx tsx scripts/suites.ts DIR [-v]`: runs docsift's date and number extractors on public test
 * suites other projects wrote for Chinese, and prints per suite the share of cases docsift passes
 * and, for dates, the share chrono-node's zh parser alone passes under the same comparison.
 *
 * DIR holds the suites' repositories, each either checked out (DIR/duckling, DIR/JioNLP, DIR/chrono)
 * or as a bare git mirror (DIR/facebook+duckling/repo …). Nothing of the suites is copied into this
 * project: the cases are read from DIR at run time. Without DIR (or with DIR missing a suite) the
 * suite is skipped.
 *
 * Conventions (where a suite's differs from docsift's, the comparison follows docsift's, stated here):
 * - Dates are compared as inclusive day ranges (a month covers its days), plus the clock of the start
 *   when the case gives one (to the minute; seconds are ignored). Duckling's intervals are half-open
 *   and are made inclusive first; its grain decides the day range of a single instant (a Week is
 *   Monday to Sunday).
 * - Duckling resolves a holiday to its next occurrence after the reference (元旦 on 12 February 2013 is
 *   2014-01-01); docsift dates a holiday in the document year, so such a case is run with the year
 *   Duckling chose as the reference year.
 * - JioNLP's `time_delta` cases (durations) are docsift counts: they pass when the duration counts in
 *   the text add up to the same length (months of 30 days, years of 365). Its `time_period` cases
 *   (每周六上午9点) pass when docsift reports the expression as recurring, since docsift never lists
 *   occurrences; chrono has no such notion and fails them.
 * - A JioNLP timestamp reference is read in China's time zone (UTC+8), as JioNLP's tests assume.
 * - The mention compared is the longest docsift (or chrono) finds in the case's text, normalized as
 *   docsift normalizes every input (spaces next to Chinese characters dropped).
 * - Numbers: Duckling's Numeral cases are read with docsift's numeral reader; AmountOfMoney, Quantity
 *   and Duration cases and JioNLP's money cases through the count extractor, units converted (斤 =
 *   500 g, 角 = 0.1 元, 小时 = 3600 s) and currency names matched as synonyms (港币 = 港元 = HKD).
 *   JioNLP's blurred amounts (3000多欧元 → 3000-4000) pass when docsift gives the lower bound with an
 *   over/about qualifier.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chrono from 'chrono-node'
import { transformSync } from 'esbuild'
import type { Count, DateMention } from '../src/schema.js'
import { extractCounts, parseNumber } from '../src/extract/counts/index.js'
import { documentYearFromText, extractDates, readReference, type Reference } from '../src/extract/dates/index.js'
import { fold } from '../src/text/fold.js'
import { normalizeText } from '../src/text/normalize.js'

// ------------------------------------------------------------------ reading the suites

const args = process.argv.slice(2)
const verbose = args.includes('-v') || args.includes('--verbose')
const dir = args.find((a) => !a.startsWith('-'))

interface Repo { checkout: string; mirror: string }
const REPOS: Readonly<Record<string, Repo>> = {
  duckling: { checkout: 'duckling', mirror: 'facebook+duckling' },
  jionlp: { checkout: 'JioNLP', mirror: 'dongrixinyu+JioNLP' },
  chrono: { checkout: 'chrono', mirror: 'wanasit+chrono' },
}

function git(repo: Repo, ...rest: string[]): string | null {
  if (!dir) return null
  const gitDir = join(dir, repo.mirror, 'repo')
  if (!existsSync(gitDir)) return null
  try {
    return execFileSync('git', [`--git-dir=${gitDir}`, ...rest], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } catch {
    return null
  }
}

function readSuiteFile(name: keyof typeof REPOS, path: string): string | null {
  const repo = REPOS[name]!
  if (!dir) return null
  const file = join(dir, repo.checkout, path)
  if (existsSync(file)) return readFileSync(file, 'utf8')
  return git(repo, 'show', `HEAD:${path}`)
}

function listSuiteFiles(name: keyof typeof REPOS, prefix: string): string[] {
  const repo = REPOS[name]!
  const listed = git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', prefix)
  if (listed) return listed.split('\n').filter((p) => p.endsWith('.ts'))
  return []
}

// ------------------------------------------------------------------ what a date reading is

/** A reading reduced to what the comparison needs: inclusive day range and the start's clock. */
interface Reading {
  from: string // YYYY-MM-DD
  to: string
  clock?: string // HH:MM of the start, when the reading has one
}

interface Expected extends Reading {
  /** The case states a clock for its start. */
  timed: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')
const ymd = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

function addDaysIso(iso: string, n: number): string {
  const t = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + n * 86_400_000)
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/** An ISO value at any precision (2019 · 2019-05 · 2019-05-15 · 2019-05-15T14:30) as its first or last day. */
function dayOf(iso: string, side: 'from' | 'to'): string {
  const y = Number(iso.slice(0, 4))
  const m = iso.length >= 7 ? Number(iso.slice(5, 7)) : side === 'from' ? 1 : 12
  const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : side === 'from' ? 1 : lastDay(y, m)
  return ymd(y, m, d)
}

function readingOfMention(m: DateMention): Reading | null {
  if (!m.start) return null
  const clock = m.start.length > 10 ? m.start.slice(11, 16) : undefined
  return { from: dayOf(m.start, 'from'), to: dayOf(m.end ?? m.start, 'to'), ...(clock ? { clock } : {}) }
}

function same(actual: Reading | null, expected: Expected): boolean {
  if (!actual) return false
  if (actual.from !== expected.from || actual.to !== expected.to) return false
  return !expected.timed || actual.clock === expected.clock
}

/** The reference: a full instant or a year. */
interface Base { reference: Reference | null }

function docsiftReading(text: string, base: Base): { reading: Reading | null; mention?: DateMention } {
  const year = documentYearFromText(null, text) ?? base.reference?.year ?? null
  const mentions = extractDates(normalizeText(text), { year, instant: base.reference?.instant ?? null })
  const mention = [...mentions].sort((a, b) => b.text.length - a.text.length)[0]
  return mention ? { reading: readingOfMention(mention), mention } : { reading: null }
}

function chronoReading(text: string, base: Base): Reading | null {
  const ref = base.reference?.instant
  const refDate = ref ? new Date(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute, ref.second) : new Date(base.reference?.year ?? 2000, 0, 1)
  const results = chrono.zh.parse(text, refDate)
  const result = [...results].sort((a, b) => b.text.length - a.text.length)[0]
  if (!result) return null
  const iso = (c: chrono.ParsedComponents): string => {
    const y = c.get('year') ?? 2000
    if (c.isCertain('hour')) return `${ymd(y, c.get('month') ?? 1, c.get('day') ?? 1)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`
    if (c.isCertain('day')) return ymd(y, c.get('month') ?? 1, c.get('day') ?? 1)
    if (c.isCertain('month')) return `${y}-${pad(c.get('month') ?? 1)}`
    return String(y)
  }
  const start = iso(result.start)
  const end = result.end ? iso(result.end) : start
  const clock = start.length > 10 ? start.slice(11, 16) : undefined
  return { from: dayOf(start, 'from'), to: dayOf(end, 'to'), ...(clock ? { clock } : {}) }
}

// ------------------------------------------------------------------ tallies

interface Tally { name: string; cases: number; docsift: number; chrono: number | null; failures: string[] }

function tally(name: string, chronoApplies: boolean): Tally {
  return { name, cases: 0, docsift: 0, chrono: chronoApplies ? 0 : null, failures: [] }
}

function record(t: Tally, label: string, docsiftOk: boolean, chronoOk?: boolean): void {
  t.cases++
  if (docsiftOk) t.docsift++
  else t.failures.push(label)
  if (chronoOk && t.chrono !== null) t.chrono++
}

const share = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '—')

// ------------------------------------------------------------------ Duckling

interface DucklingCase { texts: string[]; expected: Expected; holidayYear?: number }

/** Balanced text from an opening parenthesis. */
function balanced(src: string, at: number): string {
  let depth = 0
  for (let i = at; i < src.length; i++) {
    if (src[i] === '(') depth++
    else if (src[i] === ')' && --depth === 0) return src.slice(at, i + 1)
  }
  return src.slice(at)
}

const GRAIN_DAYS: Readonly<Record<string, number>> = { Day: 1, Week: 7 }

/** An instant (y, m, d, h, mi, s) at a grain as the inclusive reading it stands for. */
function ducklingInstant(t: number[], grain: string, side: 'from' | 'to'): { day: string; clock?: string } {
  const [y = 2000, m0 = 1, d0 = 1, h = 0, mi = 0] = t
  const m = m0 || 1
  const d = d0 || 1
  if (grain === 'Year') return { day: side === 'from' ? ymd(y, 1, 1) : ymd(y, 12, 31) }
  if (grain === 'Quarter') return { day: side === 'from' ? ymd(y, m, 1) : ymd(y, m + 2, lastDay(y, m + 2)) }
  if (grain === 'Month') return { day: side === 'from' ? ymd(y, m, 1) : ymd(y, m, lastDay(y, m)) }
  if (grain in GRAIN_DAYS) return { day: side === 'from' ? ymd(y, m, d) : addDaysIso(ymd(y, m, d), (GRAIN_DAYS[grain] ?? 1) - 1) }
  return { day: ymd(y, m, d), clock: `${pad(h)}:${pad(mi)}` }
}

function tuples(src: string): number[][] {
  return [...src.matchAll(/\(\s*(-?\d+(?:\s*,\s*-?\d+){2,5})\s*\)/g)].map((m) => m[1]!.split(',').map((x) => Number(x.trim())))
}

/** One unit of a grain before the instant (half-open interval ends → inclusive). */
function before(t: number[], grain: string): number[] {
  const [y = 2000, m = 1, d = 1, h = 0, mi = 0, s = 0] = t
  const date = new Date(Date.UTC(y, (m || 1) - 1, d || 1, h, mi, s))
  if (grain === 'Year') date.setUTCFullYear(date.getUTCFullYear() - 1)
  else if (grain === 'Quarter') date.setUTCMonth(date.getUTCMonth() - 3)
  else if (grain === 'Month') date.setUTCMonth(date.getUTCMonth() - 1)
  else if (grain === 'Week') date.setUTCDate(date.getUTCDate() - 7)
  else if (grain === 'Day') date.setUTCDate(date.getUTCDate() - 1)
  else if (grain === 'Hour') date.setUTCHours(date.getUTCHours() - 1)
  else if (grain === 'Minute') date.setUTCMinutes(date.getUTCMinutes() - 1)
  else date.setUTCSeconds(date.getUTCSeconds() - 1)
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
}

function ducklingTimeCases(src: string): DucklingCase[] {
  const out: DucklingCase[] = []
  const code = src.replace(/--[^\n]*/g, '')
  for (const m of code.matchAll(/examples\s*\(/g)) {
    const expr = balanced(code, m.index + m[0].length - 1).slice(1, -1).trim()
    const listStart = code.indexOf('[', m.index + m[0].length + expr.length)
    const listEnd = code.indexOf(']', listStart)
    const texts = [...code.slice(listStart, listEnd).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!)
    const kind = /^\w+/.exec(expr)?.[0] ?? ''
    const grain = /\)\s*(\w+)\s*(?:"[^"]*")?\s*$/.exec(expr)?.[1] ?? 'Day'
    const ts = tuples(expr)
    if (!ts[0]) continue
    let expected: Expected
    if (kind === 'datetimeInterval' || kind === 'datetimeIntervalHoliday') {
      const from = ducklingInstant(ts[0], grain, 'from')
      const to = ducklingInstant(before(ts[1] ?? ts[0], grain), grain, 'to')
      expected = { from: from.day, to: to.day, timed: from.clock !== undefined, ...(from.clock ? { clock: from.clock } : {}) }
    } else {
      const from = ducklingInstant(ts[0], grain, 'from')
      const to = ducklingInstant(ts[0], grain, 'to')
      expected = { from: from.day, to: to.day, timed: from.clock !== undefined, ...(from.clock ? { clock: from.clock } : {}) }
    }
    const holiday = kind.includes('Holiday') ? ts[0][0] : undefined
    out.push({ texts, expected, ...(holiday !== undefined ? { holidayYear: holiday } : {}) })
  }
  return out
}

function runDucklingTime(): Tally | null {
  const src = readSuiteFile('duckling', 'Duckling/Time/ZH/Corpus.hs')
  if (!src) return null
  const t = tally('Duckling Time/ZH', true)
  const base: Base = { reference: readReference('2013-02-12T04:30:00') }
  for (const c of ducklingTimeCases(src)) {
    for (const text of c.texts) {
      // Duckling's holidays are the next occurrence; docsift's are the document year's.
      const b = c.holidayYear !== undefined && c.holidayYear !== 2013 ? { reference: readReference(String(c.holidayYear)) } : base
      const ours = docsiftReading(text, b)
      record(t, `${text} → ${JSON.stringify(c.expected)} got ${JSON.stringify(ours.reading)}`, same(ours.reading, c.expected), same(chronoReading(text, b), c.expected))
    }
  }
  return t
}

// Numbers ---------------------------------------------------------------------------

function ducklingExamples(src: string): { value: string; texts: string[] }[] {
  const code = src.replace(/--[^\n]*/g, '')
  const out: { value: string; texts: string[] }[] = []
  for (const m of code.matchAll(/examples\s*\(/g)) {
    const expr = balanced(code, m.index + m[0].length - 1).slice(1, -1).trim()
    const listStart = code.indexOf('[', m.index + m[0].length + expr.length)
    const listEnd = code.indexOf(']', listStart)
    out.push({ value: expr, texts: [...code.slice(listStart, listEnd).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!) })
  }
  return out
}

const num = (s: string) => Number(s.replace(/[()\s]/g, ''))

function runDucklingNumeral(): Tally | null {
  const src = readSuiteFile('duckling', 'Duckling/Numeral/ZH/Corpus.hs')
  if (!src) return null
  const t = tally('Duckling Numeral/ZH', false)
  for (const ex of ducklingExamples(src)) {
    const value = num(/NumeralValue\s*(\(?-?[\d.]+\)?)/.exec(ex.value)?.[1] ?? 'NaN')
    for (const text of ex.texts) {
      const got = parseNumber(fold(text).replace(/\s+/g, '').replace(/个$/, '').replace(/^负/, '-'))
      record(t, `${text} → ${value} got ${got}`, got !== undefined && Math.abs(got - value) < 1e-9)
    }
  }
  return t
}

const MONEY_UNITS: Readonly<Record<string, string>> = {
  元: 'CNY', 块: 'CNY', 人民币: 'CNY', 港币: 'HKD', 港元: 'HKD', 美元: 'USD', 美金: 'USD', 欧元: 'EUR', 日元: 'JPY', 日币: 'JPY',
  澳元: 'AUD', 英镑: 'GBP', 卢布: 'RUB', 韩元: 'KRW', 新台币: 'TWD', 台币: 'TWD', 泰铢: 'THB',
}
const DUCKLING_CURRENCY: Readonly<Record<string, string>> = { Cent: 'CNY', Dollar: 'CNY', CNY: 'CNY', HKD: 'HKD', USD: 'USD', EUR: 'EUR' }

function moneyOf(counts: Count[]): Count | undefined {
  return counts.find((c) => MONEY_UNITS[c.unit] !== undefined)
}

function runDucklingMoney(): Tally | null {
  const src = readSuiteFile('duckling', 'Duckling/AmountOfMoney/ZH/Corpus.hs')
  if (!src) return null
  const t = tally('Duckling AmountOfMoney/ZH', false)
  for (const ex of ducklingExamples(src)) {
    const m = /^(simple|under|above|between)\s+(\w+)\s+(.*)$/.exec(ex.value)
    if (!m) continue
    const [, kind, currency, rest] = m
    const factor = currency === 'Cent' ? 0.01 : 1
    const values = (rest ?? '').replace(/[()]/g, '').split(',').map((x) => num(x) * factor)
    for (const text of ex.texts) {
      const c = moneyOf(extractCounts(normalizeText(text)))
      const ok =
        c !== undefined &&
        MONEY_UNITS[c.unit] === DUCKLING_CURRENCY[currency ?? ''] &&
        Math.abs(c.value - (values[0] ?? NaN)) < 1e-6 &&
        (kind === 'between' ? Math.abs((c.valueMax ?? NaN) - (values[1] ?? NaN)) < 1e-6 : c.valueMax === undefined) &&
        (kind === 'under' ? c.qualifier === 'under' : kind === 'above' ? c.qualifier === 'over' : true)
      record(t, `${text} → ${ex.value} got ${JSON.stringify(c ?? null)}`, ok)
    }
  }
  return t
}

const GRAMS: Readonly<Record<string, number>> = { 克: 1, g: 1, 毫克: 0.001, mg: 0.001, 千克: 1000, 公斤: 1000, kg: 1000, 斤: 500, 吨: 1_000_000 }

function runDucklingQuantity(): Tally | null {
  const src = readSuiteFile('duckling', 'Duckling/Quantity/ZH/Corpus.hs')
  if (!src) return null
  const t = tally('Duckling Quantity/ZH', false)
  for (const ex of ducklingExamples(src)) {
    const m = /simple\s+Gram\s+([\d.]+)/.exec(ex.value)
    if (!m) continue
    const grams = Number(m[1])
    for (const text of ex.texts) {
      const total = extractCounts(normalizeText(text)).reduce((sum, c) => sum + c.value * (GRAMS[c.unit] ?? NaN), 0)
      record(t, `${text} → ${grams} g got ${total}`, Math.abs(total - grams) < 1e-6)
    }
  }
  return t
}

const SECONDS: Readonly<Record<string, number>> = {
  秒: 1, 分钟: 60, 小时: 3600, 天: 86_400, 日: 86_400, 周: 604_800, 星期: 604_800, 月: 2_592_000, 年: 31_536_000,
}
const GRAIN_SECONDS: Readonly<Record<string, number>> = {
  Second: 1, Minute: 60, Hour: 3600, Day: 86_400, Week: 604_800, Month: 2_592_000, Year: 31_536_000,
}

function durationSeconds(counts: Count[]): number {
  return counts.reduce((sum, c) => sum + c.value * (SECONDS[c.unit] ?? 0), 0)
}

function runDucklingDuration(): Tally | null {
  const src = readSuiteFile('duckling', 'Duckling/Duration/ZH/Corpus.hs')
  if (!src) return null
  const t = tally('Duckling Duration/ZH', false)
  for (const ex of ducklingExamples(src)) {
    const m = /DurationData\s+([\d.]+)\s+(\w+)/.exec(ex.value)
    if (!m) continue
    const seconds = Number(m[1]) * (GRAIN_SECONDS[m[2] ?? ''] ?? NaN)
    for (const text of ex.texts) {
      const got = durationSeconds(extractCounts(normalizeText(text)))
      record(t, `${text} → ${seconds} s got ${got}`, Math.abs(got - seconds) < 1e-6)
    }
  }
  return t
}

// ------------------------------------------------------------------ JioNLP (Python literals)

type Py = string | number | boolean | null | Py[] | { [k: string]: Py } | { call: string; args: Py[] } | { name: string }

/** A small reader for the Python literals JioNLP's tests are written in. */
function parsePython(src: string, at: number): { value: Py; end: number } {
  let i = at
  const ws = () => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++
      if (src[i] === '#') while (i < src.length && src[i] !== '\n') i++
      else return
    }
  }
  const value = (): Py => {
    ws()
    const ch = src[i]!
    if (ch === '[' || ch === '(') {
      const close = ch === '[' ? ']' : ')'
      i++
      const items: Py[] = []
      for (;;) {
        ws()
        if (src[i] === close) {
          i++
          return items
        }
        items.push(value())
        ws()
        if (src[i] === ',') i++
      }
    }
    if (ch === '{') {
      i++
      const obj: { [k: string]: Py } = {}
      for (;;) {
        ws()
        if (src[i] === '}') {
          i++
          return obj
        }
        const key = value()
        ws()
        i++ // ':'
        obj[String(key)] = value()
        ws()
        if (src[i] === ',') i++
      }
    }
    if (ch === "'" || ch === '"') {
      const q = ch
      let s = ''
      i++
      while (i < src.length && src[i] !== q) {
        if (src[i] === '\\') {
          i++
          s += src[i] === 'n' ? '\n' : src[i] === 't' ? '\t' : src[i]
        } else s += src[i]
        i++
      }
      i++
      return s
    }
    const token = /^[-+]?\d+(?:\.\d*)?(?:e[-+]?\d+)?|^[A-Za-z_][\w.]*/.exec(src.slice(i, i + 60))?.[0] ?? ''
    i += token.length || 1
    if (/^[-+\d]/.test(token)) return Number(token)
    if (token === 'None') return null
    if (token === 'True' || token === 'False') return token === 'True'
    ws()
    if (src[i] === '(') {
      const args = value() as Py[]
      return { call: token, args }
    }
    return { name: token }
  }
  const v = value()
  return { value: v, end: i }
}

const isName = (v: Py): v is { name: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'name' in v
const isCall = (v: Py): v is { call: string; args: Py[] } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'call' in v

/** A JioNLP `time_base` as docsift's reference: timestamps in UTC+8, lists and dicts field by field. */
function jioBase(base: Py, stamps: Readonly<Record<string, number>>): Base {
  const fromFields = (f: number[]): Base => {
    if (f.length <= 1) return { reference: { year: f[0] ?? 2000, instant: null } }
    const [y = 2000, m = 1, d = 1, h = 0, mi = 0, s = 0] = f
    return { reference: { year: y, instant: { year: y, month: m, day: d, hour: h, minute: mi, second: s } } }
  }
  const stamp = typeof base === 'number' ? base : isName(base) ? stamps[base.name] : undefined
  if (stamp !== undefined) {
    const t = new Date((stamp + 8 * 3600) * 1000)
    return fromFields([t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()])
  }
  if (Array.isArray(base)) return fromFields(base.map(Number))
  // time.time() is the clock, which docsift never reads; datetime.datetime(...) is a date.
  if (isCall(base)) return base.call === 'datetime.datetime' ? fromFields(base.args.map(Number)) : { reference: null }
  if (typeof base === 'object' && base !== null && !isName(base)) {
    const o = base as { [k: string]: Py }
    const y = Number(o['year'] ?? 2000)
    if (o['month'] === undefined) return { reference: { year: y, instant: null } }
    return fromFields([y, Number(o['month']), Number(o['day'] ?? 1), Number(o['hour'] ?? 0), Number(o['minute'] ?? 0), Number(o['second'] ?? 0)])
  }
  return { reference: null }
}

function jioExpected(times: Py): Expected | null {
  if (!Array.isArray(times) || typeof times[0] !== 'string' || typeof times[1] !== 'string') return null
  const [a, b] = times as [string, string]
  const timed = a.slice(11) !== '00:00:00'
  return { from: a.slice(0, 10), to: b.slice(0, 10), timed, ...(timed ? { clock: a.slice(11, 16) } : {}) }
}

const DELTA_SECONDS: Readonly<Record<string, number>> = { year: 31_536_000, month: 2_592_000, day: 86_400, hour: 3600, minute: 60, second: 1 }

function runJioTime(): Tally | null {
  const src = readSuiteFile('jionlp', 'test/test_time_parser.py')
  if (!src) return null
  const t = tally('JioNLP time_parser', true)
  const stamps: Record<string, number> = {}
  for (const m of src.matchAll(/^\s*(_ts_\d+)\s*=\s*(\d+)/gm)) stamps[m[1]!] = Number(m[2])
  for (const m of src.matchAll(/time_string_list\s*=\s*\[/g)) {
    const { value } = parsePython(src, m.index + m[0].length - 1)
    for (const item of value as Py[]) {
      if (!Array.isArray(item) || typeof item[0] !== 'string') continue
      const text = item[0]
      const expected = item[item.length - 1] as { [k: string]: Py }
      const base = jioBase(item[1] ?? null, stamps)
      const type = expected?.['type']
      if (type === 'time_delta') {
        const delta = expected['time'] as { [k: string]: Py }
        const seconds = Object.entries(delta ?? {}).reduce((s, [k, v]) => s + Number(v) * (DELTA_SECONDS[k] ?? NaN), 0)
        const got = durationSeconds(extractCounts(normalizeText(text)))
        record(t, `${text} → delta ${seconds} s got ${got}`, Math.abs(got - seconds) < 1)
        continue
      }
      if (type === 'time_period') {
        const ours = docsiftReading(text, base)
        record(t, `${text} → period got ${ours.mention?.kind ?? 'nothing'}`, ours.mention?.kind === 'recurring')
        continue
      }
      const exp = jioExpected(expected?.['time'] ?? null)
      if (!exp) continue
      const ours = docsiftReading(text, base)
      record(t, `${text} → ${JSON.stringify(exp)} got ${JSON.stringify(ours.reading)}`, same(ours.reading, exp), same(chronoReading(text, base), exp))
    }
  }
  return t
}

function runJioMoney(): Tally | null {
  const src = readSuiteFile('jionlp', 'test/test_money_parser.py')
  if (!src) return null
  const t = tally('JioNLP money_parser', false)
  const m = /money_string_list\s*=\s*\[/.exec(src)
  if (!m) return t
  const { value } = parsePython(src, m.index + m[0].length - 1)
  for (const item of value as Py[]) {
    if (!Array.isArray(item) || typeof item[0] !== 'string') continue
    const text = item[0]
    const exp = item[1] as { [k: string]: Py }
    const nums = Array.isArray(exp['num']) ? (exp['num'] as Py[]).map(Number) : [Number(exp['num'])]
    const c = moneyOf(extractCounts(normalizeText(text)))
    const currency = MONEY_UNITS[String(exp['case'])] ?? String(exp['case'])
    const blurred = nums.length === 2 && /blur/.test(String(exp['definition']))
    const rangeOk = c !== undefined && (c.valueMax !== undefined ? Math.abs(c.valueMax - nums[1]!) < 0.01 : blurred && c.qualifier !== 'exact')
    const ok =
      c !== undefined &&
      MONEY_UNITS[c.unit] === currency &&
      Math.abs(c.value - nums[0]!) < 0.01 &&
      (nums.length === 1 ? c.valueMax === undefined : rangeOk)
    record(t, `${text} → ${JSON.stringify(exp)} got ${JSON.stringify(c ?? null)}`, ok)
  }
  return t
}

// ------------------------------------------------------------------ chrono's own zh tests

interface Components { get(k: string): number | null; isCertain(k: string): boolean; date(): Date }
interface ResultLike { index: number; text: string; start: Components; end?: Components | null }
interface ChronoLike { parse(text: string, ref?: Date, option?: unknown): ResultLike[] }

// The hour chrono implies for a part of the day (今晚 → 22:00); noon for a day.
const PART_HOURS: readonly [RegExp, number][] = [[/凌晨/, 0], [/下午|下昼/, 15], [/中午|晏昼/, 12], [/晚|夜/, 22], [/早|晨|上午|朝/, 6]]
const partHour = (text: string): number => PART_HOURS.find(([re]) => re.test(fold(text)))?.[1] ?? 12

/**
 * docsift's dates through chrono's result interface. Fields docsift does not state are implied as
 * chrono implies them: noon for a day (3天前, 2016年9月3号) or the hour of its part of the day (今晚 →
 * 22:00), the reference's month and day.
 */
function docsiftAsChrono(): ChronoLike {
  return {
    parse(text, ref = new Date(2012, 7, 10, 12)) {
      const reference: Reference = {
        year: ref.getFullYear(),
        instant: { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate(), hour: ref.getHours(), minute: ref.getMinutes(), second: ref.getSeconds() },
      }
      const year = documentYearFromText(null, text) ?? reference.year
      return extractDates(text, { year, instant: reference.instant }).flatMap((m) => {
        if (!m.start) return []
        const components = (iso: string): Components => {
          const known: Record<string, number> = { year: Number(iso.slice(0, 4)) }
          if (iso.length >= 7) known['month'] = Number(iso.slice(5, 7))
          if (iso.length >= 10) known['day'] = Number(iso.slice(8, 10))
          if (iso.length > 10) {
            known['hour'] = Number(iso.slice(11, 13))
            known['minute'] = Number(iso.slice(14, 16))
            known['second'] = 0
            known['meridiem'] = known['hour']! >= 12 ? 1 : 0
          }
          const implied: Record<string, number> = { month: ref.getMonth() + 1, day: ref.getDate(), hour: partHour(m.text), minute: 0, second: 0, millisecond: 0 }
          const get = (k: string): number | null => {
            if (k === 'weekday') {
              const d = new Date(get('year') ?? 2000, (get('month') ?? 1) - 1, get('day') ?? 1)
              return d.getDay()
            }
            return known[k] ?? implied[k] ?? null
          }
          return {
            get,
            isCertain: (k) => k in known,
            date: () =>
              new Date(get('year') ?? 2000, (get('month') ?? 1) - 1, get('day') ?? 1, get('hour') ?? 0, get('minute') ?? 0, get('second') ?? 0, get('millisecond') ?? 0),
          }
        }
        return [{ index: m.offset, text: m.text, start: components(m.start), end: m.end && m.end !== m.start ? components(m.end) : null }]
      })
    },
  }
}

class Expectation {
  constructor(private readonly actual: unknown, private readonly negate = false) {}
  get not(): Expectation {
    return new Expectation(this.actual, !this.negate)
  }
  private check(ok: boolean, what: string): void {
    if (ok === this.negate) throw new Error(`expected ${String(this.actual)} ${this.negate ? 'not ' : ''}${what}`)
  }
  toBe(v: unknown) { this.check(Object.is(this.actual, v), `to be ${String(v)}`) }
  toEqual(v: unknown) { this.check(JSON.stringify(this.actual) === JSON.stringify(v), `to equal ${JSON.stringify(v)}`) }
  toBeNull() { this.check(this.actual === null, 'to be null') }
  toBeUndefined() { this.check(this.actual === undefined, 'to be undefined') }
  toBeDefined() { this.check(this.actual !== undefined, 'to be defined') }
  toBeTruthy() { this.check(Boolean(this.actual), 'to be truthy') }
  toBeFalsy() { this.check(!this.actual, 'to be falsy') }
  toHaveLength(n: number) { this.check((this.actual as unknown[]).length === n, `to have length ${n}`) }
  toBeCloseTo(v: number, digits = 2) { this.check(Math.abs((this.actual as number) - v) < 10 ** -digits / 2, `to be close to ${v}`) }
  toBeGreaterThan(v: number) { this.check((this.actual as number) > v, `> ${v}`) }
  toBeLessThan(v: number) { this.check((this.actual as number) < v, `< ${v}`) }
  toBeDate(d: Date) { this.check((this.actual as Components).date().getTime() === d.getTime(), `to be date ${d.toISOString()}`) }
  toBeSingleOnText() { this.check((this.actual as unknown[]).length === 1, 'to be a single result') }
}

function runChronoTests(): Tally | null {
  const files = dir ? listSuiteFiles('chrono', 'test/zh') : []
  if (files.length === 0) return null
  const t = tally('chrono test/zh', true)
  for (const path of files) {
    const source = readSuiteFile('chrono', path)
    if (!source) continue
    const { code } = transformSync(source, { loader: 'ts', format: 'cjs' })
    // Each testSingleCase / testUnexpectedResult call is one case, run on both parsers.
    for (const which of ['docsift', 'chrono'] as const) {
      const outcomes: boolean[] = []
      const labels: string[] = []
      const under = (real: { parse: ChronoLike['parse'] }): ChronoLike =>
        which === 'chrono' ? { parse: (text, ref, option) => real.parse(text, ref, option) } : docsiftAsChrono()
      const fake = {
        zh: {
          ...under(chrono.zh as unknown as ChronoLike),
          hans: under(chrono.zh.hans as unknown as ChronoLike),
          hant: under(chrono.zh.hant as unknown as ChronoLike),
        },
      }
      const util = {
        testSingleCase(p: ChronoLike, text: string, a?: unknown, b?: unknown, c?: unknown) {
          const fns = [a, b, c].filter((x) => typeof x === 'function') as ((r: ResultLike, text: string) => void)[]
          const ref = a instanceof Date ? a : undefined
          try {
            const results = p.parse(text, ref, typeof b === 'object' ? b : undefined)
            labels.push(`${text} [${results.map((r) => r.text).join(' | ')}]`)
            new Expectation(results).toBeSingleOnText()
            for (const fn of fns) fn(results[0]!, text)
            outcomes.push(true)
          } catch (e) {
            labels[labels.length - 1] += ` ${e instanceof Error ? e.message : String(e)}`
            outcomes.push(false)
          }
        },
        testWithExpectedDate(p: ChronoLike, text: string, date: Date) {
          util.testSingleCase(p, text, (r: ResultLike) => new Expectation(r.start).toBeDate(date))
        },
        testUnexpectedResult(p: ChronoLike, text: string, ref?: Date) {
          labels.push(`(none) ${text}`)
          outcomes.push(p.parse(text, ref).length === 0)
        },
      }
      const requireShim = (id: string) => (id.includes('test_util') ? util : fake)
      const tests: (() => void)[] = []
      const run = new Function('require', 'test', 'it', 'expect', 'module', 'exports', code)
      run(requireShim, (_n: string, fn: () => void) => tests.push(fn), (_n: string, fn: () => void) => tests.push(fn), (v: unknown) => new Expectation(v), { exports: {} }, {})
      for (const fn of tests) {
        try {
          fn()
        } catch {
          // An expectation outside a case: not a case of its own.
        }
      }
      outcomes.forEach((ok, i) => {
        if (which === 'docsift') {
          t.cases++
          if (ok) t.docsift++
          else t.failures.push(`${path}: ${labels[i]}`)
        } else if (ok && t.chrono !== null) t.chrono++
      })
    }
  }
  return t
}

// ------------------------------------------------------------------ report

if (!dir) {
  console.log('usage: npx tsx scripts/suites.ts DIR [-v]   (DIR holds duckling, JioNLP and chrono checkouts or mirrors)')
  process.exit(0)
}

const suites = [runDucklingTime, runJioTime, runChronoTests, runDucklingNumeral, runDucklingMoney, runDucklingQuantity, runDucklingDuration, runJioMoney]
console.log('suite'.padEnd(28), 'cases'.padStart(6), 'docsift'.padStart(10), 'chrono zh'.padStart(10))
for (const suite of suites) {
  const t = suite()
  if (!t) continue
  console.log(t.name.padEnd(28), String(t.cases).padStart(6), share(t.docsift, t.cases).padStart(10), (t.chrono === null ? 'n/a' : share(t.chrono, t.cases)).padStart(10))
  if (verbose) for (const f of t.failures) console.log(`    ✗ ${f}`)
}

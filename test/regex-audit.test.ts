/**
 * No catastrophic backtracking: every exported regex of the lexicon, text and date-parser modules
 * runs against long runs of the characters it mentions, with a terminator that makes it fail late.
 * The per-module timeout is a hang guard, not a speed claim.
 */
import { describe, expect, it } from 'vitest'
import * as boilerplate from '../src/lexicon/boilerplate.js'
import * as genres from '../src/lexicon/genres.js'
import * as offtopic from '../src/lexicon/offtopic.js'
import * as organizations from '../src/lexicon/organizations.js'
import * as qualifiers from '../src/lexicon/qualifiers.js'
import * as roles from '../src/lexicon/roles.js'
import * as units from '../src/lexicon/units.js'
import * as chars from '../src/text/chars.js'
import * as markers from '../src/text/markers.js'
import * as chineseDate from '../src/extract/dates/parsers/chineseDate.js'
import * as holiday from '../src/extract/dates/parsers/holiday.js'
import * as monthRange from '../src/extract/dates/parsers/monthRange.js'
import * as numericDate from '../src/extract/dates/parsers/numericDate.js'
import * as period from '../src/extract/dates/parsers/period.js'
import * as placeholder from '../src/extract/dates/parsers/placeholder.js'
import * as year from '../src/extract/dates/parsers/year.js'
import * as clock from '../src/extract/dates/parsers/clock.js'
import * as era from '../src/extract/dates/parsers/era.js'
import * as lunar from '../src/extract/dates/parsers/lunar.js'
import * as relativeDay from '../src/extract/dates/parsers/relativeDay.js'
import * as relativeMonth from '../src/extract/dates/parsers/relativeMonth.js'
import * as relativeWeek from '../src/extract/dates/parsers/relativeWeek.js'
import * as semester from '../src/extract/dates/parsers/semester.js'
import { extract } from '../src/index.js'

const RUN = 5000
const MAX_CHARS = 120
// Characters that end most matches early; appended so a near-match has to fail at the very end.
const TERMINATORS = ['\u0001', '。', '\n', 'a']
const ESCAPE = /\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gsu
const CLASS_SAMPLES: Readonly<Record<string, string>> = { d: '19', s: ' \u3000', w: 'aZ_', D: '年', S: '年', W: '、' }

const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  boilerplate, genres, offtopic, organizations, qualifiers, roles, units, chars, markers,
  chineseDate, holiday, monthRange, numericDate, period, placeholder, year,
  clock, era, lunar, relativeDay, relativeMonth, relativeWeek, semester,
}

/** Every RegExp a module exports: bare, in arrays, or as a chrono parser's `pattern()`. */
function regexesOf(mod: Readonly<Record<string, unknown>>): { name: string; re: RegExp }[] {
  const out: { name: string; re: RegExp }[] = []
  for (const [name, value] of Object.entries(mod)) {
    if (value instanceof RegExp) out.push({ name, re: value })
    else if (Array.isArray(value)) value.forEach((v, i) => v instanceof RegExp && out.push({ name: `${name}[${i}]`, re: v }))
    else if (value && typeof value === 'object' && 'pattern' in value && typeof value.pattern === 'function') {
      const re: unknown = (value.pattern as (ctx: unknown) => unknown)({ refDate: new Date(2021, 0, 1) })
      if (re instanceof RegExp) out.push({ name: `${name}.pattern()`, re })
    }
  }
  return out
}

/** The literal characters a regex source mentions, escapes decoded and classes sampled. */
function charsOf(re: RegExp): string[] {
  const found = new Set<string>()
  const unescaped = re.source.replace(ESCAPE, (_, esc: string) => {
    if (esc.length === 1) {
      for (const ch of CLASS_SAMPLES[esc] ?? esc) found.add(ch)
      return ''
    }
    const hex = esc.startsWith('u{') ? esc.slice(2, -1) : esc.slice(1)
    found.add(String.fromCodePoint(parseInt(hex, 16)))
    return ''
  })
  for (const ch of unescaped) found.add(ch)
  return [...found].slice(0, MAX_CHARS)
}

function adversarial(re: RegExp): string[] {
  const cs = charsOf(re)
  const all = cs.join('')
  const out: string[] = []
  for (const ch of cs) for (const end of TERMINATORS.slice(0, 2)) out.push(ch.repeat(RUN) + end)
  for (const end of TERMINATORS) out.push(all.repeat(Math.ceil(RUN / Math.max(1, all.length))) + end)
  // Pairs interleaved: alternations of two overlapping branches are the classic blow-up.
  for (let i = 0; i + 1 < cs.length; i += 2) out.push((cs[i]! + cs[i + 1]!).repeat(RUN / 2) + TERMINATORS[0]!)
  return out
}

function runAll(re: RegExp, text: string): number {
  const copy = new RegExp(re.source, re.flags)
  if (!copy.global) return copy.exec(text) ? 1 : 0
  let n = 0
  for (const _ of text.matchAll(copy)) n++
  return n
}

describe('exported regexes on adversarial strings', () => {
  for (const [moduleName, mod] of Object.entries(MODULES)) {
    const found = regexesOf(mod)
    if (found.length === 0) continue
    it(`${moduleName}: ${found.map((f) => f.name).join(', ')}`, { timeout: 30_000 }, () => {
      for (const { re } of found) for (const text of adversarial(re)) expect(runAll(re, text)).toBeGreaterThanOrEqual(0)
    })
  }

  it('finds the regexes it means to audit', () => {
    const names = Object.values(MODULES).flatMap((m) => regexesOf(m).map((f) => f.name))
    expect(names).toEqual(expect.arrayContaining(['INLINE_PAGE_MARKER', 'MARKER_L1', 'UNIT_AT_START', 'VARIANT_SUFFIX']))
    expect(names.filter((n) => n.endsWith('.pattern()')).length).toBeGreaterThanOrEqual(5)
  })
})

// Module-private regexes (numbers, ranges, percent words) are reached through extract().
describe('extractors on runs of their own characters', () => {
  const RUNS: Readonly<Record<string, string>> = {
    'Chinese numerals': '一二三四五六七八九十百千万亿'.repeat(400),
    'digit groups': '1,000,'.repeat(1500),
    'decimal points': '1.2.'.repeat(2000),
    'range separators': '5月至'.repeat(2000),
    'percent words': '百分之'.repeat(2000),
    'qualifiers': '余多以上左右近'.repeat(800),
    'placeholder dates': '20xx年x月x日至'.repeat(600),
    'list markers': '(一)①1、一是'.repeat(800),
  }
  for (const [name, run] of Object.entries(RUNS)) {
    it(name, { timeout: 30_000 }, () => {
      const s = extract(`2021年社区志愿服务活动总结\n${run}。`)
      for (const c of s.counts) expect(s.text.slice(c.offset, c.offset + c.text.length)).toBe(c.text)
    })
  }
})

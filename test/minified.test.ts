/**
 * Issue 12.11: a minified bundle renames classes, so nothing may pick chrono's parsers or refiners
 * by `constructor.name`. Bundles the date extractor with chrono inside it, minified by esbuild (the
 * bundler tsup runs on), and checks the bundle finds the same dates as the source.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { datesChrono, PARSERS, REFINERS } from '../src/extract/dates/chrono.js'
import { extractDates } from '../src/extract/dates/index.js'

const SENTENCES = [
  '演练于2023年10月18日14时00分至16时30分在厂区进行。',
  '5月15日上午9时至11时召开座谈会,下午3时30分分组讨论。',
  '客服工作时间:9:00-18:30。',
  '今天下午1点10分到3点集中学习,昨晚8点开展了巡查。',
  '3月2日(星期五)上午9:00召开动员会。',
  '提出了三点建议,8点半准时开会。',
  '2019年12月28日至2020年1月3日开展冬训,国庆期间加强值守。',
  '上周三召开了座谈会,下月9号召开党员大会,3天前工作组进驻社区。',
  '农历八月廿三举行了庙会,元旦春节期间走访慰问困难党员。',
]

const dir = mkdtempSync(join(tmpdir(), 'docsift-minified-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function minifiedExtractDates(): Promise<typeof extractDates> {
  const outfile = join(dir, 'dates.mjs')
  await build({
    entryPoints: [new URL('../src/extract/dates/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    keepNames: false,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  })
  const mod = (await import(pathToFileURL(outfile).href)) as { extractDates: typeof extractDates }
  return mod.extractDates
}

describe('a minified bundle', () => {
  it('runs exactly our parsers and refiners, held by reference', () => {
    expect(datesChrono.parsers).toEqual(PARSERS)
    expect(datesChrono.refiners).toEqual(REFINERS)
  })

  it('renames chrono classes and still finds the same dates', async () => {
    const bundled = await minifiedExtractDates()
    for (const sentence of SENTENCES) {
      for (const context of [{ year: 2020 }, { year: 2013, instant: { year: 2013, month: 2, day: 12, hour: 4, minute: 30, second: 0 } }]) {
        expect(bundled(sentence, context), sentence).toEqual(extractDates(sentence, context))
      }
    }
  }, 60_000)
})

/**
 * The real page that started the project, when ../shared is there (users clone only the project,
 * so this test skips without it; the synthetic fixtures/seed-like.txt covers the same ground).
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sift } from '../src/index.js'

const SEED = new URL('../../shared/seed/000_658eec854319bb60.txt', import.meta.url)

describe.skipIf(!existsSync(SEED))('the real seed page', () => {
  const page = existsSync(SEED) ? readFileSync(SEED, 'utf8') : ''
  const result = sift(page)
  const s = result.summary

  it('loses no body sentence and drops the splices', () => {
    const squash = (x: string) => x.replace(/\s/g, '')
    const out = squash(result.clean.text)
    for (const sentence of ['为了切实举办好第十届科技活动周', '县科技局局长幸发堂同志在启动仪式发表了重要讲话', '与科技工作者交流等青少年走进科学世界系列活动', '举办各类实用技术培训班8期培']) {
      expect(out).toContain(sentence)
    }
    expect(out).not.toContain('我院')
    expect(out).not.toContain('2020学院团支部工作总结')
    expect(out).not.toContain('下载文档前')
    expect(out).not.toContain('相关文档')
  })

  it('extracts the period, the 15 activities, the 14-vs-15 warning and the closing counts', () => {
    expect(s.period).toMatchObject({ start: '2020-05-15', end: '2020-05-21' })
    const run = s.activities.filter((a) => a.marker?.endsWith('、'))
    expect(run).toHaveLength(15)
    expect(s.warnings.some((w) => w.code === 'declared-total-mismatch' && /14.*15/.test(w.message))).toBe(true)
    const counts = Object.fromEntries(s.counts.map((c) => [c.text, c]))
    expect(counts['31000余份']).toMatchObject({ value: 31000, unit: '份', qualifier: 'over', object: '科普资料' })
    expect(counts['19600余人次']).toMatchObject({ value: 19600, unit: '人次', qualifier: 'over' })
    expect(counts['32场']).toMatchObject({ value: 32, unit: '场', object: '报告会' })
    expect(counts['108块']).toMatchObject({ value: 108, unit: '块', object: '展板' })
    expect(counts['8期']).toMatchObject({ value: 8, unit: '期' })
    expect(s.people.map((p) => p.name)).toEqual(['李玉龙', '幸发堂'])
  })
})

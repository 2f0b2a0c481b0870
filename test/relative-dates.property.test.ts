/**
 * No date whose year is a guess: over random reference years, relative day expressions either
 * resolve from a full reference instant or carry no `start`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.js'

// Expressions counted from the reference day or moment, with the day offset each names (null: several days).
const RELATIVE: readonly [string, number | null][] = [
  ['今天', 0], ['昨天', -1], ['明天', 1], ['前天', -2], ['后天', 2], ['大前天', -3], ['今晚', 0], ['昨晚8点', -1],
  ['今天下午5点', 0], ['明天早上8点', 1], ['3天前', -3], ['两天后', 2], ['上周三', null], ['下周一', null],
  ['本周', null], ['这周末', null], ['周四', null], ['本月', null], ['上个月', null], ['下月9号', null],
  ['半小时后', null], ['5个小时前', null], ['过去两天', null],
]
const FRAMES = ['{},社区组织志愿者开展服务。', '县委宣传部于{}召开座谈会。', '{}共接待群众来访。', '按照部署,{}全面完成排查。']

const DAY_MS = 86_400_000
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7) || 1) - 1, Number(iso.slice(8, 10) || 1))

const expression = fc.constantFrom(...RELATIVE)
const frame = fc.constantFrom(...FRAMES)
const year = fc.integer({ min: 1950, max: 2099 })

describe('relative expressions never get a guessed date', () => {
  it('with only a reference year, they carry no start', () => {
    fc.assert(
      fc.property(expression, frame, year, ([words], f, y) => {
        const dates = extract(f.replace('{}', words), { referenceDate: String(y) }).dates
        const relative = dates.filter((d) => d.relative)
        expect(relative.length).toBeGreaterThan(0)
        for (const d of relative) {
          expect(d.start).toBeUndefined()
          expect(d.unresolved).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('with a full reference instant, they resolve from it', () => {
    fc.assert(
      fc.property(expression, frame, year, fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 23 }), ([words, offset], f, y, day, hour) => {
        const instant = new Date(Date.UTC(y, 0, 1) + day * DAY_MS)
        const iso = `${instant.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:15:00`
        const dates = extract(f.replace('{}', words), { referenceDate: iso }).dates.filter((d) => d.relative)
        expect(dates.length).toBeGreaterThan(0)
        for (const d of dates) {
          expect(d.start).toBeDefined()
          const distance = Math.abs(dayOf(d.start!) - instant.getTime()) / DAY_MS
          // Within the reference's own weeks and months, never a day of another year's guess.
          expect(distance).toBeLessThanOrEqual(62)
          if (offset !== null) expect(dayOf(d.start!)).toBe(instant.getTime() + offset * DAY_MS)
        }
      }),
      { numRuns: 300 },
    )
  })
})

/**
 * Scores the project's fixtures with the same scorer `npm run eval` uses on the devset, and
 * holds the figures to the floors in test/baseline.json: raise them, never quietly lower them.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreFields, type FieldCase } from '../scripts/score-fields.js'
import { loadCases, scoreSnippets, snippetFigures, sumSnippets, tallyFigures } from '../scripts/score.js'
import { clean, extractAll } from '../src/index.js'
import baseline from './baseline.json'

function run(dir: string) {
  const cases = loadCases(new URL(dir, import.meta.url).pathname)
  const fieldCases: FieldCase[] = []
  const scores = cases.map((c) => {
    const bytes = readFileSync(c.path)
    const result = clean(c.format === 'html' ? bytes : bytes.toString('utf8'))
    if (c.gold.fields) fieldCases.push({ id: c.id, gold: c.gold, summaries: extractAll(result) })
    return scoreSnippets(result.text, c.gold)
  })
  return { count: cases.length, snippets: snippetFigures(sumSnippets(scores)), fields: scoreFields(fieldCases) }
}

describe('fixtures against the baseline', () => {
  const text = run('../fixtures/')
  const html = run('../fixtures/html/')
  // Pages in the shapes of sites the rules were not written against (fixtures/unseen/README.md).
  const unseen = run('../fixtures/unseen/')
  // Pages written blind by helper sessions that read no source and no shared page (fixtures/README.md, blind/).
  const blind = run('../fixtures/blind/')

  it('has the fixtures', () => {
    expect(text.count).toBeGreaterThanOrEqual(19)
    expect(html.count).toBeGreaterThanOrEqual(20)
  })

  it('cleans text fixtures at or above the floors', () => {
    expect(text.snippets.keep).toBeGreaterThanOrEqual(baseline.text.keep)
    expect(text.snippets.drop).toBeGreaterThanOrEqual(baseline.text.drop)
  })

  it('cleans the unseen-site fixtures at or above the floors', () => {
    expect(unseen.count).toBeGreaterThanOrEqual(20)
    expect(unseen.snippets.keep).toBeGreaterThanOrEqual(baseline.unseen.keep)
    expect(unseen.snippets.drop).toBeGreaterThanOrEqual(baseline.unseen.drop)
  })

  // The keep floor went 0.995 → 0.994 when rounds 35 and 37 (pages holding a text inside other people's words, junk
  // inside the body) were added at 0.956 and 0.958 before reading: the pages before them stayed as they were.
  it('cleans the blind fixtures at or above the floors', () => {
    expect(blind.count).toBeGreaterThanOrEqual(2262)
    expect(blind.snippets.keep).toBeGreaterThanOrEqual(baseline.blind.keep)
    expect(blind.snippets.drop).toBeGreaterThanOrEqual(baseline.blind.drop)
  })

  it('cleans HTML fixtures at or above the floors', () => {
    expect(html.snippets.keep).toBeGreaterThanOrEqual(baseline.html.keep)
    expect(html.snippets.drop).toBeGreaterThanOrEqual(baseline.html.drop)
  })

  it.each(['dates', 'counts', 'activities', 'organizers', 'people'] as const)('extracts %s at or above the floor', (field) => {
    expect(tallyFigures(text.fields[field]).f1).toBeGreaterThanOrEqual(baseline.fields[field])
  })

  // The two sets follow two gold conventions: fixtures/ lists the enumerated deeds only (as the devset
  // does), fixtures/unseen/ every deed the prose reports (as the trainset does). The learned deed scorer
  // reads prose deeds, so it moved the first from 0.732 to 0.692 (its finds are deeds that gold leaves
  // out) and the second from 0.383 to 0.418; both floors were set then, openly. On 2026-12-06 names
  // ending with the deed's clause, a deed done N times read as that deed (组织消防演练2次) and the scorer
  // retrained on both moved them again, the same way: 0.692 → 0.622 and 0.418 → 0.511 (the devset itself
  // stayed at 0.803, trainset leave-site-out rose 0.415 → 0.438). Floors set then: 0.60 and 0.50.
  it('extracts the unseen-site fixtures’ activities at or above the floor', () => {
    expect(tallyFigures(unseen.fields.activities).f1).toBeGreaterThanOrEqual(baseline.unseenFields.activities)
  })
})

/** Runs every rule's declared examples: each `drop` must be cut by that rule, each `keep` must not. */
import { describe, expect, it } from 'vitest'
import { bodyBounds } from '../src/clean/engine.js'
import { DocStats } from '../src/text/doc-stats.js'
import { RULES } from '../src/rules/index.js'
import type { DocFacts, Rule } from '../src/rules/types.js'
import { titleKey } from '../src/text/title.js'
import { fold } from '../src/text/fold.js'

function verdict(rule: Rule, example: string) {
  const context = rule.examples.context ?? []
  const lead = rule.examples.lead ?? []
  const texts = lead.length ? [...lead, example] : context.length ? [context[0]!, example, ...context.slice(1)] : [example]
  const index = lead.length ? lead.length : context.length ? 1 : 0
  const title = rule.examples.title ?? null
  const doc: DocFacts = {
    title,
    titleIndex: -1,
    titleKey: title ? titleKey(title) : '',
    phrases: {},
    texts,
    stats: new DocStats(texts, title),
  }
  const body = bodyBounds(texts, () => false)
  const block = (text: string, i: number) => ({ text, folded: fold(text), index: i, count: texts.length, firstBodyIndex: body.first, lastBodyIndex: body.last })
  // A reviewing rule reads what the ordinary line rules said of every line, as in the engine.
  const ordinary = RULES.filter((r) => r.scope === 'line' && !r.traits?.reviews)
  const facts: DocFacts = rule.traits?.reviews
    ? { ...doc, lineVerdicts: texts.map((t, i) => ordinary.find((r) => r.test(block(t, i), doc))?.kind ?? null) }
    : doc
  return rule.test(block(example, index), facts)
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('has an id of the form kind/name matching its kind', () => {
    expect(rule.id.startsWith(`${rule.kind}/`)).toBe(true)
    expect(rule.examples.drop.length).toBeGreaterThan(0)
    expect(rule.examples.keep.length).toBeGreaterThan(0)
  })
  it.each(rule.examples.drop.map((e) => [e]))('drops %s', (example) => {
    const cut = verdict(rule, example)
    expect(cut, `rule ${rule.id} should cut: ${example}`).toBeDefined()
    expect(cut!.reason.length).toBeGreaterThan(3)
    for (const [s, e] of cut!.spans ?? []) {
      expect(s).toBeGreaterThanOrEqual(0)
      expect(e).toBeLessThanOrEqual(example.length)
      expect(e).toBeGreaterThan(s)
    }
  })
  it.each(rule.examples.keep.map((e) => [e]))('keeps %s', (example) => {
    expect(verdict(rule, example)).toBeUndefined()
  })
})

describe('rule catalogue', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

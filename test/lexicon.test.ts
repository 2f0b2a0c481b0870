/** The vocabulary is data: no duplicates, and no cutting phrase may hit text a fixture says to keep. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as boilerplate from '../src/lexicon/boilerplate.js'
import { fold } from '../src/text/fold.js'

const LISTS: Record<string, readonly string[]> = {
  DISCLAIMER_PHRASES: boilerplate.DISCLAIMER_PHRASES,
  COPYRIGHT_PHRASES: boilerplate.COPYRIGHT_PHRASES,
  STAMP_PHRASES: boilerplate.STAMP_PHRASES,
  INTRO_CUES: boilerplate.INTRO_CUES,
  RELATED_HEADINGS: boilerplate.RELATED_HEADINGS,
  META_KEYS: boilerplate.META_KEYS,
  NAV_WORDS: boilerplate.NAV_WORDS,
  PLATFORM_CUES: boilerplate.PLATFORM_CUES,
  DOC_SITE_CUES: boilerplate.DOC_SITE_CUES,
}

const dir = new URL('../fixtures/', import.meta.url)
const keepSnippets = readdirSync(dir)
  .filter((n) => n.endsWith('.gold.json'))
  .flatMap((n) => (JSON.parse(readFileSync(new URL(n, dir), 'utf8')) as { with: string[] }).with)

describe('lexicon', () => {
  it.each(Object.entries(LISTS))('%s has no duplicates', (_name, list) => {
    expect(new Set(list.map(fold)).size).toBe(list.length)
  })

  it('fixtures have keep snippets to check against', () => {
    expect(keepSnippets.length).toBeGreaterThan(100)
  })

  // Phrases that cut on their own must never occur in text a good cleaner keeps.
  it.each(['DISCLAIMER_PHRASES', 'COPYRIGHT_PHRASES', 'STAMP_PHRASES', 'INTRO_CUES'])('%s never hits a kept snippet', (name) => {
    const hits = LISTS[name]!.flatMap((p) => keepSnippets.filter((s) => fold(s).includes(fold(p))).map((s) => `${p} in ${s}`))
    expect(hits).toEqual([])
  })
})

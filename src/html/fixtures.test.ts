import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SourceMeta } from '../schema.js'
import { htmlToDocument } from './index.js'

const DIR = join(import.meta.dirname, '../../fixtures/html')
const squash = (s: string): string => s.replace(/\s+/g, '')

interface Expect {
  profile?: string | null
  empty?: boolean
  emptyReason?: string
  pageCount?: number
  uploader?: string
  uploadDate?: string
  documentId?: string
  declaredFormat?: string
  charset?: string
  firstLine?: string
  options?: { charset?: string; contentType?: string }
}
interface Gold {
  id: string
  url: string
  with: string[]
  without: string[]
  html: Expect
}

const cases = readdirSync(DIR)
  .filter((n) => n.endsWith('.gold.json'))
  .map((n) => JSON.parse(readFileSync(join(DIR, n), 'utf8')) as Gold)

describe('fixtures/html against htmlToDocument', () => {
  it('has a fixture per profile and the encoding / fallback cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  for (const gold of cases) {
    it(gold.id, () => {
      const bytes = readFileSync(join(DIR, `${gold.id}.html`))
      const doc = htmlToDocument(bytes, { url: gold.url, ...gold.html.options })
      SourceMeta.parse(doc.source)
      const out = squash(doc.text)
      for (const snippet of gold.with) expect(out, `keeps ${snippet}`).toContain(squash(snippet))
      for (const snippet of gold.without) expect(out, `drops ${snippet}`).not.toContain(squash(snippet))
      const want = gold.html
      if (want.profile !== undefined) expect(doc.source.profile).toBe(want.profile)
      expect(doc.empty).toBe(want.empty ?? false)
      if (want.emptyReason) expect(doc.emptyReason).toContain(want.emptyReason)
      if (want.pageCount !== undefined) expect(doc.source.pageCount).toBe(want.pageCount)
      if (want.uploader !== undefined) expect(doc.source.uploader).toBe(want.uploader)
      if (want.uploadDate !== undefined) expect(doc.source.uploadDate).toBe(want.uploadDate)
      if (want.documentId !== undefined) expect(doc.source.documentId).toBe(want.documentId)
      if (want.declaredFormat !== undefined) expect(doc.source.declaredFormat).toBe(want.declaredFormat)
      if (want.charset !== undefined) expect(doc.source.charset).toBe(want.charset)
      if (want.firstLine !== undefined) expect(doc.text.split('\n')[0]).toBe(want.firstLine)
      // Nothing that only a script or a private-use glyph would carry reaches the text.
      expect(doc.text).not.toMatch(/[\ue000-\uf8ff\ufffd]|document\.write|display:\s*none/)
    })
  }
})

/** The public surface: named exports, schema entry, JSON Schema. */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import * as api from '../src/index.js'
import * as schema from '../src/schema.js'

describe('public API', () => {
  it('exports exactly the documented functions and schemas', () => {
    const functions = Object.entries(api).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort()
    expect(functions).toEqual(
      expect.arrayContaining(['clean', 'cleanToMarkdown', 'createPool', 'extract', 'extractAll', 'renderReport', 'sift', 'siftStream', 'DocsiftError', 'docsiftClean', 'docsiftExtract', 'docsiftParse']),
    )
    expect(api.RULES.length).toBeGreaterThanOrEqual(15)
    expect(Object.isFrozen(api.RULES)).toBe(true)
  })

  it('generates a JSON Schema for every output type', () => {
    for (const name of ['CleanResult', 'WorkSummary', 'SiftResult', 'CleanOptions'] as const) {
      const json = z.toJSONSchema(schema[name] as z.ZodType, { io: 'input' }) as { type?: string; properties?: object }
      expect(json.type).toBe('object')
      expect(Object.keys(json.properties ?? {}).length).toBeGreaterThanOrEqual(3)
    }
  })
})

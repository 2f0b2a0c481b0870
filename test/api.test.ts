/** The public surface: named exports, schema entry, JSON Schema. */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import * as api from '../src/index.js'
import * as schema from '../src/schema.js'

describe('public API', () => {
  it('exports exactly the documented functions and schemas', () => {
    const functions = Object.entries(api).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort()
    expect(functions).toEqual(
      expect.arrayContaining(['clean', 'cleanToMarkdown', 'createPool', 'defaultWorkers', 'extract', 'extractAll', 'ready', 'renderReport', 'sift', 'siftStream', 'DocsiftError', 'docsiftClean', 'docsiftExtract', 'docsiftParse']),
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

  it('pins the types of the option objects and error codes', () => {
    expectTypeOf<api.PoolOptions['workers']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<api.PoolOptions['timeoutMs']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<api.SiftStreamOptions['window']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<'TIMEOUT'>().toExtend<api.ErrorCode>()
    expectTypeOf(api.ready).returns.toEqualTypeOf<Promise<void>>()
    expect(api.ErrorCode.options).toContain('TIMEOUT')
  })
})

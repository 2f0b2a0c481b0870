/**
 * `docsift schema`: the JSON Schema of every output, generated from the zod schemas so it
 * can never drift from the types.
 */
import { z } from 'zod'
import { CleanResult, SiftResult, WorkSummary } from '../schema.js'
import { InputRecord, OutputRecord } from './records.js'

const OUTPUTS = { CleanResult, WorkSummary, SiftResult, OutputRecord } as const
const INPUTS = { InputRecord } as const

/** Names `docsift schema <name>` accepts. */
export const SCHEMA_NAMES = [...Object.keys(OUTPUTS), ...Object.keys(INPUTS)] as const

/** JSON Schema of one named schema, or of all of them keyed by name. */
export function jsonSchemas(name?: string): Record<string, unknown> | undefined {
  const all: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(OUTPUTS)) all[key] = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })
  for (const [key, schema] of Object.entries(INPUTS)) all[key] = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  if (name === undefined) return all
  const one = all[name]
  return one === undefined ? undefined : (one as Record<string, unknown>)
}

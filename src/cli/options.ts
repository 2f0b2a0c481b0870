/**
 * Maps command-line flags to `SiftOptions`, validated once by the schema before any document
 * is read, so a typo fails the run with a usage error instead of failing every record.
 */
import { readFileSync, statSync } from 'node:fs'
import type { Command } from 'commander'
import { checkOptions } from '../api.js'
import { DocsiftError, firstIssue } from '../errors.js'
import { SiftOptions } from '../schema.js'
import { parseFieldList } from './fields.js'

/** The flags shared by clean, extract, sift and report. */
export interface CleaningFlags {
  disable?: string[]
  offtopicThreshold?: string
  referenceDate?: string
  maxBytes?: string
  maxBlocks?: string
  inputFormat?: string
  charset?: string
  contentType?: string
  url?: string
  phrases?: string
  model?: string
  topicModel?: string
  activityModel?: string
}

/** Adds the cleaning flags to a command. */
export function addCleaningFlags(command: Command): Command {
  return command
    .option('--disable <rules>', 'rule ids or kind prefixes to switch off, comma-separated (repeatable)', collectList)
    .option('--offtopic-threshold <x>', '0..1: how unlike the document a paragraph must be to be cut (higher = fewer cuts)')
    .option('--reference-date <date>', 'year stand-in for dates when the text gives none (ISO date)')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes (TOO_LARGE)')
    .option('--max-blocks <n>', 'refuse inputs with more blocks than this (TOO_MANY_BLOCKS)')
    .option('--input-format <fmt>', 'auto | text | html (auto sniffs HTML)')
    .option('--charset <name>', 'decode byte input with this charset')
    .option('--content-type <value>', 'HTTP Content-Type of the pages (for their charset)')
    .option('--url <url>', 'page URL (picks the site profile, fills source.url)')
    .option('--phrases <file>', 'JSON file {"rule-id": ["extra phrase", …]} of extra boilerplate phrases')
    .option('--model <file>', 'line model JSON made by `docsift train` (default: the shipped one)')
    .option('--topic-model <file>', 'off-topic model JSON made by `docsift train --topic-out` (default: the shipped one)')
    .option('--activity-model <file>', 'deed scorer JSON made by `docsift train --activities-out` (default: the shipped one)')
}

/** Thrown for flags the schema rejects; the CLI prints it and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Builds and validates the options every record of the run gets. */
export function toSiftOptions(flags: CleaningFlags): SiftOptions {
  const raw: Record<string, unknown> = {}
  if (flags.disable?.length) raw.disable = flags.disable
  if (flags.offtopicThreshold !== undefined) raw.offtopicThreshold = toNumber('--offtopic-threshold', flags.offtopicThreshold)
  if (flags.referenceDate !== undefined) raw.referenceDate = flags.referenceDate
  if (flags.maxBytes !== undefined) raw.maxBytes = toNumber('--max-bytes', flags.maxBytes)
  if (flags.maxBlocks !== undefined) raw.maxBlocks = toNumber('--max-blocks', flags.maxBlocks)
  if (flags.inputFormat !== undefined) raw.format = flags.inputFormat
  if (flags.charset !== undefined) raw.charset = flags.charset
  if (flags.contentType !== undefined) raw.contentType = flags.contentType
  if (flags.url !== undefined) raw.url = flags.url
  if (flags.phrases !== undefined) raw.phrases = readJson('--phrases', flags.phrases)
  if (flags.model !== undefined) raw.model = readJson('--model', flags.model)
  if (flags.topicModel !== undefined) raw.topicModel = readJson('--topic-model', flags.topicModel)
  if (flags.activityModel !== undefined) raw.activityModel = readJson('--activity-model', flags.activityModel)
  const parsed = SiftOptions.safeParse(raw)
  if (!parsed.success) throw new UsageError(`bad option ${firstIssue(parsed.error, 'options')}`)
  // What the schema cannot see (an unknown charset or rule, 2021-13-45) also fails before any input is read.
  try {
    checkOptions(raw as SiftOptions)
  } catch (error) {
    if (error instanceof DocsiftError) throw new UsageError(`bad option ${error.message.replace(/^invalid options: /, '')}`)
    throw error
  }
  // Pass on what the user set, not the defaults: workers apply the same defaults themselves.
  return raw as SiftOptions
}

/** Parses `--workers`: a whole number from 0 to 256. */
export function toWorkers(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = toNumber('--workers', value)
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError('--workers needs a whole number from 0 to 256')
  return n
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/
const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const

/** Parses `--timeout`: `30s`, `500ms`, `2m`, or a bare number of seconds; 0 turns the deadline off. */
export function toTimeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const match = DURATION.exec(value.trim())
  if (!match) throw new UsageError(`--timeout needs a duration such as 30s, 500ms or 2m, got "${value}"`)
  return Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? 's') as keyof typeof UNIT_MS])
}

/** Parses `--allow-paths DIR`: an existing directory. */
export function toAllowedDir(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let isDir = false
  try {
    isDir = statSync(value).isDirectory()
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`--allow-paths needs an existing directory, got "${value}"`)
  return value
}

/** Parses `--fields a,b.c`. */
export function toFields(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  try {
    const fields = parseFieldList(value)
    if (fields.length === 0) throw new Error('no field named')
    return fields
  } catch (error) {
    throw new UsageError(`--fields: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function collectList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean)
  return [...(previous ?? []), ...items]
}

function toNumber(flag: string, value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} needs a number, got "${value}"`)
  return n
}

function readJson(flag: string, path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new UsageError(`${flag}: cannot read JSON from ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Maps command-line flags to `SiftOptions`, validated once by the schema before any document
 * is read, so a typo fails the run with a usage error instead of failing every record.
 */
import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { SiftOptions } from '../schema.js'

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
  const parsed = SiftOptions.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new UsageError(`bad option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
  }
  // Pass on what the user set, not the defaults: workers apply the same defaults themselves.
  return raw as SiftOptions
}

/** Parses `--workers`: a non-negative integer. */
export function toWorkers(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = toNumber('--workers', value)
  if (!Number.isInteger(n) || n < 0) throw new UsageError('--workers needs a whole number ≥ 0')
  return n
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

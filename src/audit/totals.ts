/**
 * Corpus totals of the audit report: documents, failures, and how much of the input each
 * rule removed.
 */
import type { ErrorCode, RuleKind } from '../schema.js'
import type { OutputRecord, ResultRecord } from '../cli/records.js'

/** What one rule removed across the corpus. */
export interface RuleTotal {
  rule: string
  kind: RuleKind
  removals: number
  chars: number
  /** Removed characters over all input characters of the corpus (0..1). */
  share: number
  documents: number
}

/** Corpus-wide numbers shown at the top of the report. */
export interface CorpusTotals {
  documents: number
  ok: number
  failed: number
  failuresByCode: Partial<Record<ErrorCode, number>>
  inputChars: number
  keptChars: number
  removedChars: number
  truncated: number
  empty: number
  rules: RuleTotal[]
}

/** Adds up the records of a run. */
export function corpusTotals(records: readonly OutputRecord[]): CorpusTotals {
  const totals: CorpusTotals = {
    documents: records.length,
    ok: 0,
    failed: 0,
    failuresByCode: {},
    inputChars: 0,
    keptChars: 0,
    removedChars: 0,
    truncated: 0,
    empty: 0,
    rules: [],
  }
  const rules = new Map<string, RuleTotal>()
  for (const record of records) {
    if ('error' in record) {
      totals.failed++
      totals.failuresByCode[record.error.code] = (totals.failuresByCode[record.error.code] ?? 0) + 1
      continue
    }
    totals.ok++
    addDocument(totals, rules, record)
  }
  totals.rules = [...rules.values()]
    .map((rule) => ({ ...rule, share: totals.inputChars > 0 ? rule.chars / totals.inputChars : 0 }))
    .sort((a, b) => b.chars - a.chars || a.rule.localeCompare(b.rule))
  return totals
}

function addDocument(totals: CorpusTotals, rules: Map<string, RuleTotal>, record: ResultRecord): void {
  totals.inputChars += record.input?.length ?? record.text.length
  totals.keptChars += record.text.length
  if (record.flags.truncated) totals.truncated++
  if (record.flags.empty) totals.empty++
  const seen = new Set<string>()
  for (const removal of record.removed) {
    totals.removedChars += removal.length
    const rule = rules.get(removal.rule) ?? { rule: removal.rule, kind: removal.kind, removals: 0, chars: 0, share: 0, documents: 0 }
    rule.removals++
    rule.chars += removal.length
    if (!seen.has(removal.rule)) {
      rule.documents++
      seen.add(removal.rule)
    }
    rules.set(removal.rule, rule)
  }
}

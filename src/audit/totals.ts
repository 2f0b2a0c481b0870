/**
 * Corpus totals of the audit report: documents, failures, and how much of the input each
 * rule removed.
 */
import type { ErrorCode, OutputRecord, ResultRecord, RuleKind } from '../schema.js'

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

/** Adds up records one at a time, so a report can stream its documents and keep only the totals. */
export class TotalsBuilder {
  private readonly totals: CorpusTotals = {
    documents: 0,
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
  private readonly rules = new Map<string, RuleTotal>()

  /** Counts one record. */
  add(record: OutputRecord): void {
    const totals = this.totals
    totals.documents++
    if ('error' in record) {
      totals.failed++
      totals.failuresByCode[record.error.code] = (totals.failuresByCode[record.error.code] ?? 0) + 1
      return
    }
    totals.ok++
    addDocument(totals, this.rules, record)
  }

  /** The totals so far, rules ordered by how much they removed. */
  finish(): CorpusTotals {
    const totals = this.totals
    return {
      ...totals,
      failuresByCode: { ...totals.failuresByCode },
      rules: [...this.rules.values()]
        .map((rule) => ({ ...rule, share: totals.inputChars > 0 ? rule.chars / totals.inputChars : 0 }))
        .sort((a, b) => b.chars - a.chars || a.rule.localeCompare(b.rule)),
    }
  }
}

/** Adds up the records of a run. */
export function corpusTotals(records: readonly OutputRecord[]): CorpusTotals {
  const builder = new TotalsBuilder()
  for (const record of records) builder.add(record)
  return builder.finish()
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

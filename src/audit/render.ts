/**
 * Renders the audit report: ONE self-contained HTML page (inline CSS/JS admitted by their
 * hashes in a CSP that forbids any fetch, inline handler or navigation) showing each document
 * with its removals struck through and coloured by rule, the extracted fields as tables, and
 * corpus totals. Records are checked against the schema first: the page only shows values of
 * the types it expects, all escaped.
 */
import { createHash } from 'node:crypto'
import { DocsiftError } from '../errors.js'
import { OutputRecord, type ErrorRecord, type ResultRecord, type WorkSummary } from '../schema.js'
import { CSS, SCRIPT, ruleColour } from './assets.js'
import { esc } from './escape.js'
import { segmentInput } from './segments.js'
import { TotalsBuilder, type CorpusTotals } from './totals.js'

/** Options of `renderReport`. */
export interface ReportOptions {
  title?: string
  /** Shown in the header; pass a fixed value for reproducible output. */
  generatedAt?: string
}

const BAR_MAX_PX = 160
const MAX_ISSUE_CHARS = 200

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Builds a report one document at a time: `document()` gives each document's HTML as it comes
 * (a caller can write it out and forget it), `head()` and `tail()` wrap them once all are in.
 */
export class ReportWriter {
  private readonly totals = new TotalsBuilder()
  // Rule classes in the order rules are first seen; colours follow the final ranking in head().
  private readonly classes = new Map<string, string>()
  private count = 0

  constructor(private readonly options: ReportOptions = {}) {}

  /** The HTML of one record (anything that is not an output record shows as a failed document). */
  document(value: unknown): string {
    const n = this.count++
    const parsed = OutputRecord.safeParse(value)
    const record: ErrorRecord | ResultRecord = parsed.success
      ? parsed.data
      : { id: idOf(value, n), error: { code: 'BAD_RECORD', message: `not a docsift output record: ${(parsed.error.issues[0]?.message ?? 'invalid').slice(0, MAX_ISSUE_CHARS)}` } }
    this.totals.add(record)
    if ('error' in record) return failedDoc(record, n)
    for (const removal of record.removed) if (!this.classes.has(removal.rule)) this.classes.set(removal.rule, `r${this.classes.size}`)
    return doc(record, n, this.classes)
  }

  /** Everything before the documents: the head (styles and script admitted by hash), totals, legend. */
  head(): string {
    const title = this.options.title ?? 'docsift audit report'
    const totals = this.totals.finish()
    const widest = Math.max(1, ...totals.rules.map((rule) => rule.chars))
    const ruleCss = totals.rules
      .map((rule, rank) => `.${this.classes.get(rule.rule) ?? 'none'}{--c:${ruleColour(rank)};--w:${Math.max((rule.chars / widest) * BAR_MAX_PX, 1).toFixed(0)}px}`)
      .join('\n')
    const style = `${CSS}\n${ruleCss}`
    const csp = `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`
    return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="muted">${esc(totals.documents)} documents${this.options.generatedAt ? ` · generated ${esc(this.options.generatedAt)}` : ''} ·
click a struck-through passage to see the rule and reason · click a legend entry to hide that rule ·
<label><input type="checkbox" id="toggle-kept"> show removals only</label></p>
</header>
<main>
${totalsSection(totals, this.classes)}
${legend(totals, this.classes)}
<section id="documents">
<h2>Documents</h2>
`
  }

  /** Everything after the documents. */
  tail(): string {
    return `
</section>
</main>
<aside id="detail" hidden role="status" aria-live="polite">
<dl><dt>Rule</dt><dd data-f="rule"></dd><dt>Kind / scope</dt><dd data-f="kind"></dd><dt>Reason</dt><dd data-f="reason"></dd><dt>Removed text</dt><dd data-f="text"></dd></dl>
<button type="button" data-close>close</button>
</aside>
<script>${SCRIPT}</script>
</body>
</html>
`
  }
}

function idOf(value: unknown, n: number): string | number {
  const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : `#${n + 1}`
}

/**
 * Renders result records (sift records with `input` kept) as one HTML page. For corpora too big
 * for one string, `docsift report` streams the same page to a file.
 * @example
 * writeFileSync('report.html', renderReport(records, { title: 'May crawl' }))
 */
export function renderReport(records: Iterable<unknown>, options: ReportOptions = {}): string {
  const writer = new ReportWriter(options)
  try {
    const docs: string[] = []
    for (const record of records) docs.push(writer.document(record))
    return `${writer.head()}${docs.join('\n')}${writer.tail()}`
  } catch (error) {
    if (error instanceof RangeError) {
      throw new DocsiftError('TOO_LARGE', 'the report is too large for one string: write it with `docsift report` (it streams to a file) or render fewer records')
    }
    throw error
  }
}

function totalsSection(totals: CorpusTotals, classes: Map<string, string>): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  const removedShare = totals.inputChars > 0 ? totals.removedChars / totals.inputChars : 0
  const codes = Object.entries(totals.failuresByCode).map(([code, n]) => `${esc(code)} ${esc(n)}`).join(', ')
  const rows = totals.rules
    .map(
      (rule) => `<tr><td><span class="swatch ${esc(classes.get(rule.rule) ?? '')}"></span>${esc(rule.rule)}</td><td>${esc(rule.kind)}</td>` +
        `<td class="num">${esc(rule.removals)}</td><td class="num">${esc(rule.documents)}</td><td class="num">${esc(rule.chars)}</td>` +
        `<td class="num">${esc(pct(rule.share))}</td><td><span class="bar ${esc(classes.get(rule.rule) ?? '')}"></span></td></tr>`,
    )
    .join('\n')
  return `<section id="totals">
<h2>Corpus</h2>
<table class="summary"><tbody>
<tr><th>Documents</th><td class="num" data-total="documents">${esc(totals.documents)}</td></tr>
<tr><th>Processed</th><td class="num" data-total="ok">${esc(totals.ok)}</td></tr>
<tr><th>Failed</th><td class="num" data-total="failed">${esc(totals.failed)}${codes ? ` <span class="muted">(${codes})</span>` : ''}</td></tr>
<tr><th>Input characters</th><td class="num">${esc(totals.inputChars)}</td></tr>
<tr><th>Removed characters</th><td class="num">${esc(totals.removedChars)} (${esc(pct(removedShare))})</td></tr>
<tr><th>Truncated / empty</th><td class="num">${esc(totals.truncated)} / ${esc(totals.empty)}</td></tr>
</tbody></table>
<h3>Removal share by rule</h3>
<table class="rules"><thead><tr><th>Rule</th><th>Kind</th><th>Removals</th><th>Documents</th><th>Characters</th><th>Share of input</th><th></th></tr></thead>
<tbody>
${rows || '<tr><td colspan="7" class="muted">nothing removed</td></tr>'}
</tbody></table>
</section>`
}

function legend(totals: CorpusTotals, classes: Map<string, string>): string {
  const items = totals.rules
    .map((rule) => {
      const cls = classes.get(rule.rule) ?? ''
      return `<li class="${esc(cls)}" data-rule-class="${esc(cls)}" title="${esc(`${rule.kind}: ${rule.removals} removals`)}"><span class="swatch"></span>${esc(rule.rule)}</li>`
    })
    .join('')
  return `<section id="legend"><h3>Legend</h3><ul>${items || '<li class="muted">no rules fired</li>'}</ul></section>`
}

function doc(record: ResultRecord, n: number, classes: Map<string, string>): string {
  const flags = [
    record.flags.truncated ? `truncated${record.flags.truncatedBy ? ` (${record.flags.truncatedBy})` : ''}` : '',
    record.flags.compilation ? 'compilation' : '',
    record.flags.empty ? `empty${record.flags.emptyReason ? `: ${record.flags.emptyReason}` : ''}` : '',
    record.source.site ? `site ${record.source.site}` : '',
    `${record.removed.length} removals`,
  ].filter(Boolean)
  const body = record.input === undefined ? removalList(record, classes) : inPlace(record, record.input, classes)
  return `<article class="doc" id="doc-${n}" data-id="${esc(record.id)}">
<h2>${esc(record.id)}${record.title ? ` — ${esc(record.title)}` : ''}</h2>
<p class="flags">${flags.map((flag) => `<span>${esc(flag)}</span>`).join('')}</p>
${body}
${record.fields ? fieldTables(record.fields) : ''}
</article>`
}

function inPlace(record: ResultRecord, input: string, classes: Map<string, string>): string {
  const html = segmentInput(input, record.removed)
    .map((segment) => {
      const removal = segment.removal
      if (!removal) return `<span class="kept">${esc(segment.text)}</span>`
      return `<del class="cut ${esc(classes.get(removal.rule) ?? '')}" tabindex="0" data-rule="${esc(removal.rule)}" data-kind="${esc(removal.kind)}" data-scope="${esc(removal.scope)}" data-reason="${esc(removal.reason)}" title="${esc(`${removal.rule}: ${removal.reason}`)}">${esc(segment.text)}</del>`
    })
    .join('')
  return `<div class="text">${html}</div>`
}

function removalList(record: ResultRecord, classes: Map<string, string>): string {
  const kept = `<div class="text"><span class="kept">${esc(record.text)}</span></div>`
  if (record.removed.length === 0) return kept
  const items = record.removed
    .map((removal) => `<li><del class="cut ${esc(classes.get(removal.rule) ?? '')}" tabindex="0" data-rule="${esc(removal.rule)}" data-kind="${esc(removal.kind)}" data-scope="${esc(removal.scope)}" data-reason="${esc(removal.reason)}" title="${esc(`${removal.rule}: ${removal.reason}`)}">${esc(removal.text)}</del></li>`)
    .join('')
  return `${kept}<h3>Removed</h3><ul>${items}</ul>`
}

function failedDoc(record: ErrorRecord, n: number): string {
  return `<article class="doc failed" id="doc-${n}" data-id="${esc(record.id)}">
<h2>${esc(record.id)}</h2>
<p class="error">${esc(record.error.code)}: ${esc(record.error.message)}</p>
</article>`
}

function fieldTables(fields: WorkSummary): string {
  const facts = table(['Title', 'Genre', 'Year', 'Period', 'Theme'], [[
    fields.title ?? '', fields.genre, fields.year ?? '',
    fields.period ? `${fields.period.text} (${fields.period.start ?? '?'} – ${fields.period.end ?? '?'})` : '',
    fields.theme?.text ?? '',
  ]])
  return `<details class="fields" open><summary>Extracted fields</summary>
${facts}
${section('Dates', ['Text', 'Start', 'End', 'Grain', 'Kind'], fields.dates.map((d) => [d.text, d.start ?? '', d.end ?? '', d.grain, d.kind + (d.yearImplied ? ' (year implied)' : '')]))}
${section('Counts', ['Text', 'Value', 'Unit', 'Qualifier', 'Object'], fields.counts.map((c) => [c.text, c.valueMax === undefined ? c.value : `${c.value}–${c.valueMax}`, c.unit, c.qualifier, c.object ?? '']))}
${section('Activities', ['#', 'Marker', 'Activity', 'Text'], fields.activities.map((a) => [a.index ?? '', a.marker ?? '', a.name, a.text]))}
${section('Organizers', ['Organizer'], fields.organizers.map((o) => [o.text]))}
${section('People', ['Name', 'Role'], fields.people.map((p) => [p.name, p.role ?? '']))}
${section('Warnings', ['Code', 'Message', 'Text'], fields.warnings.map((w) => [w.code, w.message, w.text]))}
</details>`
}

function section(name: string, head: string[], rows: (string | number)[][]): string {
  return rows.length === 0 ? '' : `<h3>${esc(name)} <span class="muted">(${esc(rows.length)})</span></h3>\n${table(head, rows)}`
}

function table(head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td${typeof cell === 'number' ? ' class="num"' : ''}>${esc(cell)}</td>`).join('')}</tr>`).join('\n')
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

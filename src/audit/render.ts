/**
 * Renders the audit report: ONE self-contained HTML page (inline CSS/JS, a CSP that forbids
 * any fetch) showing each document with its removals struck through and coloured by rule,
 * the extracted fields as tables, and corpus totals.
 */
import type { WorkSummary } from '../schema.js'
import type { ErrorRecord, OutputRecord, ResultRecord } from '../cli/records.js'
import { CSS, SCRIPT, ruleColour } from './assets.js'
import { esc } from './escape.js'
import { segmentInput } from './segments.js'
import { corpusTotals, type CorpusTotals } from './totals.js'

/** Options of `renderReport`. */
export interface ReportOptions {
  title?: string
  /** Shown in the header; pass a fixed value for reproducible output. */
  generatedAt?: string
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

/**
 * Renders result records (sift records with `input` kept) as one HTML page.
 * @example
 * writeFileSync('report.html', renderReport(records, { title: 'May crawl' }))
 */
export function renderReport(records: readonly OutputRecord[], options: ReportOptions = {}): string {
  const title = options.title ?? 'docsift audit report'
  const totals = corpusTotals(records)
  const classes = new Map(totals.rules.map((rule, n) => [rule.rule, `r${n}`]))
  const ruleCss = totals.rules.map((rule, n) => `.r${n}{--c:${ruleColour(n)}}`).join('\n')
  const docs = records.map((record, n) => ('error' in record ? failedDoc(record, n) : doc(record, n, classes))).join('\n')
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}
${ruleCss}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="muted">${totals.documents} documents${options.generatedAt ? ` · generated ${esc(options.generatedAt)}` : ''} ·
click a struck-through passage to see the rule and reason · click a legend entry to hide that rule ·
<label><input type="checkbox" id="toggle-kept"> show removals only</label></p>
</header>
<main>
${totalsSection(totals, classes)}
${legend(totals, classes)}
<section id="documents">
<h2>Documents</h2>
${docs}
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

function totalsSection(totals: CorpusTotals, classes: Map<string, string>): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  const removedShare = totals.inputChars > 0 ? totals.removedChars / totals.inputChars : 0
  const codes = Object.entries(totals.failuresByCode).map(([code, n]) => `${esc(code)} ${n}`).join(', ')
  const widest = Math.max(1, ...totals.rules.map((rule) => rule.chars))
  const rows = totals.rules
    .map(
      (rule) => `<tr><td><span class="swatch ${classes.get(rule.rule) ?? ''}"></span>${esc(rule.rule)}</td><td>${esc(rule.kind)}</td>` +
        `<td class="num">${rule.removals}</td><td class="num">${rule.documents}</td><td class="num">${rule.chars}</td>` +
        `<td class="num">${pct(rule.share)}</td><td><span class="bar ${classes.get(rule.rule) ?? ''}" style="width:${Math.max((rule.chars / widest) * 160, 1).toFixed(0)}px"></span></td></tr>`,
    )
    .join('\n')
  return `<section id="totals">
<h2>Corpus</h2>
<table class="summary"><tbody>
<tr><th>Documents</th><td class="num" data-total="documents">${totals.documents}</td></tr>
<tr><th>Processed</th><td class="num" data-total="ok">${totals.ok}</td></tr>
<tr><th>Failed</th><td class="num" data-total="failed">${totals.failed}${codes ? ` <span class="muted">(${codes})</span>` : ''}</td></tr>
<tr><th>Input characters</th><td class="num">${totals.inputChars}</td></tr>
<tr><th>Removed characters</th><td class="num">${totals.removedChars} (${pct(removedShare)})</td></tr>
<tr><th>Truncated / empty</th><td class="num">${totals.truncated} / ${totals.empty}</td></tr>
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
      return `<li class="${cls}" data-rule-class="${cls}" title="${esc(`${rule.kind}: ${rule.removals} removals`)}"><span class="swatch"></span>${esc(rule.rule)}</li>`
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
      return `<del class="cut ${classes.get(removal.rule) ?? ''}" tabindex="0" data-rule="${esc(removal.rule)}" data-kind="${esc(removal.kind)}" data-scope="${esc(removal.scope)}" data-reason="${esc(removal.reason)}" title="${esc(`${removal.rule}: ${removal.reason}`)}">${esc(segment.text)}</del>`
    })
    .join('')
  return `<div class="text">${html}</div>`
}

function removalList(record: ResultRecord, classes: Map<string, string>): string {
  const kept = `<div class="text"><span class="kept">${esc(record.text)}</span></div>`
  if (record.removed.length === 0) return kept
  const items = record.removed
    .map((removal) => `<li><del class="cut ${classes.get(removal.rule) ?? ''}" tabindex="0" data-rule="${esc(removal.rule)}" data-kind="${esc(removal.kind)}" data-scope="${esc(removal.scope)}" data-reason="${esc(removal.reason)}" title="${esc(`${removal.rule}: ${removal.reason}`)}">${esc(removal.text)}</del></li>`)
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
  return rows.length === 0 ? '' : `<h3>${esc(name)} <span class="muted">(${rows.length})</span></h3>\n${table(head, rows)}`
}

function table(head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td${typeof cell === 'number' ? ' class="num"' : ''}>${esc(cell)}</td>`).join('')}</tr>`).join('\n')
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

/**
 * A WorkSummary for reading: Markdown (`docsift extract -f md`) or plain lines (`-f text`). The
 * facts only (title, year, period, dates, counts, activities…), never the document text.
 */
import type { WorkSummary } from '../schema.js'

interface Section {
  name: string
  items: string[]
}

function facts(s: WorkSummary): [string, string][] {
  const period = s.period ? `${s.period.text} (${s.period.start ?? '?'} – ${s.period.end ?? '?'})` : ''
  const rows: [string, string][] = [
    ['title', s.title ?? ''],
    ['genre', s.genre],
    ['year', s.year === null ? '' : String(s.year)],
    ['period', period],
    ['theme', s.theme?.text ?? ''],
  ]
  return rows.filter(([, value]) => value !== '')
}

function sections(s: WorkSummary): Section[] {
  return [
    { name: 'Dates', items: s.dates.map((d) => `${d.text}: ${[d.start, d.end === d.start ? undefined : d.end].filter(Boolean).join(' – ') || d.kind}`) },
    { name: 'Counts', items: s.counts.map((c) => `${c.text}: ${c.valueMax === undefined ? c.value : `${c.value}–${c.valueMax}`} ${c.unit}${c.object ? ` (${c.object})` : ''}`) },
    { name: 'Activities', items: s.activities.map((a) => `${a.marker ? `${a.marker} ` : ''}${a.name}`) },
    { name: 'Highlights', items: s.highlights.map((a) => a.name) },
    { name: 'Organizers', items: s.organizers.map((o) => o.text) },
    { name: 'People', items: s.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)) },
    { name: 'Sections', items: s.sections.map((x) => `${'  '.repeat(Math.max(0, x.level - 1))}${x.heading}`) },
    { name: 'Warnings', items: s.warnings.map((w) => `${w.code}: ${w.message}`) },
  ].filter((section) => section.items.length > 0)
}

// Markdown-significant characters at the start of an item or anywhere in it.
const MD_SPECIAL = /[\\`*_[\]<>#|]/g

function md(text: string): string {
  return text.replace(MD_SPECIAL, (ch) => `\\${ch}`)
}

/**
 * The summary as Markdown: a heading, a facts list, then one list per kind of finding.
 * @example
 * summaryToMarkdown(extract(page)) // '# 2020年科技活动周工作总结\n\n- genre: activity-summary\n…'
 */
export function summaryToMarkdown(s: WorkSummary): string {
  const out = [`# ${md(s.title ?? 'WorkSummary')}`, '', ...facts(s).filter(([key]) => key !== 'title').map(([key, value]) => `- ${key}: ${md(value)}`)]
  for (const section of sections(s)) out.push('', `## ${section.name}`, '', ...section.items.map((item) => `- ${md(item)}`))
  return `${out.join('\n')}\n`
}

/**
 * The summary as plain lines: `key: value`, then each kind of finding indented under its name.
 * @example
 * summaryToText(extract(page)) // 'title: 2020年科技活动周工作总结\ngenre: activity-summary\n…'
 */
export function summaryToText(s: WorkSummary): string {
  const out = facts(s).map(([key, value]) => `${key}: ${value}`)
  for (const section of sections(s)) out.push(`${section.name.toLowerCase()}:`, ...section.items.map((item) => `  ${item}`))
  return `${out.join('\n')}\n`
}

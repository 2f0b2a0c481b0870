/** `npx tsx scripts/rules-table.ts`: prints the README's rule catalogue from the rules themselves. */
import { RULES } from '../src/rules/index.js'

console.log('| id | scope | what it removes | example it drops |')
console.log('|---|---|---|---|')
for (const r of RULES) {
  const example = (r.examples.drop[0] ?? '').replace(/\|/g, '\\|')
  console.log(`| \`${r.id}\` | ${r.scope} | ${r.description.replace(/\|/g, '\\|')} | ${example.length > 40 ? example.slice(0, 40) + '…' : example} |`)
}
console.log('| `page-marker/page-chunk` | layout | Page numbers of chunked page views ("1、" "2、" at line starts that split a word) | `力\\n2、求工作做得更好` |')
console.log('| `layout/non-chinese-residue` | layout | Latin debris left when every Chinese line of a page was cut | `A1,` |')

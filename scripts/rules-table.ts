/** `npx tsx scripts/rules-table.ts`: prints the README's rule catalogue from the rules themselves. */
import { RULES } from '../src/rules/index.js'

console.log('| id | scope | what it removes | example it drops |')
console.log('|---|---|---|---|')
for (const r of RULES) {
  const example = (r.examples.drop[0] ?? '').replace(/\|/g, '\\|')
  console.log(`| \`${r.id}\` | ${r.scope} | ${r.description.replace(/\|/g, '\\|')} | ${example.length > 40 ? example.slice(0, 40) + '…' : example} |`)
}

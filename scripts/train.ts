/**
 * `npx tsx scripts/train.ts [DIR…] [-o FILE]`: trains the shipped line model from the shared
 * labelled pages (default: ../shared/trainset and ../shared/devset) and writes it as JSON
 * (default: src/model/line-model.json). The same pages give the same file, byte for byte.
 */
import { writeFileSync } from 'node:fs'
import { trainLineModel } from '../src/clean/train.js'
import { resolveCleanOptions } from '../src/clean/index.js'
import { modelJson, trainingPages, SHARED_TRAINING } from './training.js'

const args = process.argv.slice(2)
const outAt = args.indexOf('-o')
const out = outAt >= 0 ? args[outAt + 1]! : 'src/model/line-model.json'
const dirs = args.filter((a, i) => !a.startsWith('-') && i !== outAt + 1)
const pages = trainingPages(dirs.length ? dirs : SHARED_TRAINING)
if (pages.length === 0) {
  console.error('no labelled pages found')
  process.exit(1)
}
const model = trainLineModel(pages.map((p) => p.page), resolveCleanOptions({}))
writeFileSync(out, modelJson(model))
console.log(`trained on ${model.trainedOn.pages} pages (${model.trainedOn.lines} lines, ${model.trainedOn.junk} junk); threshold ${model.threshold}; wrote ${out}`)

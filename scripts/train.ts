/**
 * `npx tsx scripts/train.ts [DIR…]`: trains the shipped models from the shared labelled pages
 * (default: ../shared/trainset and ../shared/devset) with the public `train()`, and writes them as
 * JSON: the line model to src/model/line-model.json, the off-topic model to
 * src/model/topic-model.json, the deed scorer to src/model/deed-model.json. The same pages give the
 * same files, byte for byte
 * (test/train.test.ts checks it).
 */
import { writeFileSync } from 'node:fs'
import { train } from '../src/api.js'
import { modelFile } from '../src/cli/train.js'
import { SHARED_TRAINING, trainingPages } from './training.js'

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const pages = trainingPages(dirs.length ? dirs : SHARED_TRAINING)
if (pages.length === 0) {
  console.error('no labelled pages found')
  process.exit(1)
}
const { line, topic, activities } = train(pages.map((p) => ({ text: p.page.text, gold: { ...p.page.gold, site: p.site } })))
writeFileSync('src/model/line-model.json', modelFile(line))
console.log(`line model: ${line.trainedOn.pages} pages, ${line.trainedOn.lines} lines (${line.trainedOn.junk} junk), threshold ${line.threshold}`)
if (topic) {
  writeFileSync('src/model/topic-model.json', modelFile(topic))
  console.log(`off-topic model: ${topic.trainedOn.paragraphs} paragraphs, ${topic.trainedOn.sentences} sentences, ${topic.trainedOn.windows} pairs; thresholds ${topic.paragraph.threshold} / ${topic.sentence.threshold} / ${topic.window.threshold}`)
}
if (activities) {
  writeFileSync('src/model/deed-model.json', modelFile(activities))
  console.log(`deed scorer: ${activities.trainedOn.pages} pages, ${activities.trainedOn.candidates} candidates (${activities.trainedOn.deeds} deeds), cut-off ${activities.threshold}`)
}

/**
 * `npx tsx scripts/train.ts [DIR…]`: trains the shipped models from the shared labelled pages
 * (default: ../shared/trainset and ../shared/devset) and writes them as JSON: the line model to
 * src/model/line-model.json, the off-topic model to src/model/topic-model.json. The same pages
 * give the same files, byte for byte.
 */
import { writeFileSync } from 'node:fs'
import { resolveCleanOptions } from '../src/clean/index.js'
import { trainLineModel } from '../src/clean/train.js'
import { fitTopicModel, topicPage } from '../src/clean/train-topic.js'
import { modelJson, SHARED_TRAINING, trainingPages } from './training.js'

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const pages = trainingPages(dirs.length ? dirs : SHARED_TRAINING)
if (pages.length === 0) {
  console.error('no labelled pages found')
  process.exit(1)
}
const options = resolveCleanOptions({})
const line = trainLineModel(pages.map((p) => p.page), options)
writeFileSync('src/model/line-model.json', modelJson(line))
console.log(`line model: ${line.trainedOn.pages} pages, ${line.trainedOn.lines} lines (${line.trainedOn.junk} junk), threshold ${line.threshold}`)
const topic = fitTopicModel(pages.map((p) => topicPage(p.page, p.site, options)))
writeFileSync('src/model/topic-model.json', modelJson(topic))
console.log(`off-topic model: ${topic.trainedOn.paragraphs} paragraphs, ${topic.trainedOn.sentences} sentences; thresholds ${topic.paragraph.threshold} / ${topic.sentence.threshold}`)

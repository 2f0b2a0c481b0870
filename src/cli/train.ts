/**
 * `docsift train DIR… -o model.json`: trains the line model (and, with --topic-out, the off-topic
 * model; with --activities-out, the deed scorer) on labelled pages: every `NAME.gold.json` beside a `NAME.txt`, in the gold format of the
 * shared sets. The files are what `--model` / `--topic-model` and `clean(page, { model })` take.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { train } from '../api.js'
import { DocsiftError, firstIssue } from '../errors.js'
import { TrainingPage, type SiftOptions, type TrainedModels } from '../schema.js'
import { expandInputs } from './inputs.js'
import { UsageError } from './options.js'

const GOLD_SUFFIX = '.gold.json'

/** The labelled text pages the arguments name (directories walked as for every command, globs, files), in order. */
export function labelledPages(paths: readonly string[]): { path: string; page: TrainingPage }[] {
  const found: { path: string; page: TrainingPage }[] = []
  for (const file of expandInputs(paths)) {
    if (file.error !== undefined) throw new UsageError(`${file.path}: ${file.error}`)
    const goldPath = file.path.replace(/\.txt$/, GOLD_SUFFIX)
    if (goldPath === file.path || !existsSync(goldPath)) continue
    let gold: unknown
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8'))
    } catch (error) {
      throw new UsageError(`${goldPath}: not JSON: ${(error as Error).message}`)
    }
    const page = TrainingPage.safeParse({ text: readFileSync(file.path, 'utf8'), gold })
    if (!page.success) throw new UsageError(`${goldPath}: ${firstIssue(page.error, 'page')}`)
    found.push({ path: file.path, page: page.data })
  }
  return found
}

export interface TrainSpec {
  paths: readonly string[]
  output: string
  topicOutput?: string
  activitiesOutput?: string
  options: SiftOptions
  stderr: NodeJS.WritableStream
}

/** Trains and writes the model files; says what it trained on. */
export function runTrain(spec: TrainSpec): void {
  const found = labelledPages(spec.paths)
  if (found.length === 0) throw new UsageError(`no labelled pages (NAME.txt beside NAME${GOLD_SUFFIX}) in ${spec.paths.join(', ')}`)
  let models: TrainedModels
  try {
    models = train(found.map((f) => f.page), spec.options)
  } catch (error) {
    // Pages that cannot train a model are the caller's data to fix, as a bad flag is.
    if (error instanceof DocsiftError) throw new UsageError(error.message)
    throw error
  }
  writeFileSync(spec.output, modelFile(models.line))
  const { pages, lines, junk } = models.line.trainedOn
  spec.stderr.write(`line model: ${pages} pages, ${lines} lines (${junk} junk), cut-off ${models.line.threshold} → ${spec.output}\n`)
  if (spec.topicOutput !== undefined) {
    if (models.topic === null) throw new UsageError('the off-topic model needs labelled pages from two or more sites ("site" in the gold)')
    writeFileSync(spec.topicOutput, modelFile(models.topic))
    const t = models.topic.trainedOn
    spec.stderr.write(`off-topic model: ${t.pages} pages, ${t.paragraphs} paragraphs, ${t.sentences} sentences, ${t.windows} pairs of sentences → ${spec.topicOutput}\n`)
  }
  if (spec.activitiesOutput !== undefined) {
    if (models.activities === null) throw new UsageError('the deed scorer needs labelled pages whose gold lists their activities (fields.activities)')
    writeFileSync(spec.activitiesOutput, modelFile(models.activities))
    const d = models.activities.trainedOn
    spec.stderr.write(`deed scorer: ${d.pages} pages, ${d.candidates} candidates (${d.deeds} deeds), cut-off ${models.activities.threshold} → ${spec.activitiesOutput}\n`)
  }
}

/** A model file's text: one value per line, so retrained models diff readably. */
export function modelFile(model: object): string {
  return JSON.stringify(model, null, 1) + '\n'
}

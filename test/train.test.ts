/**
 * Training: `train()` and `docsift train` on the project's labelled fixtures are reproducible
 * (same pages → the same bytes), the model they write is what `--model` and `clean(page, { model })`
 * take, and bad training data or a model of other features is refused with a clear error. With
 * ../shared present, retraining on the shared sets gives the shipped model files byte for byte.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { modelFile } from '../src/cli/train.js'
import { clean, DeedModel, DocsiftError, LineModel, TopicModel, train } from '../src/index.js'
import { SHARED_TRAINING, trainingPages } from '../scripts/training.js'
import { docsift } from './cli-helpers.js'

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
const SHIPPED_LINE = new URL('../src/model/line-model.json', import.meta.url).pathname
const SHIPPED_TOPIC = new URL('../src/model/topic-model.json', import.meta.url).pathname
const SHIPPED_DEEDS = new URL('../src/model/deed-model.json', import.meta.url).pathname

describe('docsift train', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docsift-train-'))

  it('writes the same model files twice from the same pages, and clean() runs with them', async () => {
    const outputs = [1, 2].map((n) => ({ line: join(dir, `line-${n}.json`), topic: join(dir, `topic-${n}.json`), deeds: join(dir, `deeds-${n}.json`) }))
    for (const out of outputs) {
      // The fixtures written for the rules and fixtures/unseen: fixtures/blind (168 pages) would only make the run longer.
      const run = await docsift(['train', join(FIXTURES, '*.txt'), join(FIXTURES, 'unseen'), '-o', out.line, '--topic-out', out.topic, '--activities-out', out.deeds])
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toMatch(/line model: \d+ pages, \d+ lines \(\d+ junk\)/)
      expect(run.stderr).toMatch(/deed scorer: \d+ pages, \d+ candidates \(\d+ deeds\)/)
    }
    expect(readFileSync(outputs[0]!.line, 'utf8')).toBe(readFileSync(outputs[1]!.line, 'utf8'))
    expect(readFileSync(outputs[0]!.topic, 'utf8')).toBe(readFileSync(outputs[1]!.topic, 'utf8'))
    expect(readFileSync(outputs[0]!.deeds, 'utf8')).toBe(readFileSync(outputs[1]!.deeds, 'utf8'))
    const deeds = DeedModel.parse(JSON.parse(readFileSync(outputs[0]!.deeds, 'utf8')))
    expect(deeds.trainedOn.candidates).toBeGreaterThan(0)
    const sifted = await docsift(['extract', '--activity-model', outputs[0]!.deeds, join(FIXTURES, 'seed-like.txt')])
    expect(sifted.code, sifted.stderr).toBe(0)
    const model = LineModel.parse(JSON.parse(readFileSync(outputs[0]!.line, 'utf8')))
    const topicModel = TopicModel.parse(JSON.parse(readFileSync(outputs[0]!.topic, 'utf8')))
    expect(model.trainedOn.junk).toBeGreaterThan(10)
    const page = readFileSync(join(FIXTURES, 'seed-like.txt'), 'utf8')
    const result = clean(page, { model, topicModel })
    expect(result.text).not.toMatch(/下载文档前请自行甄别/)
    expect(result.text).toMatch(/县发改局/)

    const cli = await docsift(['clean', '--model', outputs[0]!.line, '--topic-model', outputs[0]!.topic, join(FIXTURES, 'seed-like.txt')])
    expect(cli.code, cli.stderr).toBe(0)
    expect(cli.stdout.trim()).toBe(result.text.trim())
  })

  it('says what is wrong with the training data', async () => {
    const none = await docsift(['train', join(FIXTURES, 'html'), '-o', join(dir, 'none.json')])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/no labelled pages/)
    // Labelled pages whose lines are all body: nothing to learn from.
    const bodyOnly = readFileSync(join(FIXTURES, 'clean-1.txt'), 'utf8')
    expect(() => train([{ text: bodyOnly, gold: { lines: bodyOnly.split('\n').filter((l) => l.trim()).map(() => 'k' as const) } }])).toThrow(
      /cannot train a line model/,
    )
    expect(() => train([])).toThrow(DocsiftError)
    expect(() => train([{ text: 'x' } as never])).toThrow(/labelled page 0: gold/)
  })

  it('refuses a model made for other features, naming the fix', () => {
    const model = LineModel.parse(JSON.parse(readFileSync(SHIPPED_LINE, 'utf8')))
    const other = { ...model, features: [...model.features.slice(1), 'somethingElse'] }
    expect(() => clean('2020年工作总结\n今年我们完成了各项任务。', { model: other })).toThrow(/retrain it with docsift train/)
  })
})

describe.skipIf(SHARED_TRAINING.length === 0)('the shipped models', () => {
  it('are what training on the shared labelled sets gives, byte for byte', () => {
    const pages = trainingPages(SHARED_TRAINING)
    const { line, topic, activities } = train(pages.map((p) => ({ text: p.page.text, gold: { ...p.page.gold, site: p.site } })))
    expect(modelFile(line)).toBe(readFileSync(SHIPPED_LINE, 'utf8'))
    expect(modelFile(topic!)).toBe(readFileSync(SHIPPED_TOPIC, 'utf8'))
    expect(modelFile(activities!)).toBe(readFileSync(SHIPPED_DEEDS, 'utf8'))
  })
})


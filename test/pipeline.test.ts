/** The unified plugins: Markdown out, removals as vfile messages, the summary on file.data. */
import { readFileSync } from 'node:fs'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { docsift, docsiftClean, docsiftExtract, docsiftParse } from '../src/index.js'

const page = readFileSync(new URL('../fixtures/seed-like.txt', import.meta.url), 'utf8')

describe('unified plugins', () => {
  it('turn a page into Markdown with the removals as messages', async () => {
    const file = await unified().use(docsiftParse).use(docsiftClean).use(docsiftExtract).use(remarkStringify).process(new VFile(page))
    const md = String(file)
    expect(md.startsWith('# ')).toBe(true)
    expect(md).not.toMatch(/下载文档前|相关文档/)
    const rules = new Set(file.messages.map((m) => `${m.source}:${m.url ?? ''}`))
    expect(rules.has('docsift:offtopic/spliced-paragraph')).toBe(true)
    const offtopic = file.messages.find((m) => m.url === 'offtopic/spliced-paragraph')!
    expect(offtopic.ruleId).toBe('spliced-paragraph')
    expect(offtopic.actual).toMatch(/我院/)
    expect(String(offtopic)).toMatch(/off-topic/)
    expect(file.data.workSummary?.title).toBe(file.data.clean?.title)
  })

  it('report inconsistencies as warnings on the file', async () => {
    const file = await docsift.process(page)
    const warning = file.messages.find((m) => m.ruleId === 'declared-total-mismatch')
    expect(warning, 'the 14-vs-15 warning').toBeDefined()
    expect(warning!.fatal).toBe(false)
  })

  it('exposes an mdast tree with headings and positions', () => {
    const tree = unified().use(docsiftParse).parse(page)
    const heading = tree.children.find((c) => c.type === 'heading')
    expect(heading).toBeDefined()
    expect(heading!.position?.start.offset).toBeGreaterThanOrEqual(0)
  })

  it('is frozen: the shared processor cannot be reconfigured', () => {
    expect(() => docsift.use(remarkStringify)).toThrow()
  })
})

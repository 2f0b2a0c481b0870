import { SENTENCE_END } from '../../text/chars.js'
import { fold } from '../../text/fold.js'
import { oncePer } from '../../text/memo.js'
import type { Rule } from '../types.js'

// Chunked page views number their chunks at line starts ("1、" "2、" "3、"), each a long line, and
// break the text wherever a chunk ends, often inside a word. Two or more such chunks in sequence,
// one of them after a line that stops mid-sentence, make the pattern.
const CHUNK = /^(\d{1,2})、/
const MIN_CHUNK = 150

/** Line index → length of its chunk number, for the lines of a page (once per page). */
const chunkMarkers = oncePer((texts: readonly string[]): Map<number, number> => {
  const found = new Map<number, number>()
  let expect = 1
  const run: { index: number; len: number }[] = []
  texts.forEach((t, i) => {
    const m = CHUNK.exec(t)
    if (m && Number(m[1]) === expect && t.length >= MIN_CHUNK) {
      run.push({ index: i, len: m[0].length })
      expect++
    }
  })
  const midBreaks = run.filter(({ index }) => index > 0 && !SENTENCE_END.test(fold(texts[index - 1]!))).length
  if (run.length >= 2 && midBreaks >= 1) for (const r of run) found.set(r.index, r.len)
  return found
})

export const pageChunk: Rule = {
  id: 'page-marker/page-chunk',
  kind: 'page-marker',
  description: 'Numbers of a chunked page view at line starts ("1、" "2、" that split a word); the word is rejoined',
  scope: 'inline',
  test: (block, doc) => {
    const len = chunkMarkers(doc.texts).get(block.index)
    return len === undefined ? undefined : { reason: 'page number of a chunked page view', spans: [[0, len]], continues: true }
  },
  examples: {
    context: [
      `1、${'全镇上下围绕年度目标任务,扎实推进各项工作,经济社会保持平稳健康发展,'.repeat(4)}各项工作取得明显成`,
      `3、${'同时积极推进乡村振兴战略,加强基层组织建设,持续改善人居环境,群众满意度不断提升,'.repeat(4)}全面完成年度任务。`,
    ],
    drop: [`2、效。${'上半年全镇完成固定资产投资三亿余元,新引进项目十二个,农业生产稳中有进,'.repeat(4)}社会事业协调发展。`],
    keep: ['2、召开全镇动员大会。', '1、加强组织领导'],
  },
}

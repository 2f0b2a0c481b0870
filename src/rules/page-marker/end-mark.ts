import type { Rule } from '../types.js'

// The end of the text between dashes, glued after its last line ("2024年3月1日 — END —", "…贡献力量。——全文完——").
// It is cut before the line rules read the line, so the line (a date under a signature) is judged as it stands.
const END_GLUED = /\s*[-—–=~·]{1,6}\s?(?:END|本文完|全文完|正文完)\s?[-—–=~·]{1,6}\s*$/i

export const endMark: Rule = {
  id: 'page-marker/end-mark',
  kind: 'page-marker',
  description: 'The end-of-text mark between dashes glued after the last line (2024年3月1日 — END —)',
  scope: 'inline',
  test: (block) => {
    const end = END_GLUED.exec(block.folded)
    return end && end.index > 0 ? { reason: 'the end-of-text mark glued after the last line', spans: [[end.index, block.text.length]] } : undefined
  },
  examples: {
    drop: ['2024年3月1日 — END —', '为建设美丽家园贡献力量。——全文完——', '某某社区居委会 -END-'],
    keep: ['工作专班于3月底前完成END-2系统调试。', '— END —', '全文完成修订。'],
  },
}

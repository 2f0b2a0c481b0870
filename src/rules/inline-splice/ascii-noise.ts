import type { Rule } from '../types.js'

// Random ASCII debris an anti-copy script leaves between characters: "6 z7 W. N) I/ C0".
// A token is one or two characters; the run needs three or more tokens, two of them mixed
// (a letter with a digit or a symbol), so "A B C三个等级" or "1 2 3" stay.
const TOKEN = "[A-Za-z0-9][A-Za-z0-9.,;:)(/\\][!&*^%$#@~'_+=-]?"
const RUN = new RegExp(`(?<=[\\u3400-\\u9fff,，。、;；:：])\\s?(?:${TOKEN}\\s){2,}${TOKEN}(?=\\s?[\\u3400-\\u9fff])`, 'g')
const MIXED = /^(?:[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z0-9][^A-Za-z0-9])$/

export const asciiNoise: Rule = {
  id: 'inline-splice/ascii-noise',
  kind: 'inline-splice',
  description: 'Random ASCII debris injected into a sentence (6 z7 W. N) I/ C0)',
  scope: 'inline',
  test: (block) => {
    const spans: [number, number][] = []
    RUN.lastIndex = 0
    for (let m = RUN.exec(block.text); m; m = RUN.exec(block.text)) {
      const mixed = m[0].trim().split(/\s/).filter((t) => MIXED.test(t)).length
      if (mixed >= 2) spans.push([m.index, m.index + m[0].length])
    }
    return spans.length ? { reason: 'ASCII debris injected into the sentence', spans } : undefined
  },
  examples: {
    drop: ['全体干部6 z7 W. N) I/ C0认真学习文件精神', '完成了全年的q2 X] 8 p4目标任务'],
    keep: ['按照A B C三个等级进行评定', '选取1 2 3号样本进行检测', '使用Windows 10 操作系统'],
  },
}

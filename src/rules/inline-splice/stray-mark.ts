import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// An anti-copy script drops a full stop between two characters of a word ("炎热的.暑假"). A
// Chinese sentence never has an ASCII full stop between characters; numbers (3.5) are not touched.
const STRAY_DOT = /(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff])/g

export const strayMark: Rule = {
  id: 'inline-splice/stray-mark',
  kind: 'inline-splice',
  description: 'Stray full stops an anti-copy script put between characters (炎热的.暑假)',
  scope: 'inline',
  test: (block) => {
    const spans = matchSpans(STRAY_DOT, block.text)
    return spans.length ? { reason: 'stray full stop inside a word', spans } : undefined
  },
  examples: {
    drop: ['在炎热的.暑假里要注意安全', '组织开展了防.溺水教育'],
    keep: ['增长了3.5个百分点', '1.加强领导', 'www.example.cn网站'],
  },
}

import { INLINE_PAGE_MARKER } from '../../lexicon/boilerplate.js'
import type { Rule } from '../types.js'

export const hiddenTextMarker: Rule = {
  id: 'page-marker/hidden-text-marker',
  kind: 'page-marker',
  description: 'Paywall gaps inside the text (……此处隐藏15229个字……)',
  scope: 'span',
  test: (block) => {
    const folded = block.folded
    const spans: [number, number][] = []
    INLINE_PAGE_MARKER.lastIndex = 0
    for (let m = INLINE_PAGE_MARKER.exec(folded); m; m = INLINE_PAGE_MARKER.exec(folded)) spans.push([m.index, m.index + m[0].length])
    return spans.length ? { reason: 'paywall gap: the site hid part of the text here', spans } : undefined
  },
  examples: {
    drop: ['镇里对汛前检查的时间和分工作了具体的安 ……此处隐藏8421个字……织开展了应急演练'],
    keep: ['此处为活动现场,隐藏式展台共12个。'],
  },
}

/** Content-word profiles of blocks for the off-topic rule, segmented once and only when asked. */
import { GENERIC_WORDS } from '../lexicon/offtopic.js'
import { cut } from '../text/segment.js'

const HAN_WORD = /[\u4e00-\u9fff]{2,}/

export function contentWordsFactory(texts: readonly string[]): {
  of: (index: number) => ReadonlyMap<string, number>
  except: (index: number) => ReadonlyMap<string, number>
} {
  let perBlock: Map<string, number>[] | undefined
  let total: Map<string, number> | undefined
  const ensure = () => {
    if (perBlock) return
    perBlock = texts.map((t) => {
      const counts = new Map<string, number>()
      for (const w of cut(t)) if (HAN_WORD.test(w) && !GENERIC_WORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1)
      return counts
    })
    total = new Map()
    for (const m of perBlock) for (const [w, n] of m) total.set(w, (total.get(w) ?? 0) + n)
  }
  return {
    of: (i) => {
      ensure()
      return perBlock![i] ?? new Map()
    },
    except: (i) => {
      ensure()
      const own = perBlock![i] ?? new Map<string, number>()
      const rest = new Map<string, number>()
      for (const [w, n] of total!) {
        const left = n - (own.get(w) ?? 0)
        if (left > 0) rest.set(w, left)
      }
      return rest
    },
  }
}

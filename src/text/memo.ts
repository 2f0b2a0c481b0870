/** Memos: what a page's rules and features ask for again and again, computed once. */

/**
 * `compute` run once per key object and remembered while the key lives (a WeakMap). Extra arguments
 * are read on the first call only, so they must follow from the key (the page's title for its stats).
 */
export function oncePer<K extends object, A extends unknown[], V>(compute: (key: K, ...args: A) => V): (key: K, ...args: A) => V {
  const memo = new WeakMap<K, V>()
  return (key, ...args) => {
    // One lookup on a hit; `has` only tells a remembered undefined from a miss.
    const hit = memo.get(key)
    if (hit !== undefined || memo.has(key)) return hit as V
    const value = compute(key, ...args)
    memo.set(key, value)
    return value
  }
}

/** How many recent texts a `recentTexts` memo keeps before it starts afresh. */
export const RECENT_TEXTS = 4096

/** A function of a text that remembers its recent results; `forget()` empties it. */
export interface TextMemo<V> {
  (text: string): V
  forget(): void
}

/**
 * `compute` remembered for the last RECENT_TEXTS texts (emptied when full, which keeps it bounded
 * and cheap): for what several rules ask of the same line or block. Benchmarks call `forget()` so
 * a page seen before is not measured as free.
 */
export function recentTexts<V>(compute: (text: string) => V): TextMemo<V> {
  const memo = new Map<string, V>()
  const remembered = (text: string): V => {
    let value = memo.get(text)
    if (value === undefined) {
      value = compute(text)
      if (memo.size >= RECENT_TEXTS) memo.clear()
      memo.set(text, value)
    }
    return value
  }
  return Object.assign(remembered, { forget: () => memo.clear() })
}

/** Per-object memos: what a page's rules and features ask for again and again, computed once. */

/**
 * `compute` run once per key object and remembered while the key lives (a WeakMap). Extra arguments
 * are read on the first call only, so they must follow from the key (the page's title for its stats).
 */
export function oncePer<K extends object, A extends unknown[], V>(compute: (key: K, ...args: A) => V): (key: K, ...args: A) => V {
  const memo = new WeakMap<K, V>()
  return (key, ...args) => {
    if (memo.has(key)) return memo.get(key) as V
    const value = compute(key, ...args)
    memo.set(key, value)
    return value
  }
}

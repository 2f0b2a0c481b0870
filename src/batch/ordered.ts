/**
 * Ordered concurrent map with a bounded in-flight window: memory follows the window, not the
 * input, because the source is only pulled when a slot is free.
 */

/** Maps `source` through `fn` with at most `window` calls in flight, yielding results in input order. */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const size = Math.max(1, Math.floor(window))
  const inFlight: Promise<R>[] = []
  let index = 0
  for await (const item of source) {
    inFlight.push(fn(item, index++))
    while (inFlight.length >= size) yield await (inFlight.shift() as Promise<R>)
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<R>)
}

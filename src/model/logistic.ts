/**
 * L2-regularised logistic regression, fitted by full-batch gradient descent from zero weights
 * for a fixed number of steps: the same rows give the same weights on every machine (no
 * randomness, no early stopping), which keeps the shipped model reproducible bit for bit.
 */

export interface Row {
  readonly x: Float64Array
  /** 1 for junk, 0 for body. */
  readonly y: 0 | 1
}

export interface Fit {
  readonly weights: number[]
  readonly bias: number
}

const STEPS = 3000
const RATE = 0.5
const L2 = 1e-3

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/** Probability of junk for one feature vector. */
export function probability(fit: Fit, x: ArrayLike<number>): number {
  let z = fit.bias
  for (let k = 0; k < fit.weights.length; k++) z += fit.weights[k]! * (x[k] ?? 0)
  return sigmoid(z)
}

/** Fits the weights; rows are weighted so that both classes count equally. */
export function fitLogistic(rows: readonly Row[], features: number): Fit {
  const w = new Float64Array(features)
  let b = 0
  const junk = rows.filter((r) => r.y === 1).length
  const body = rows.length - junk
  if (junk === 0 || body === 0) return { weights: [...w], bias: junk === 0 ? -10 : 10 }
  const weightOf = (y: 0 | 1) => (y === 1 ? rows.length / (2 * junk) : rows.length / (2 * body))
  const grad = new Float64Array(features)
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0)
    let gb = 0
    for (const r of rows) {
      let z = b
      for (let k = 0; k < features; k++) z += w[k]! * r.x[k]!
      const err = (sigmoid(z) - r.y) * weightOf(r.y)
      for (let k = 0; k < features; k++) grad[k]! += err * r.x[k]!
      gb += err
    }
    for (let k = 0; k < features; k++) w[k] = w[k]! - RATE * (grad[k]! / rows.length + L2 * w[k]!)
    b -= RATE * (gb / rows.length)
  }
  return { weights: [...w], bias: b }
}

/**
 * The cut-off that minimises missed junk plus `bodyCost` times body lines cut, over the given
 * rows (in-sample on the training rows: never on the rows being scored).
 */
export function chooseThreshold(fit: Fit, rows: readonly Row[], bodyCost: number): number {
  const scored = rows.map((r) => ({ p: probability(fit, r.x), y: r.y })).sort((a, b) => b.p - a.p)
  const junk = scored.filter((s) => s.y === 1).length
  let best = { cost: junk, threshold: 1 }
  let caught = 0
  let wrong = 0
  for (let k = 0; k < scored.length; k++) {
    if (scored[k]!.y === 1) caught++
    else wrong++
    // Only between distinct probabilities can a cut-off separate the rows.
    const next = scored[k + 1]?.p ?? 0
    if (next === scored[k]!.p) continue
    const cost = junk - caught + bodyCost * wrong
    if (cost < best.cost) best = { cost, threshold: (scored[k]!.p + next) / 2 }
  }
  return best.threshold
}

/**
 * The lowest cut-off that cuts at most `maxRate` of the negative rows (in-sample, on the training
 * rows): for rare events such as spliced paragraphs, whose training positives are synthetic and
 * far more frequent than in real pages, the false-cut rate is what must be bounded.
 */
export function thresholdAtRate(fit: Fit, rows: readonly Row[], maxRate: number): number {
  const negatives = rows.filter((r) => r.y === 0).map((r) => probability(fit, r.x)).sort((a, b) => b - a)
  const allowed = Math.floor(negatives.length * maxRate)
  // Just above the highest negative that must stay uncut.
  const above = negatives[allowed]
  return above === undefined ? 0.5 : Math.min(1, above + 1e-6)
}

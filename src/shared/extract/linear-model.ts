// Multinomial logistic regression over sparse binary features, trained by stochastic gradient
// descent with L2 decay. Training is deterministic (seeded order, fixed epochs) so the shipped
// weights can be rebuilt byte for byte from the data.

export interface LinearModel {
  classes: string[]
  /** Per-class bias, then per feature one weight per class. */
  bias: number[]
  weights: Record<string, number[]>
}

export interface TrainOptions {
  epochs?: number
  learningRate?: number
  l2?: number
  /** Features seen in fewer training examples are dropped. */
  minCount?: number
  /** Weights are rounded to this many decimals; features whose weights all round to 0 go. */
  decimals?: number
  /** Features whose largest weight is smaller than this go (they barely move a score). */
  prune?: number
  seed?: number
}

export interface Example {
  features: string[]
  label: number
  /** How much the example counts (1 when omitted). */
  weight?: number
}

/** A small seeded generator (mulberry32): same seed, same order, on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function softmax(scores: Float64Array): void {
  let max = -Infinity
  for (const s of scores) if (s > max) max = s
  let sum = 0
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c] - max)
    sum += scores[c]
  }
  for (let c = 0; c < scores.length; c++) scores[c] /= sum
}

export function trainLinearModel(classes: string[], examples: Example[], options: TrainOptions = {}): LinearModel {
  const { epochs = 80, learningRate = 0.03, l2 = 0.003, minCount = 2, decimals = 2, prune = 0.05, seed = 7 } = options
  const counts = new Map<string, number>()
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= minCount).sort()
  const index = new Map(names.map((f, i) => [f, i]))
  const rows = examples.map((e) => ({
    ids: e.features.map((f) => index.get(f)).filter((i) => i !== undefined),
    label: e.label,
    weight: e.weight ?? 1
  }))
  const C = classes.length
  const w = new Float64Array(names.length * C)
  const bias = new Float64Array(C)
  const scores = new Float64Array(C)
  const next = random(seed)
  const order = rows.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    const rate = learningRate / (1 + epoch * 0.2)
    for (const r of order) {
      const { ids, label, weight } = rows[r]
      for (let c = 0; c < C; c++) {
        let s = bias[c]
        for (const id of ids) s += w[id * C + c]
        scores[c] = s
      }
      softmax(scores)
      const decay = 1 - rate * l2
      for (let c = 0; c < C; c++) {
        const g = (scores[c] - (c === label ? 1 : 0)) * weight
        bias[c] -= rate * g
        for (const id of ids) w[id * C + c] = w[id * C + c] * decay - rate * g
      }
    }
  }
  const round = (x: number) => {
    const r = Number(x.toFixed(decimals))
    return r === 0 ? 0 : r
  }
  const weights: Record<string, number[]> = {}
  names.forEach((f, i) => {
    const row = Array.from(w.subarray(i * C, i * C + C), round)
    if (row.some((x) => Math.abs(x) >= prune)) weights[f] = row
  })
  return { classes, bias: Array.from(bias, round), weights }
}

// Object lookups on thousands of keys are slow and see inherited names ("constructor"): each
// model is indexed once into a Map of typed rows.
const compiled = new WeakMap<LinearModel, Map<string, Float64Array>>()

function rowsOf(model: LinearModel): Map<string, Float64Array> {
  let rows = compiled.get(model)
  if (!rows) {
    rows = new Map(Object.entries(model.weights).map(([f, w]) => [f, Float64Array.from(w)]))
    compiled.set(model, rows)
  }
  return rows
}

/** Class probabilities of one example's features. */
export function predict(model: LinearModel, features: string[]): number[] {
  const rows = rowsOf(model)
  const scores = Float64Array.from(model.bias)
  for (const f of features) {
    const row = rows.get(f)
    if (row) for (let c = 0; c < scores.length; c++) scores[c] += row[c]
  }
  softmax(scores)
  return Array.from(scores)
}

/** The model as JSON with one feature per line, in sorted order (small, diffable, stable). */
export function serializeModel(model: LinearModel & { emitBelowNone?: number }): string {
  const lines = Object.keys(model.weights)
    .sort()
    .map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(model.weights[f])}`)
  const threshold = model.emitBelowNone === undefined ? '' : `  "emitBelowNone": ${model.emitBelowNone},\n`
  const classes = `  "classes": ${JSON.stringify(model.classes)},\n`
  const head = `{\n${classes}${threshold}  "bias": ${JSON.stringify(model.bias)},\n`
  return `${head}  "weights": {\n${lines.join(',\n')}\n  }\n}\n`
}

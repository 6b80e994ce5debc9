import type { Cue } from './cues'
import { requiredKeywords } from './cue-keywords'

// Most cue regexes cannot match most units: each needs one of a few literal keywords (read off its
// source by cue-keywords.ts). One pass of a keyword automaton over a unit lists the cues whose
// keywords occur in it, and only those regexes run. A cue without safe keywords runs on every unit.

interface Plan {
  cues: { re: RegExp; weight: number; list: number }[]
  /** Cues that run on every text. */
  always: number[]
  /** Maps a UTF-16 code unit to its column in `delta`; 0 = a character no keyword contains. */
  column: Uint16Array
  columns: number
  /** Keyword automaton (Aho-Corasick, failure links folded in): next state = delta[state * columns + column]. */
  delta: Int32Array
  /** Cues with a keyword ending at each state: outputs[outputStart[s] .. outputStart[s + 1]). */
  outputStart: Int32Array
  outputs: Int32Array
}

const plans = new WeakMap<Cue[][], Plan>()

function planFor(lists: Cue[][]): Plan {
  let plan = plans.get(lists)
  if (!plan) {
    plan = buildPlan(lists)
    plans.set(lists, plan)
  }
  return plan
}

function buildPlan(lists: Cue[][]): Plan {
  const cues = lists.flatMap((list, l) => list.map(([re, weight]) => ({ re, weight, list: l })))
  const always: number[] = []
  const keywords: [string, number][] = []
  cues.forEach(({ re }, id) => {
    const found = requiredKeywords(re)
    if (found) for (const k of found) keywords.push([k, id])
    else always.push(id)
  })

  const column = new Uint16Array(65536)
  let columns = 1
  for (const [k] of keywords) for (let i = 0; i < k.length; i++) if (column[k.charCodeAt(i)] === 0) column[k.charCodeAt(i)] = columns++

  // The keyword trie, then its automaton built breadth first.
  const children: Map<number, number>[] = [new Map()]
  const own: number[][] = [[]]
  for (const [k, id] of keywords) {
    let state = 0
    for (let i = 0; i < k.length; i++) {
      const c = column[k.charCodeAt(i)]
      let next = children[state].get(c)
      if (next === undefined) {
        next = children.length
        children.push(new Map())
        own.push([])
        children[state].set(c, next)
      }
      state = next
    }
    own[state].push(id)
  }
  const states = children.length
  const delta = new Int32Array(states * columns)
  const fail = new Int32Array(states)
  const merged: number[][] = new Array(states)
  merged[0] = own[0]
  const queue: number[] = []
  for (const [c, child] of children[0]) {
    delta[c] = child
    queue.push(child)
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]
    merged[s] = [...new Set([...own[s], ...merged[fail[s]]])]
    for (let c = 0; c < columns; c++) {
      const child = children[s].get(c)
      if (child === undefined) {
        delta[s * columns + c] = delta[fail[s] * columns + c]
      } else {
        fail[child] = delta[fail[s] * columns + c]
        delta[s * columns + c] = child
        queue.push(child)
      }
    }
  }
  const outputStart = new Int32Array(states + 1)
  for (let s = 0; s < states; s++) outputStart[s + 1] = outputStart[s] + merged[s].length
  const outputs = new Int32Array(outputStart[states])
  for (let s = 0; s < states; s++) outputs.set(merged[s], outputStart[s])
  return { cues, always, column, columns, delta, outputStart, outputs }
}

/** For each cue, the indices (ascending) of the texts holding one of its keywords. */
function textsPerCue(plan: Plan, texts: string[]): number[][] {
  const { column, columns, delta, outputStart, outputs } = plan
  const perCue: number[][] = plan.cues.map(() => [])
  const seenIn = new Int32Array(plan.cues.length).fill(-1)
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t]
    let state = 0
    for (let i = 0; i < text.length; i++) {
      state = delta[state * columns + column[text.charCodeAt(i)]]
      for (let o = outputStart[state], end = outputStart[state + 1]; o < end; o++) {
        const cue = outputs[o]
        if (seenIn[cue] !== t) {
          seenIn[cue] = t
          perCue[cue].push(t)
        }
      }
    }
  }
  const all = texts.map((_, t) => t)
  for (const cue of plan.always) perCue[cue] = all
  return perCue
}

/**
 * Sums each cue list's weights over many texts: totals[l][t] is the sum of the weights of the cues
 * of `lists[l]` that match `texts[t]`. With `gate` off every cue is tried on every text (the
 * reference the gate is tested against); with it on, the sums are the same.
 */
export function cueTotals(texts: string[], lists: Cue[][], gate = true): Float64Array[] {
  const plan = planFor(lists)
  const totals = lists.map(() => new Float64Array(texts.length))
  const all = texts.map((_, t) => t)
  const candidates = gate ? textsPerCue(plan, texts) : plan.cues.map(() => all)
  // Cue by cue rather than text by text, so each compiled regex stays hot in the CPU caches.
  plan.cues.forEach(({ re, weight, list }, id) => {
    const sums = totals[list]
    for (const t of candidates[id]) if (re.test(texts[t])) sums[t] += weight
  })
  return totals
}

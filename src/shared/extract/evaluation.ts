import { KEY_POINT_CATEGORIES, type KeyPointCategory } from '../model'
import type { Extraction } from './index'
import { squash, type LabelledCase } from './training'

// The figures of eval/notes/README.md, for any extractor: recall per category and overall,
// precision, noise rate, decision-date accuracy, people recall and precision, speaker accuracy.

export interface Counts {
  found: number
  total: number
}

export interface Figures {
  recallByCategory: Record<KeyPointCategory, Counts>
  recall: Counts
  precision: Counts
  noise: Counts
  decision: Counts
  peopleRecall: Counts
  peoplePrecision: Counts
  speaker: Counts
}

export const ratio = (c: Counts): number => (c.total === 0 ? 1 : c.found / c.total)
const includes = (haystack: string, needle: string) => squash(haystack).includes(squash(needle))
const sameName = (a: string, b: string) => includes(a, b) || includes(b, a)

export function emptyFigures(): Figures {
  const zero = () => ({ found: 0, total: 0 })
  const byCat = Object.fromEntries(KEY_POINT_CATEGORIES.map((c) => [c, zero()])) as Record<KeyPointCategory, Counts>
  return {
    recallByCategory: byCat, recall: zero(), precision: zero(), noise: zero(), decision: zero(),
    peopleRecall: zero(), peoplePrecision: zero(), speaker: zero()
  }
}

const add = (c: Counts, hit: boolean) => {
  c.total++
  if (hit) c.found++
}

/** Adds one labelled case's outcome to `f`; `log` hears about every miss. */
export function score(f: Figures, c: LabelledCase, out: Extraction, log?: (line: string) => void): void {
  for (const p of c.expect.points) {
    const hit = out.points.find((x) => x.category === p.category && includes(x.text, p.contains))
    add(f.recallByCategory[p.category], hit !== undefined)
    add(f.recall, hit !== undefined)
    if (!hit) {
      const near = out.points.find((x) => includes(x.text, p.contains))
      log?.(`${c.id} MISS ${p.category}: "${p.contains}"${near ? ` (as ${near.category})` : ''}`)
    }
    if (hit && p.speaker !== undefined) {
      const right = p.speaker === null ? hit.speaker === null : hit.speaker !== null && sameName(hit.speaker, p.speaker)
      add(f.speaker, right)
      if (!right) log?.(`${c.id} SPEAKER got ${hit.speaker} want ${p.speaker}: ${hit.text}`)
    }
  }
  for (const x of out.points) {
    const right = c.expect.points.some((p) => includes(x.text, p.contains))
    add(f.precision, right)
    if (!right) log?.(`${c.id} EXTRA ${x.category}: ${x.text}`)
  }
  for (const n of c.expect.noise) {
    const hit = out.points.find((x) => includes(x.text, n))
    add(f.noise, hit !== undefined)
    if (hit) log?.(`${c.id} NOISE "${n}" in ${hit.category}`)
  }
  const date = out.decisionBy?.date ?? null
  add(f.decision, date === c.expect.decisionBy)
  const phrase = out.decisionBy?.phrase ?? ''
  if (date !== c.expect.decisionBy) log?.(`${c.id} DATE got ${date} ("${phrase}") want ${c.expect.decisionBy}`)
  for (const p of c.expect.people) {
    const hit = out.people.some((x) => sameName(x.name, p.name))
    add(f.peopleRecall, hit)
    if (!hit) log?.(`${c.id} PERSON MISS ${p.name}`)
  }
  for (const x of out.people) {
    const hit = c.expect.people.some((p) => sameName(x.name, p.name))
    add(f.peoplePrecision, hit)
    if (!hit) log?.(`${c.id} PERSON EXTRA ${x.name}`)
  }
}

/** The figures as plain numbers (rates), for printing and for tests. */
export function rates(f: Figures): Record<string, number> {
  const out: Record<string, number> = {}
  for (const c of KEY_POINT_CATEGORIES) out[c] = ratio(f.recallByCategory[c])
  out.recall = ratio(f.recall)
  out.precision = ratio(f.precision)
  out.noise = f.noise.total === 0 ? 0 : ratio(f.noise)
  out.decision = ratio(f.decision)
  out.peopleRecall = ratio(f.peopleRecall)
  out.peoplePrecision = ratio(f.peoplePrecision)
  out.speaker = ratio(f.speaker)
  return out
}

export interface LabelledFile {
  name: string
  cases: LabelledCase[]
}

export interface FoldResult {
  name: string
  figures: Figures
}

/** Mean of each rate over the folds (each file weighs the same). */
export function meanRates(folds: FoldResult[]): Record<string, number> {
  const all = folds.map((f) => rates(f.figures))
  const out: Record<string, number> = {}
  for (const key of Object.keys(all[0] ?? {})) out[key] = all.reduce((s, r) => s + r[key], 0) / all.length
  return out
}

import type { KeyPointCategory } from '../model'
import { analyseNotes, type NoteAnalysis } from './analysis'
import { trainLinearModel, type Example, type TrainOptions } from './linear-model'
import { NONE, POINT_CLASSES, type PointModel } from './point-model'

// Training data for the point model from labelled notes (eval/notes/README.md): a unit is a
// point of a category when a labelled fragment of that category lies inside it, and "none"
// when it holds no fragment or holds a fragment labelled as noise.

export interface LabelledPoint {
  category: KeyPointCategory
  contains: string
  speaker?: string | null
}

export interface LabelledCase {
  id: string
  interviewDate: string
  notes: string
  expect: {
    points: LabelledPoint[]
    decisionBy: string | null
    people: { name: string; role?: string }[]
    noise: string[]
  }
}

export const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim()

// Labels are not exhaustive: a unit with no fragment may still be a point nobody labelled, so
// it teaches "none" less firmly than a unit labelled as noise.
export const UNLABELLED_WEIGHT = 0.5

/** The class index of each unit of `analysis` under the case's labels, and how sure it is. */
export function unitLabels(c: LabelledCase, notes: string,
  analysis: NoteAnalysis): { label: number; weight: number }[] {
  const none = POINT_CLASSES.indexOf(NONE)
  const points = c.expect.points.map((p) => ({ label: POINT_CLASSES.indexOf(p.category),
    fragment: squash(p.contains) }))
  const noise = c.expect.noise.map(squash)
  return analysis.units.map((u) => {
    const text = squash(notes.slice(u.start, u.end))
    if (noise.some((n) => text.includes(n) || (text.length > 0 && n.includes(text)))) return { label: none, weight: 1 }
    const point = points.find((p) => text.includes(p.fragment))
    return point ? { label: point.label, weight: 1 } : { label: none, weight: UNLABELLED_WEIGHT }
  })
}

export interface AnalysedCase {
  case: LabelledCase
  analysis: NoteAnalysis
}

export function analyseCases(cases: LabelledCase[]): AnalysedCase[] {
  return cases.map((c) => ({ case: c, analysis: analyseNotes(c.notes) }))
}

export function examplesOf(cases: AnalysedCase[]): Example[] {
  const out: Example[] = []
  for (const { case: c, analysis } of cases) {
    const labels = unitLabels(c, c.notes, analysis)
    analysis.features.forEach((features, i) => {
      if (!analysis.units[i].isTitle) out.push({ features, ...labels[i] })
    })
  }
  return out
}

// Labels are not exhaustive and a missed point costs the user more than an extra one they can
// delete, so a unit is kept unless the model is fairly sure it is nothing.
export const EMIT_BELOW_NONE = 0.8

export function trainPointModel(cases: AnalysedCase[], options?: TrainOptions): PointModel {
  return { ...trainLinearModel(POINT_CLASSES, examplesOf(cases), options), emitBelowNone: EMIT_BELOW_NONE }
}

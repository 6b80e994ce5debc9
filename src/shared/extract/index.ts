import type { KeyPointCategory } from '../model'
import { isIsoDate } from '../dates'
import { analyseNotes, type NoteAnalysis } from './analysis'
import { findDecisionDate, type DecisionDate } from './decision-date'
import type { FoundPerson } from './people'
import { classifyUnits, shippedModel, type PointModel } from './point-model'
import { nameWords } from './features'
import { speakerTracker } from './speaker'

// Offline, deterministic key-point extraction from interview notes (docs/design.md "Key
// points"): rule-based units, people and dates; a trained linear model decides which units are
// key points and of which category.

export type { KeyPointCategory } from '../model'
export type { DecisionDate } from './decision-date'
export type { FoundPerson } from './people'
export type { PointModel } from './point-model'
export { resolveDecisionDate } from './decision-date'
export { findDateExpressions, type DateExpression } from './date-expressions'
export { warmUpNlp, nlpInitMs } from './nlp'

export interface KeyPoint {
  category: KeyPointCategory
  /** Always `notes.slice(start, end)`. */
  text: string
  start: number
  end: number
  /** The employer-side person (a name from `people`) the point came from, or null. */
  speaker: string | null
}

export interface Extraction {
  points: KeyPoint[]
  decisionBy: DecisionDate | null
  people: FoundPerson[]
}

export interface ExtractOptions {
  /** The interview date (YYYY-MM-DD) that relative dates are read against. */
  interviewDate: string
  /** Weights to classify with instead of the shipped ones (used to measure on held-out notes). */
  model?: PointModel
  /**
   * Full names of the people already on the process. The notes may name them in ways the
   * people finder misses ("the lady was Dana Ruiz she's the manager"); speakers are found among
   * them too. They never change which units are key points.
   */
  people?: string[]
}

export function extractKeyPoints(notes: string, options: ExtractOptions): Extraction {
  if (!isIsoDate(options.interviewDate)) {
    throw new RangeError(`interviewDate must be YYYY-MM-DD: ${String(options.interviewDate)}`)
  }
  if (typeof notes !== 'string' || notes.trim() === '') return { points: [], decisionBy: null, people: [] }
  const analysis = analyseNotes(notes)
  return extractFromAnalysis(notes, analysis, options.interviewDate, options.model ?? shippedModel(), options.people)
}

/** The people found, named as on the process, and the known ones not found, for finding speakers. */
function speakersFrom(found: FoundPerson[], known: string[]): FoundPerson[] {
  const out = [...found]
  for (const raw of known) {
    const name = raw.replace(/\s+/g, ' ').trim()
    const parts = name.toLowerCase().split(' ').filter((w) => w.length > 1)
    if (!parts.length) continue
    const at = out.findIndex((p) => p.name.toLowerCase().split(/\s+/).some((w) => parts.includes(w)))
    // "Rosa" in the notes is Rosa Lindqvist on the process: the speaker is the person the user knows.
    if (at >= 0) out[at] = { ...out[at], name }
    else out.push({ name })
  }
  return out
}

/** Extraction from an analysis already made (training and evaluation reuse analyses). */
export function extractFromAnalysis(notes: string, analysis: NoteAnalysis, interviewDate: string,
  model: PointModel, known: string[] = []): Extraction {
  const categories = classifyUnits(analysis, model)
  const speakers = speakersFrom(analysis.people, known)
  const tracker = speakerTracker(speakers, known.length ? nameWords(speakers) : analysis.names, known, notes)
  const points: KeyPoint[] = []
  analysis.views.forEach((view, i) => {
    const category = categories[i]
    const speaker = tracker.speakerOf(view, category)
    if (category === null) return
    const { start, end } = view.unit
    points.push({ category, text: notes.slice(start, end), start, end, speaker })
  })
  const spans = analysis.units.map((u) => ({ start: u.start, end: u.end }))
  return { points, decisionBy: findDecisionDate(notes, spans, interviewDate), people: analysis.people }
}

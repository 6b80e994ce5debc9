import type { KeyPointCategory } from '../model'
import { isIsoDate } from '../dates'
import { isKeyPoint, scoreUnits } from './classify'
import { findDecisionDate, type DecisionDate } from './decision-date'
import { normalizeText } from './normalize'
import { findPeople, type FoundPerson } from './people'
import { segment } from './segment'

// Offline, deterministic key-point extraction from interview notes (DESIGN.md "Note review").

export type { KeyPointCategory } from '../model'
export type { DecisionDate } from './decision-date'
export type { FoundPerson } from './people'
export { resolveDecisionDate } from './decision-date'
export { findDateExpressions, type DateExpression } from './date-expressions'

export interface KeyPoint {
  category: KeyPointCategory
  /** Always `notes.slice(start, end)`. */
  text: string
  start: number
  end: number
}

export interface Extraction {
  points: KeyPoint[]
  decisionBy: DecisionDate | null
  people: FoundPerson[]
}

export interface ExtractOptions {
  /** The interview date (YYYY-MM-DD) that relative dates are read against. */
  interviewDate: string
}

export function extractKeyPoints(notes: string, options: ExtractOptions): Extraction {
  if (!isIsoDate(options.interviewDate)) throw new RangeError(`interviewDate must be YYYY-MM-DD: ${String(options.interviewDate)}`)
  if (typeof notes !== 'string' || notes.trim() === '') return { points: [], decisionBy: null, people: [] }
  const units = segment(notes)
  const normalized = units.map((unit) => normalizeText(notes.slice(unit.start, unit.end)))
  const scored = scoreUnits(normalized, units)
  const points: KeyPoint[] = []
  units.forEach((unit, i) => {
    const s = scored[i]
    if (isKeyPoint(s, unit, unit.end - unit.start)) points.push({ category: s.category, text: notes.slice(unit.start, unit.end), start: unit.start, end: unit.end })
  })
  const spans = units.map((unit, i) => ({ start: unit.start, end: unit.end, normalized: normalized[i] }))
  return {
    points,
    decisionBy: findDecisionDate(notes, spans, options.interviewDate),
    people: findPeople(notes)
  }
}

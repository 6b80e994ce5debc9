import type { KeyPointCategory } from '../model'
import { isIsoDate } from '../dates'
import { isKeyPoint, scoreUnit } from './classify'
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
  const points: KeyPoint[] = []
  const spans = units.map((unit) => {
    const text = notes.slice(unit.start, unit.end)
    const normalized = normalizeText(text)
    const scored = scoreUnit(normalized, unit)
    if (isKeyPoint(scored, unit, text.length)) points.push({ category: scored.category, text, start: unit.start, end: unit.end })
    return { start: unit.start, end: unit.end, normalized }
  })
  return {
    points,
    decisionBy: findDecisionDate(notes, spans, options.interviewDate),
    people: findPeople(notes)
  }
}

import { KEY_POINT_CATEGORIES, type KeyPointCategory } from '../model'
import { CUES, NOISE_CUES, type Cue } from './cues'
import type { Unit } from './segment'
import type { SectionKind } from './sections'

// Scores a unit against each category's cues plus what its heading or label says, and keeps it
// only when one category clearly wins over the logistics/feelings score.

export const EMIT_THRESHOLD = 3

export interface Scored {
  category: KeyPointCategory
  score: number
  scores: Record<KeyPointCategory, number>
  noise: number
}

// When scores tie, the more specific category wins (topic is the catch-all).
const TIE_ORDER: KeyPointCategory[] = ['action', 'next-step', 'concern', 'praise', 'culture', 'topic']

function cueScore(text: string, cues: Cue[]): number {
  let total = 0
  for (const [pattern, weight] of cues) if (pattern.test(text)) total += weight
  return total
}

function priorFor(kind: SectionKind | null, weight: number, scores: Record<KeyPointCategory, number>): number {
  if (kind === null) return 0
  if (kind === 'noise' || kind === 'people') return 3 * weight
  // Topic headings ("Context", "The role") are loose: a nudge, not a verdict.
  scores[kind] += kind === 'topic' ? 1.5 : 3 * weight
  return 0
}

export function scoreUnit(normalized: string, unit: Unit): Scored {
  const scores = {} as Record<KeyPointCategory, number>
  for (const c of KEY_POINT_CATEGORIES) scores[c] = cueScore(normalized, CUES[c])
  let noise = cueScore(normalized, NOISE_CUES)
  const sectionWeight = unit.kind === 'bullet' ? 1 : 0.67
  noise += priorFor(unit.section, unit.label ? 0.5 : sectionWeight, scores)
  noise += priorFor(unit.label, unit.labelFirst ? 1 : 0.5, scores)
  // The candidate retelling their own answers, or the questions they got, rarely is the point.
  if (/^(?:so |then |and |also )?i (?:talked|presented|explained|went|told|described|walked|showed|gave|mentioned|sketched|said|asked|answered|started|made|did|used|brought|focused)\b/.test(normalized)) {
    scores.topic -= 1
    scores.culture -= 1
  }
  if (/\basked (?:me )?(?:how|whether|if|what|why|about|when|where|who)\b/.test(normalized)) {
    scores.topic -= 1
    scores.culture -= 1
    scores.concern -= 1
  }
  let category: KeyPointCategory = 'topic'
  let best = -Infinity
  for (const c of TIE_ORDER) {
    if (scores[c] > best) {
      best = scores[c]
      category = c
    }
  }
  return { category, score: best - noise, scores, noise }
}

export function isKeyPoint(s: Scored, unit: Unit, length: number): boolean {
  if (unit.isTitle) return false
  if (length < 8) return false
  return s.score >= EMIT_THRESHOLD
}

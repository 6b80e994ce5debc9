import { KEY_POINT_CATEGORIES, type KeyPointCategory } from '../model'
import { cueTotals } from './cue-gate'
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

/** Sums the weights of the cues of `cues` that match each text (see cue-gate.ts). */
export function cueScores(texts: string[], cues: Cue[], gate = true): Float64Array {
  let lists = singleLists.get(cues)
  if (!lists) singleLists.set(cues, (lists = [cues]))
  return cueTotals(texts, lists, gate)[0]
}

// The same array for the same list, so cue-gate.ts builds its keyword automaton once per list.
const singleLists = new WeakMap<Cue[], Cue[][]>()

// One list per category, then noise: one keyword pass per unit serves them all.
const ALL_CUES: Cue[][] = [...KEY_POINT_CATEGORIES.map((c) => CUES[c]), NOISE_CUES]

// Under a "To do" heading, a line about what they will do ("they have two more candidates in
// tomorrow") is not the candidate's action.
const THIRD_PERSON = /^(?:(?:they|he|she|we|hr)\b|(?!i\b)(?:the )?[a-z]+ (?:said|says|will|'ll|would|'d|is|are|was|were|wants?|mentioned|has|have|had)\b)/

function priorFor(kind: SectionKind | null, weight: number, scores: Record<KeyPointCategory, number>, normalized: string): number {
  if (kind === null) return 0
  if (kind === 'action' && THIRD_PERSON.test(normalized)) return 0
  if (kind === 'noise' || kind === 'people') return 3 * weight
  // Topic headings ("Context", "The role") are loose: a nudge, not a verdict.
  scores[kind] += kind === 'topic' ? 1.5 : 3 * weight
  return 0
}

const RETELLING = /^(?:so |then |and |also )?i (?:talked|presented|explained|went|told|described|walked|showed|gave|mentioned|sketched|said|asked|answered|started|made|did|used|brought|focused)\b/
const ADMITTED_GAP = /\bi(?:'ve| have| had)? (?:only|never|barely|hardly)\b|\bi (?:haven't|hadn't|don't have|didn't have|have no|lack)\b|\bi (?:don't|do not|didn't)[,.;]/
const DEICTIC_DOUBT = /\b(that's|that is|that'd be|that would be|that could be|that might be) (a |an )?(bit of a |real |big |slight |small |major |potential )?(problem|issue|concern|hurdle|gap|sticking point|drawback|area to (grow|improve|work on)|growth area)\b/
const QUESTION_ASKED = /\basked (?:me )?(?:how|whether|if|what|why|about|when|where|who)\b/

/** Scores every unit; `normalized[i]` is the normalised text of `units[i]`. `gate: false` tries every cue (the tests' reference). */
export function scoreUnits(normalized: string[], units: Unit[], gate = true): Scored[] {
  const totals = cueTotals(normalized, ALL_CUES, gate)
  const noiseTotals = totals[KEY_POINT_CATEGORIES.length]
  return units.map((unit, i) => {
    const scores = {} as Record<KeyPointCategory, number>
    KEY_POINT_CATEGORIES.forEach((c, k) => (scores[c] = totals[k][i]))
    return finish(normalized[i], unit, scores, noiseTotals[i])
  })
}

export function scoreUnit(normalized: string, unit: Unit): Scored {
  return scoreUnits([normalized], [unit])[0]
}

function finish(normalized: string, unit: Unit, scores: Record<KeyPointCategory, number>, cueNoise: number): Scored {
  let noise = cueNoise
  const sectionWeight = unit.kind === 'bullet' ? 1 : 0.67
  noise += priorFor(unit.section, unit.label ? 0.5 : sectionWeight, scores, normalized)
  noise += priorFor(unit.label, unit.labelFirst ? 1 : 0.5, scores, normalized)
  // The candidate retelling their own answers, or the questions they got, rarely is the point.
  if (RETELLING.test(normalized)) {
    scores.topic -= 2
    scores.culture -= 1
  }
  // The candidate admitting a gap makes the unit about the gap, whatever else it mentions.
  const gap = ADMITTED_GAP.test(normalized)
  if (gap) scores.topic -= 2
  if (QUESTION_ASKED.test(normalized)) {
    scores.topic -= 1
    scores.culture -= 1
    // The question that exposed a gap is part of the concern.
    if (!gap && scores.concern < 3) scores.concern -= 1
  }
  // "That's a problem" answers the candidate: a doubt about them, not the employer's problem.
  if (DEICTIC_DOUBT.test(normalized)) scores.topic -= 3
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

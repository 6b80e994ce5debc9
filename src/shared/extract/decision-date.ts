import { isIsoDate } from '../dates'
import { findDateExpressions, type DateExpression } from './date-expressions'
import { normalize, toSourceSpan } from './normalize'
import { splitSentences } from './sentences'

// The employer's decision/reply date: a date expression tied to a decision cue ("they'll decide",
// "will come back to us", "let us know") in the same clause. Dates of start days, launches, trips,
// other candidates' panels and the like sit in clauses of their own and are passed over.

export interface DecisionDate {
  date: string
  phrase: string
  start: number
  end: number
}

// Strong cues speak of the decision itself; weak ones of being contacted (which may be about
// scheduling). Matched on normalised text.
const STRONG_CUE =
  new RegExp(
    String.raw`\b(decide[sd]?|deciding|decisions?|verdict)\b|\b(get|getting|come|coming|circle|` +
    String.raw`circling) back to (me|us|everyone|candidates|people|you|all)\b|\bhear (back|from (them|her|him|` +
    String.raw`hr|the \w+))\b|\blet (me|us|everyone|candidates|you|all|people) know\b|\bmake (a|the|` +
    String.raw`their) (call|choice|pick)\b|\b(make|extend|send out) (an |their |the )?offers?\b|\b(get|send|put|` +
    String.raw`have) (the |their |an? )?offers? out\b|\b(have|give|send)( me| us)? (an?|their|the) (answer|` +
    String.raw`decision|update|response)\b|\b(answer|response|word|news|feedback|results?)( (for|to) (me|us|you|` +
    String.raw`everyone|all))? (by|within|in|on|before|no later)\b|\bknow (by|within|in|before|on)\b|` +
    String.raw`\btimeline (is|was|of)\b|\bhear (within|by|in|on|before)\b|\bhear from (us|you)\b|` +
    String.raw`\boffer letter\b|\boffers? (go|goes|will go|going) out\b|\b(will|'ll|would|'d) revert\b|` +
    String.raw`\b(communicated|announced)\b`,
    'g'
  )
const WEAK_CUE =
  new RegExp(
    String.raw`\b(reach|reaching) out\b|\b(be|get) (back )?in touch\b|\b(will|'ll|would|'d|going to|plans? to|` +
    String.raw`hope to|hoping to|should|try to) (call|ring|phone|email|text|contact|update|respond|reply|notify|` +
    String.raw`follow up|confirm|tell|share)\b|\bcall (me|either way|back)\b`,
    'g'
  )

const STRONG = 2
const WEAK = 1

const DISTRACTOR =
  new RegExp(
    String.raw`\b(start|starts|starting|started|begin|begins|beginning|onboard\w*|orientation|cohort|launch\w*|` +
    String.raw`release[sd]?|ship|ships|shipping|go[- ]live|opens?|opening|offsite|off-site|trip|leaves|leaving|` +
    String.raw`vacation|holiday|pto|out of office|conference|event|season|deadline|due|audit|class|classes|` +
    String.raw`training|interviewing|panels|other candidates|take[- ]homes?|(she|he|they)('ll| will) send|takes|` +
    String.raw`background checks?|credentialing|processing|birthday|wedding|meets|approve[sd]?|other (offer|` +
    String.raw`company|role|interview)s?|relocat\w+|notice period|school year|fiscal|quarter|sprint|peak)\b`
  )
const CLAUSE_BREAK = new RegExp(
  String.raw`[,;:()]|\s[-–—]\s|\b(and|but|because|since|so|which|while|when|though|although|if|as|after|until|` +
  String.raw`whereas)\b`,
  'g'
)
const CANDIDATE_SUBJECT = /\bi\b(?!\s*'?m\b)[^.,;]{0,40}$/
const MAX_DISTANCE = 120
const CROSS_CLAUSE = 25

interface Cue {
  start: number
  end: number
  strength: number
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = []
  for (const [pattern, strength] of [[STRONG_CUE, STRONG], [WEAK_CUE, WEAK]] as const) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "I'll circle back with him by Monday" is the candidate's promise, not the employer's date.
      const before = text.slice(Math.max(0, m.index - 50), m.index)
      // Hearing back is always the employer's move: "he says we hear by 5/2".
      const received = /^hear/.test(m[0])
      const afterI = before.replace(/.*\bi\b/, '')
      if (!received && CANDIDATE_SUBJECT.test(before) && !/\b(he|she|they|hr|we)\b[^.,;]*$/.test(afterI)) continue
      cues.push({ start: m.index, end: m.index + m[0].length, strength })
    }
  }
  return cues
}

function clauseBounds(text: string): number[] {
  const bounds = [0]
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) bounds.push(m.index)
  bounds.push(text.length)
  return bounds
}

function clauseOf(bounds: number[], at: number): [number, number] {
  let s = 0
  let e = bounds[bounds.length - 1]
  for (const b of bounds) {
    if (b <= at) s = b
    else {
      e = b
      break
    }
  }
  return [s, e]
}

interface Pick {
  expression: DateExpression
  cue: Cue
  distance: number
}

/** The date expression a sentence ties to its decision cue, if any (date null when vague). */
function pickInSentence(text: string, interviewDate: string): Pick | null {
  const cues = findCues(text)
  if (cues.length === 0) return null
  const bounds = clauseBounds(text)
  let best: Pick | null = null
  for (const expression of findDateExpressions(text, interviewDate)) {
    const [cs, ce] = clauseOf(bounds, expression.start)
    const clause = text.slice(cs, ce)
    const cueInClause = cues.some((c) => c.start < ce && c.end > cs)
    if (!cueInClause && DISTRACTOR.test(clause)) continue
    for (const cue of cues) {
      const after = expression.start >= cue.end
      const gap = after ? expression.start - cue.end : cue.start - expression.end
      if (gap < 0 && !(expression.start < cue.end && cue.start < expression.end)) continue
      // A date in the cue's own clause beats a nearer one across a comma ("onboarding is 3 wks,
      // we decide on 4/2").
      const sameClause = cue.start < ce && cue.end > cs
      const distance = Math.max(0, gap) * (after ? 1 : 1.5) - cue.strength * 10 + (sameClause ? 0 : CROSS_CLAUSE)
      if (gap > MAX_DISTANCE) continue
      if (!best || distance < best.distance) best = { expression, cue, distance }
    }
  }
  return best
}

export interface SentenceSpan {
  start: number
  end: number
  /** The span's normalised text, when the caller has it: spans without a cue are skipped cheaply. */
  normalized?: string
}

function hasStrongCue(normalized: string): boolean {
  STRONG_CUE.lastIndex = 0
  return STRONG_CUE.test(normalized)
}

function hasCue(normalized: string): boolean {
  STRONG_CUE.lastIndex = 0
  WEAK_CUE.lastIndex = 0
  return STRONG_CUE.test(normalized) || WEAK_CUE.test(normalized)
}

/**
 * Scans `spans` of `notes` (units of text; each is split into sentences) for the employer's
 * decision/reply date. A sentence with a strong cue wins over one with a weak cue; otherwise the
 * first in the notes wins.
 */
export function findDecisionDate(notes: string, spans: SentenceSpan[], interviewDate: string): DecisionDate | null {
  let best: { result: DecisionDate; strength: number } | null = null
  for (const span of spans) {
    // Only a stronger cue replaces what was found, and nothing is stronger than a strong cue.
    if (best && best.strength >= STRONG) break
    if (span.normalized !== undefined && !hasCue(span.normalized)) continue
    for (const [s, e] of splitSentences(notes, span.start, span.end)) {
      const raw = notes.slice(s, e)
      const n = normalize(raw)
      if (!hasCue(n.text)) continue
      if (best && !hasStrongCue(n.text)) continue
      const pick = pickInSentence(n.text, interviewDate)
      if (!pick || pick.expression.date === null) continue
      if (best && best.strength >= pick.cue.strength) continue
      const from = Math.min(pick.cue.start, pick.expression.start)
      const to = Math.max(pick.cue.end, pick.expression.end)
      const span = toSourceSpan(n, from, to)
      let ps = span[0]
      const pe = span[1]
      // A cue such as "'ll call" reads better with its subject: "he'll call".
      while (ps > 0 && /[\p{L}'’]/u.test(raw[ps - 1]) && /['’]/.test(raw[ps])) ps--
      while (ps > 0 && /\p{L}/u.test(raw[ps - 1]) && /\p{L}/u.test(raw[ps])) ps--
      best = {
        result: { date: pick.expression.date, phrase: raw.slice(ps, pe), start: s + ps, end: s + pe },
        strength: pick.cue.strength
      }
    }
  }
  return best ? best.result : null
}

/**
 * Resolves a phrase such as "by Friday", "the close of next week" or "they'd decide in a fortnight"
 * to a date under the decision-date rules, relative to `interviewDate`. The date expression
 * nearest the phrase's beginning counts; null when there is none or it is vague.
 */
export function resolveDecisionDate(phrase: string, interviewDate: string): string | null {
  if (!isIsoDate(interviewDate)) throw new RangeError(`interviewDate must be YYYY-MM-DD: ${interviewDate}`)
  const n = normalize(phrase)
  const pick = pickInSentence(n.text, interviewDate)
  if (pick) return pick.expression.date
  const first = findDateExpressions(n.text, interviewDate)[0]
  return first ? first.date : null
}

import type { Stage } from '../model'
import { STAGES } from '../model'
import type { IsoDate } from '../dates'
import type { ProcessSummary } from '../process-summary'

// The model keeps only a process's current stage, not its history, so "reached" is inferred
// from what the stage order and the logged history prove. A closed process says nothing about
// how far it got, so only the evidence counts for it.

/** The open stages in pipeline order; Closed can follow any of them. */
export const OPEN_STAGES = STAGES.filter((s) => s !== 'closed') as Exclude<Stage, 'closed'>[]
export type OpenStage = (typeof OPEN_STAGES)[number]

export const FOLLOW_UP_STEPS = ['status-check', 'second-follow-up', 'final-follow-up'] as const
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number]

export function isFollowUpStep(step: string | null): step is FollowUpStep {
  return step !== null && (FOLLOW_UP_STEPS as readonly string[]).includes(step)
}

/** True once at least one round has taken place (its date is on or before today). */
export function hasInterviewed(p: ProcessSummary, today: IsoDate): boolean {
  return p.rounds.some((r) => r.date <= today)
}

/**
 * The furthest open stage a process is known to have reached:
 * - offer: it is in Offer, or its outcome is accepted or declined (both need an offer);
 * - following-up: a status check or later follow-up was sent;
 * - waiting: a thank-you was sent;
 * - interviewed: a round has taken place;
 * - scheduled: otherwise.
 * An open process has also reached its current stage (a drag can move it on without a send).
 */
export function furthestOpenStage(p: ProcessSummary, today: IsoDate): OpenStage {
  const sent = p.messages.filter((m) => m.direction === 'sent' && m.date <= today)
  let evidence: OpenStage = 'scheduled'
  if (p.stage === 'offer' || p.outcome === 'accepted' || p.outcome === 'declined') evidence = 'offer'
  else if (sent.some((m) => isFollowUpStep(m.step))) evidence = 'following-up'
  else if (sent.some((m) => m.step === 'thank-you')) evidence = 'waiting'
  else if (hasInterviewed(p, today)) evidence = 'interviewed'
  if (p.stage === 'closed') return evidence
  return OPEN_STAGES.indexOf(p.stage) > OPEN_STAGES.indexOf(evidence) ? p.stage : evidence
}

/**
 * Every stage the process has reached, in pipeline order (Closed last, when it is closed).
 * Following up is a detour, not a step on the way to an offer: it counts only when a follow-up
 * was sent or the process sits there now, so an offer won without chasing does not count it.
 */
export function stagesReached(p: ProcessSummary, today: IsoDate): Stage[] {
  const furthest = OPEN_STAGES.indexOf(furthestOpenStage(p, today))
  const chased = p.stage === 'following-up' || p.messages.some((m) => m.direction === 'sent' && m.date <= today && isFollowUpStep(m.step))
  const reached: Stage[] = OPEN_STAGES.filter((s, i) => i <= furthest && (s !== 'following-up' || chased))
  if (p.stage === 'closed') reached.push('closed')
  return reached
}

/**
 * The employer replied: a received message dated on or after the first round and not after
 * today. Messages before any round (an invitation, a recruiter's first note) are not replies
 * to an interview.
 */
export function employerReplied(p: ProcessSummary, today: IsoDate): boolean {
  const first = firstRoundDate(p)
  if (first === null) return false
  return p.messages.some((m) => m.direction === 'received' && m.date >= first && m.date <= today)
}

function firstRoundDate(p: ProcessSummary): IsoDate | null {
  let first: IsoDate | null = null
  for (const r of p.rounds) if (first === null || r.date < first) first = r.date
  return first
}

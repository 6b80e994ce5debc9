import type { Person, Process } from '../model'
import { latestRound } from '../model'
import { acceptedPoints, resolveContext, roundInterviewers, type ComposeContext, type KeyPointInput, type Resolved } from './context'
import type { PointUse } from './recipient-points'
import * as interview from './drafts-interview'
import type { DraftText } from './drafts-interview'
import * as proc from './drafts-process'
import { isLongRound, situationForStep, situationInfo, type FollowUpStep, type Situation } from './situations'

export interface Draft {
  subject: string
  body: string
  /** Bare addresses of the recipient (empty when the person has no email on file). */
  to: string[]
  situation: Situation
  personId: string | null
  roundId: string | null
  channel: 'email' | 'linkedin' | 'card'
  /** The accepted points the draft uses, and whether it speaks of them to the recipient or of someone else. */
  pointUses: PointUse[]
}

const WRITERS: Record<Situation, (r: Resolved, ctx: ComposeContext) => DraftText> = {
  'thank-you': interview.thankYou,
  'thank-you-panel': interview.thankYouPanel,
  'thank-you-card': interview.thankYouCard,
  'linkedin-note': (r, ctx) => interview.linkedinNote(r, ctx.settings),
  'additional-info': interview.additionalInfo,
  'other-contact': interview.otherContact,
  'status-check': proc.statusCheck,
  'second-follow-up': proc.secondFollowUp,
  'final-follow-up': proc.finalFollowUp,
  'offer-decline': proc.offerDecline,
  'competing-offer-withdraw': proc.competingOfferWithdraw,
  'competing-offer-timeline': proc.competingOfferTimeline,
  withdrawal: proc.withdrawal,
  'offer-acceptance': proc.offerAcceptance,
  'rejection-reply': proc.rejectionReply,
  correction: proc.correction
}

/** A fresh draft for one situation and one recipient, filled from the process. */
export function composeDraft(ctx: ComposeContext): Draft {
  const r = resolveContext(ctx)
  const { subject, body } = WRITERS[ctx.situation](r, ctx)
  const others = new Set(r.mentions.recipient.others.map((m) => m.id))
  const pointUses = r.mentions.all
    // Thanks for kind words reads the same for everyone: only the recipient's own is the one said.
    .filter((m) => body.includes(m.text) && !(m.generic && others.has(m.id)))
    .map((m): PointUse => ({ id: m.id, voice: others.has(m.id) ? 'third-person' : 'direct' }))
  return {
    pointUses,
    subject,
    body,
    to: r.person?.email ? [r.person.email] : [],
    situation: ctx.situation,
    personId: r.person?.id ?? null,
    roundId: r.round?.id ?? null,
    channel: r.info.channel
  }
}

/** The people a situation is usually sent to, in order; the UI offers one draft per person. */
export function recipientsFor(process: Process, situation: Situation, roundId?: string | null): Person[] {
  const round = (roundId && process.rounds.find((r) => r.id === roundId)) || latestRound(process)
  const interviewers = roundInterviewers(process, round?.id)
  const main = process.people.find((p) => p.id === process.mainContactId)
  const rule = situationInfo(situation).recipient
  if (rule === 'interviewer') return interviewers.length ? interviewers : main ? [main] : []
  if (rule === 'main-contact') return main ? [main] : interviewers.slice(0, 1)
  return process.people.filter((p) => p !== main && !interviewers.includes(p))
}

/** One draft per interviewer of the round (thank-yous), each with its own details. */
export function composeForEachInterviewer(ctx: ComposeContext): Draft[] {
  const people = recipientsFor(ctx.process, ctx.situation, ctx.roundId)
  if (!people.length) return [composeDraft({ ...ctx, personId: null })]
  return people.map((p) => composeDraft({ ...ctx, personId: p.id }))
}

/** Which situation the composer opens with for a due plan step. */
export function situationForDueStep(process: Process, step: FollowUpStep, roundId?: string | null): Situation {
  const round = (roundId && process.rounds.find((r) => r.id === roundId)) || latestRound(process)
  const long = round ? isLongRound(round, roundInterviewers(process, round.id).length) : false
  return situationForStep(step, long)
}

/** Accepted points (next steps aside) that a draft leaves out, for the composer to offer with one click. */
export function unusedPoints(ctx: ComposeContext, draft: Pick<Draft, 'pointUses'>): (KeyPointInput & { id: string })[] {
  const round = (ctx.roundId && ctx.process.rounds.find((r) => r.id === ctx.roundId)) || latestRound(ctx.process)
  const used = new Set(draft.pointUses.map((u) => u.id))
  return acceptedPoints(ctx, round)
    .map((p, i) => ({ ...p, id: p.id ?? `kp${i}` }))
    .filter((p) => p.category !== 'next-step' && !used.has(p.id))
}

import type { Round } from '../model'

// The moments the composer writes for. Ids are stable: they are stored on sent messages
// (Message.situation), so rename labels freely but never ids.

export const SITUATION_IDS = [
  'thank-you',
  'thank-you-panel',
  'status-check',
  'second-follow-up',
  'final-follow-up',
  'additional-info',
  'offer-decline',
  'competing-offer-withdraw',
  'competing-offer-timeline',
  'withdrawal',
  'offer-acceptance',
  'rejection-reply',
  'correction',
  'linkedin-note',
  'thank-you-card',
  'other-contact'
] as const
export type Situation = (typeof SITUATION_IDS)[number]

/** Who a draft goes to by default. */
export type RecipientRule = 'interviewer' | 'main-contact' | 'other-contact'

export type FollowUpStep = 'thank-you' | 'status-check' | 'second-follow-up' | 'final-follow-up'

export interface SituationInfo {
  id: Situation
  label: string
  /** One line for a picker. */
  hint: string
  recipient: RecipientRule
  /** The follow-up step a sent draft fulfils (moves the plan), if any. */
  step: FollowUpStep | null
  /** Email-like drafts have a subject; the LinkedIn note and the card do not. */
  hasSubject: boolean
  /** Needs a specific detail from the interview (the "generic" check applies). */
  usesKeyPoint: boolean
  /** The draft names the interview date. */
  mentionsDate: boolean
  /** Word limit for the "too long" check; the LinkedIn note is held to characters instead. */
  maxWords: number
  /** Only with a confirmed written offer in hand. */
  needsWrittenOffer: boolean
  channel: 'email' | 'linkedin' | 'card'
}

const info = (s: Omit<SituationInfo, 'needsWrittenOffer' | 'channel' | 'hasSubject'> & Partial<SituationInfo>): SituationInfo => ({
  needsWrittenOffer: false,
  channel: 'email',
  hasSubject: true,
  ...s
})

export const SITUATIONS: readonly SituationInfo[] = [
  info({ id: 'thank-you', label: 'Thank-you', hint: 'After a short interview, one per interviewer', recipient: 'interviewer', step: 'thank-you', usesKeyPoint: true, mentionsDate: true, maxWords: 170 }),
  info({ id: 'thank-you-panel', label: 'Thank-you (long or panel interview)', hint: 'After an on-site, panel or long interview, one per interviewer', recipient: 'interviewer', step: 'thank-you', usesKeyPoint: true, mentionsDate: true, maxWords: 220 }),
  info({ id: 'status-check', label: 'Status check', hint: 'First follow-up once the decision date has passed', recipient: 'main-contact', step: 'status-check', usesKeyPoint: true, mentionsDate: true, maxWords: 150 }),
  info({ id: 'second-follow-up', label: 'Second follow-up', hint: 'A short, friendly nudge a week later', recipient: 'main-contact', step: 'second-follow-up', usesKeyPoint: true, mentionsDate: true, maxWords: 130 }),
  info({ id: 'final-follow-up', label: 'Final follow-up', hint: 'The last note before moving on', recipient: 'main-contact', step: 'final-follow-up', usesKeyPoint: false, mentionsDate: true, maxWords: 130 }),
  info({ id: 'additional-info', label: 'Additional information', hint: 'A skill or answer you left out, or something you promised to send', recipient: 'interviewer', step: null, usesKeyPoint: true, mentionsDate: true, maxWords: 200 }),
  info({ id: 'offer-decline', label: 'Decline an offer', hint: 'Say no graciously and keep the door open', recipient: 'main-contact', step: null, usesKeyPoint: false, mentionsDate: false, maxWords: 170 }),
  info({ id: 'competing-offer-withdraw', label: 'Competing offer: accepted elsewhere', hint: 'You accepted another offer: ask them to withdraw you', recipient: 'main-contact', step: null, usesKeyPoint: false, mentionsDate: true, maxWords: 150, needsWrittenOffer: true }),
  info({ id: 'competing-offer-timeline', label: 'Competing offer: ask for their timeline', hint: 'You hold a written offer and they are your first choice', recipient: 'main-contact', step: null, usesKeyPoint: true, mentionsDate: true, maxWords: 180, needsWrittenOffer: true }),
  info({ id: 'withdrawal', label: 'Withdraw', hint: 'Step out of the process politely', recipient: 'main-contact', step: null, usesKeyPoint: false, mentionsDate: true, maxWords: 150 }),
  info({ id: 'offer-acceptance', label: 'Accept an offer', hint: 'Say yes and confirm the details', recipient: 'main-contact', step: null, usesKeyPoint: false, mentionsDate: false, maxWords: 170 }),
  info({ id: 'rejection-reply', label: 'Reply to a rejection', hint: 'Ask for feedback and stay in touch', recipient: 'main-contact', step: null, usesKeyPoint: true, mentionsDate: true, maxWords: 150 }),
  info({ id: 'correction', label: 'Correct a mistake', hint: 'Fix an error in an earlier message', recipient: 'main-contact', step: null, usesKeyPoint: false, mentionsDate: false, maxWords: 120 }),
  info({ id: 'linkedin-note', label: 'LinkedIn connection note', hint: '300 characters with Premium, 200 without', recipient: 'interviewer', step: null, usesKeyPoint: true, mentionsDate: true, maxWords: 60, hasSubject: false, channel: 'linkedin' }),
  info({ id: 'thank-you-card', label: 'Handwritten thank-you card', hint: 'A short note to print or copy onto a card', recipient: 'interviewer', step: null, usesKeyPoint: true, mentionsDate: true, maxWords: 90, hasSubject: false, channel: 'card' }),
  info({ id: 'other-contact', label: 'Note to another contact', hint: 'A recruiter, a referrer or someone else you met there', recipient: 'other-contact', step: null, usesKeyPoint: true, mentionsDate: true, maxWords: 170 })
]

export function situationInfo(id: Situation): SituationInfo {
  const found = SITUATIONS.find((s) => s.id === id)
  if (!found) throw new Error(`Unknown situation: ${String(id)}`)
  return found
}

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATION_IDS as readonly string[]).includes(value)
}

export const LINKEDIN_NOTE_LIMIT = { premium: 300, free: 200 } as const

export function linkedinLimit(settings: { linkedinPremium: boolean }): number {
  return settings.linkedinPremium ? LINKEDIN_NOTE_LIMIT.premium : LINKEDIN_NOTE_LIMIT.free
}

/** Long rounds (on-site, panel, or several interviewers) get the fuller thank-you. */
export function isLongRound(round: Pick<Round, 'id' | 'format'>, interviewerCount: number): boolean {
  return round.format === 'panel' || round.format === 'onsite' || interviewerCount > 1
}

/** The situation to open when the composer starts from a due plan step. */
export function situationForStep(step: FollowUpStep, longRound = false): Situation {
  if (step === 'thank-you') return longRound ? 'thank-you-panel' : 'thank-you'
  return step
}

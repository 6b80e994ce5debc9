import { isSituation, SITUATIONS, type FollowUpStep, type Situation } from '../../../../shared/compose'
import type { ComposeExtra } from '../../../../shared/compose'

// How the composer lays out its choices: situations grouped by the moment they belong to, and
// the extra inputs each situation asks for (with labels in that situation's words).

export const SITUATION_GROUPS: { label: string; ids: Situation[] }[] = [
  { label: 'Right after the interview', ids: ['thank-you', 'thank-you-panel', 'thank-you-card', 'linkedin-note', 'additional-info'] },
  { label: 'Following up', ids: ['status-check', 'second-follow-up', 'final-follow-up'] },
  {
    label: 'Offers and decisions',
    ids: ['offer-acceptance', 'offer-decline', 'competing-offer-timeline', 'competing-offer-withdraw', 'withdrawal', 'rejection-reply']
  },
  { label: 'Anything else', ids: ['correction', 'other-contact'] }
]

export const situationLabel = (id: Situation): string => SITUATIONS.find((s) => s.id === id)?.label ?? id

export type ExtraKey = keyof ComposeExtra

export interface ExtraField {
  key: ExtraKey
  kind: 'text' | 'textarea' | 'checkbox' | 'date'
  label: string
  hint?: string
}

const REASON = (label: string, hint?: string): ExtraField => ({ key: 'detail', kind: 'textarea', label, hint })

const EXTRA_FIELDS: Partial<Record<Situation, ExtraField[]>> = {
  'additional-info': [REASON('What you want to add', 'A skill, an example, or the answer you wish you had given.')],
  'other-contact': [REASON('Why you are writing to them', 'For example: Thanks for referring me and for the tips before the interview.')],
  'offer-decline': [REASON('A reason (optional)', 'One kind sentence is enough; you owe no explanation.')],
  withdrawal: [REASON('A reason (optional)', 'One kind sentence is enough; you owe no explanation.')],
  'offer-acceptance': [REASON('Details to confirm (optional)', 'Start date, salary, anything agreed on the call.')],
  'competing-offer-withdraw': [
    { key: 'offerConfirmed', kind: 'checkbox', label: 'I have accepted a written offer' },
    { key: 'offerCompany', kind: 'text', label: 'Company you are joining (optional)', hint: 'Left empty, the draft says "elsewhere".' }
  ],
  'competing-offer-timeline': [
    { key: 'offerConfirmed', kind: 'checkbox', label: 'I hold a written offer' },
    { key: 'deadline', kind: 'date', label: 'When you must answer it' }
  ],
  correction: [
    { key: 'mistake', kind: 'text', label: 'What was wrong', hint: 'For example: I gave my start date as June 1' },
    { key: 'correction', kind: 'text', label: 'The correct detail', hint: 'For example: I can start on July 1' }
  ]
}

export function extraFieldsFor(situation: Situation): ExtraField[] {
  return EXTRA_FIELDS[situation] ?? []
}

const FOLLOW_UP_STEPS: readonly string[] = ['thank-you', 'status-check', 'second-follow-up', 'final-follow-up']
export const isFollowUpStep = (value: unknown): value is FollowUpStep => typeof value === 'string' && FOLLOW_UP_STEPS.includes(value)

/** A situation id from the route, when it names one. */
export const routeSituation = (value: string | undefined): Situation | null => (isSituation(value) ? value : null)

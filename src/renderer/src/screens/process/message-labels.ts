import { SITUATIONS } from '../../../../shared/compose/situations'
import type { Channel, Message } from '../../../../shared/model'

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn',
  phone: 'Phone',
  'in-person': 'In person',
  card: 'Card',
  other: 'Other'
}

export const STEP_LABELS: Record<NonNullable<Message['step']>, string> = {
  'thank-you': 'Thank-you',
  'status-check': 'Status check',
  'second-follow-up': 'Second follow-up',
  'final-follow-up': 'Final follow-up'
}

/** What a received message was; stored in Message.situation like the composer's ids. */
export const RECEIVED_SITUATIONS: { id: string; label: string }[] = [
  { id: 'reply', label: 'Reply' },
  { id: 'scheduling', label: 'Scheduling' },
  { id: 'next-round', label: 'Invitation to a next round' },
  { id: 'offer', label: 'Offer' },
  { id: 'rejection', label: 'Rejection' }
]

const LABELS = new Map<string, string>([...SITUATIONS.map((s) => [s.id, s.label] as const), ...RECEIVED_SITUATIONS.map((s) => [s.id, s.label] as const)])

export const situationLabel = (id: string): string => LABELS.get(id) ?? id

export const situationOptions = (direction: Message['direction']): { id: string; label: string }[] =>
  direction === 'received' ? RECEIVED_SITUATIONS : SITUATIONS.map((s) => ({ id: s.id, label: s.label }))

/** The plan step a sent situation fulfils, so picking "Status check" also sets the step. */
export const stepForSituation = (id: string): Message['step'] => SITUATIONS.find((s) => s.id === id)?.step ?? null

import type { Message, Stage } from '../../shared/model'

/**
 * Sending moves a card on (docs/design.md "Screens"): a thank-you to Waiting, a follow-up to Following up.
 * Offer and Closed are the user's call, so a message never moves a card out of them.
 */
export function stageAfterMessage(stage: Stage, message: Pick<Message, 'direction' | 'step'>): Stage {
  if (message.direction !== 'sent' || !message.step) return stage
  if (stage === 'offer' || stage === 'closed') return stage
  if (message.step === 'thank-you') return stage === 'following-up' ? stage : 'waiting'
  return 'following-up'
}

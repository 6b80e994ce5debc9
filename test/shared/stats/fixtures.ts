import type { Message, Process, Round } from '../../../src/shared/model'
import { makeMessage, makeProcess, makeRound, stampedAt } from '../../support/factories'

/** Wednesday. */
export const TODAY = '2026-03-18'

export function round(date: string, id = `r-${date}`, time = '10:00'): Round {
  return makeRound({ id, label: id, date, time })
}

let count = 0
export function sent(date: string, step: Message['step'] = null): Message {
  count += 1
  return makeMessage({ id: `s${count}`, situation: step ?? 'note', step, date })
}

export function received(date: string): Message {
  count += 1
  return makeMessage({ id: `r${count}`, direction: 'received', situation: 'reply', date })
}

export function proc(id: string, fields: Partial<Process> = {}): Process {
  return makeProcess({ id, company: `Company ${id}`, role: 'Analyst', stage: 'interviewed', ...stampedAt('2026-01-01T00:00:00.000Z'), ...fields })
}

/**
 * Five processes used across the tests:
 * A waiting, replied 4 days after its round; B following up, no reply; C closed as rejected
 * with a reply 7 days after; D scheduled in the future; E in Offer, replied 7 days after.
 */
export function pipeline(): Process[] {
  return [
    proc('A', { stage: 'waiting', rounds: [round('2026-03-02')], messages: [sent('2026-03-03', 'thank-you'), received('2026-03-06')] }),
    proc('B', {
      stage: 'following-up',
      rounds: [round('2026-03-01')],
      messages: [sent('2026-03-02', 'thank-you'), sent('2026-03-09', 'status-check')]
    }),
    proc('C', { stage: 'closed', outcome: 'rejected', rounds: [round('2026-02-20')], messages: [received('2026-02-27')] }),
    proc('D', { stage: 'scheduled', rounds: [round('2026-03-25')] }),
    proc('E', { stage: 'offer', rounds: [round('2026-02-25')], messages: [sent('2026-02-26', 'thank-you'), received('2026-03-04')] })
  ]
}

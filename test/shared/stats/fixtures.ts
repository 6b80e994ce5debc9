import type { Message, Process, Round } from '../../../src/shared/model'

/** Wednesday. */
export const TODAY = '2026-03-18'

export function round(date: string, id = `r-${date}`, time = '10:00'): Round {
  return { id, label: id, date, time, format: 'video', location: '', points: [], reflection: null }
}

let count = 0
export function sent(date: string, step: Message['step'] = null): Message {
  count += 1
  return { id: `s${count}`, direction: 'sent', situation: step ?? 'note', step, channel: 'email', date, subject: '', body: '', personId: null }
}

export function received(date: string): Message {
  count += 1
  return { id: `r${count}`, direction: 'received', situation: 'reply', step: null, channel: 'email', date, subject: '', body: '', personId: null }
}

export function proc(id: string, fields: Partial<Process> = {}): Process {
  return {
    id,
    company: `Company ${id}`,
    role: 'Analyst',
    postingUrl: '',
    stage: 'interviewed',
    outcome: null,
    decisionBy: null,
    decisionPhrase: '',
    mainContactId: null,
    rounds: [],
    people: [],
    messages: [],
    planEvents: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields
  }
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

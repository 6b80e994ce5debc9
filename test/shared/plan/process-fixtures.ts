import type { Message, PlanEvent, Process, Round } from '../../../src/shared/model'
import { DEFAULT_SETTINGS } from '../../../src/shared/model'
import { makeMessage, makePerson, makeProcess as blankProcess, makeRound, stampedAt } from '../../support/factories'

export const settings = { country: DEFAULT_SETTINGS.country, region: '', policy: { ...DEFAULT_SETTINGS.policy } }

export function round(id: string, date: string, time = '10:00'): Round {
  return makeRound({ id, label: id, date, time })
}

let messageCount = 0
export function sent(date: string, step: Message['step'], situation = step ?? 'note'): Message {
  messageCount += 1
  return makeMessage({ id: `m${messageCount}`, situation, step, date })
}

export function received(date: string): Message {
  messageCount += 1
  return makeMessage({ id: `m${messageCount}`, direction: 'received', situation: 'reply', date })
}

export const skip = (roundId: string, step: PlanEvent['step'], date: string): PlanEvent => ({ kind: 'skip', step, date, roundId })
export const snooze = (roundId: string, step: PlanEvent['step'], date: string): PlanEvent => ({ kind: 'snooze', step, date, roundId })

export function makeProcess(overrides: Partial<Process> & { id: string }): Process {
  return blankProcess({ company: 'Acme', rounds: [round('r1', '2026-07-01')], ...stampedAt('2026-06-20T10:00:00.000Z'), ...overrides })
}

export function withContact(p: Process, name: string): Process {
  return {
    ...p,
    mainContactId: 'dana',
    people: [makePerson({ id: 'dana', name, title: 'Hiring manager' })]
  }
}

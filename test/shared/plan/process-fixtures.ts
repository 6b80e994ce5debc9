import type { Message, PlanEvent, Process, Round } from '../../../src/shared/model'
import { DEFAULT_SETTINGS } from '../../../src/shared/model'

export const settings = { country: DEFAULT_SETTINGS.country, region: '', policy: { ...DEFAULT_SETTINGS.policy } }

export function round(id: string, date: string, time = '10:00'): Round {
  return { id, label: id, date, time, format: 'video', location: '', points: [], reflection: null }
}

let messageCount = 0
export function sent(date: string, step: Message['step'], situation = step ?? 'note'): Message {
  messageCount += 1
  return { id: `m${messageCount}`, direction: 'sent', situation, step, channel: 'email', date, subject: '', body: '', personId: null }
}

export function received(date: string): Message {
  messageCount += 1
  return { id: `m${messageCount}`, direction: 'received', situation: 'reply', step: null, channel: 'email', date, subject: '', body: '', personId: null }
}

export const skip = (roundId: string, step: PlanEvent['step'], date: string): PlanEvent => ({ kind: 'skip', step, date, roundId })
export const snooze = (roundId: string, step: PlanEvent['step'], date: string): PlanEvent => ({ kind: 'snooze', step, date, roundId })

export function makeProcess(overrides: Partial<Process> & { id: string }): Process {
  return {
    company: 'Acme',
    role: 'Data Analyst',
    postingUrl: '',
    stage: 'waiting',
    outcome: null,
    decisionBy: null,
    decisionPhrase: '',
    mainContactId: null,
    rounds: [round('r1', '2026-07-01')],
    people: [],
    messages: [],
    planEvents: [],
    createdAt: '2026-06-20T10:00:00.000Z',
    updatedAt: '2026-06-20T10:00:00.000Z',
    ...overrides
  }
}

export function withContact(p: Process, name: string): Process {
  return {
    ...p,
    mainContactId: 'dana',
    people: [{ id: 'dana', name, title: 'Hiring manager', email: '', linkedin: '', roundIds: [] }]
  }
}

import type { Message, Person, Process, Round } from '../../src/shared/model'
import { newProcess } from '../../src/shared/process-factory'

// Blank domain objects for tests. Each fixture module keeps its own defaults and id scheme and
// passes them here as overrides, so a test reads only what matters to it.

const CREATED_AT = '2026-07-01T10:00:00.000Z'

/** createdAt and updatedAt both at `iso`, as for a process nobody has changed since. */
export const stampedAt = (iso: string): Pick<Process, 'createdAt' | 'updatedAt'> => ({ createdAt: iso, updatedAt: iso })

/** An empty process (no rounds, people, messages or plan), waiting for a reply. */
export function makeProcess(overrides: Partial<Process> = {}): Process {
  return {
    ...newProcess({ id: 'p1', company: 'Northwind Analytics', role: 'Data Analyst', stage: 'waiting' }, CREATED_AT),
    ...overrides
  }
}

// Fields are written out in the model's order so that a serialized fixture reads like stored data.

export function makeRound({ id, date, ...rest }: Pick<Round, 'id' | 'date'> & Partial<Round>): Round {
  return { id, label: 'Interview', date, time: '10:00', format: 'video', location: '', points: [], reflection: null, ...rest }
}

export function makePerson({ id, name, ...rest }: Pick<Person, 'id' | 'name'> & Partial<Person>): Person {
  return { id, name, title: '', email: '', linkedin: '', roundIds: [], ...rest }
}

/** A sent email with no step, subject, body or recipient unless given. */
export function makeMessage({ id, date, ...rest }: Pick<Message, 'id' | 'date'> & Partial<Message>): Message {
  return {
    id,
    direction: 'sent',
    situation: '',
    step: null,
    channel: 'email',
    date,
    subject: '',
    body: '',
    personId: null,
    ...rest
  }
}

import type { Process, Stage } from './model'

/** What is known when a process starts; the stage defaults the way a new draft does. */
export interface NewProcessFields {
  id: string
  company: string
  role: string
  postingUrl?: string
  stage?: Stage
}

/**
 * A process with no rounds, people, messages or plan yet. `now` is an ISO timestamp, passed in
 * so that this stays pure; a new process was last updated when it was created.
 */
export function newProcess(fields: NewProcessFields, now: string): Process {
  return {
    id: fields.id,
    company: fields.company,
    role: fields.role,
    postingUrl: fields.postingUrl ?? '',
    stage: fields.stage ?? 'scheduled',
    outcome: null,
    decisionBy: null,
    decisionPhrase: '',
    mainContactId: null,
    rounds: [],
    people: [],
    messages: [],
    planEvents: [],
    createdAt: now,
    updatedAt: now
  }
}

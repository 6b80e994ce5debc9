import type { Invite, InvitePerson } from '../../../../shared/import/invite'
import type { Person, Process, RoundFormat } from '../../../../shared/model'
import type { ProcessSummary } from '../../../../shared/process-summary'
import { changeProcess } from '../../store/actions'
import type { ReplyDraft } from './read-import'

// Applying a previewed invite or reply through the ordinary channels, one change at a time, so
// each is validated in main like any edit (and the plan reacts as it does to a typed entry).
// `done` collects what was saved, so a failure part-way can say what is already in.

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

export const knownPerson = (process: ProcessSummary, email: string): Person | undefined =>
  email ? process.people.find((p) => p.email && same(p.email, email)) : undefined

export const roundForInvite = (process: ProcessSummary, invite: Invite) =>
  invite.uid ? process.rounds.find((r) => r.uid === invite.uid) : undefined

export interface InviteChoices {
  label: string
  format: RoundFormat
}

async function addPeople(
  process: ProcessSummary,
  people: InvitePerson[],
  roundId: string,
  done: string[]
): Promise<ProcessSummary> {
  let p = process
  for (const [i, person] of people.entries()) {
    const known = knownPerson(p, person.email)
    if (known && known.roundIds.includes(roundId)) continue
    const input = known
      ? { ...known, roundIds: [...known.roundIds, roundId] }
      : { name: person.name, title: '', email: person.email, linkedin: '', roundIds: [roundId] }
    // The organizer (listed first) becomes the main contact of a process that has none.
    const mainContact = !p.mainContactId && i === 0 ? true : undefined
    p = await changeProcess('people.save', { processId: p.id, person: input, mainContact })
    done.push(person.name)
  }
  return p
}

/** Adds the round (or updates the one from the same event) and its people. */
export async function applyInvite(
  process: ProcessSummary,
  invite: Invite,
  choices: InviteChoices,
  done: string[] = []
): Promise<ProcessSummary> {
  const existing = roundForInvite(process, invite)
  const round = {
    ...(existing ? { id: existing.id } : {}),
    label: choices.label,
    date: invite.date,
    time: invite.time,
    format: choices.format,
    location: invite.location,
    uid: invite.uid || undefined
  }
  let p: ProcessSummary = await changeProcess('rounds.save', { processId: process.id, round })
  done.push('the round')
  const isNew = (id: string) => !process.rounds.some((old) => old.id === id)
  const saved = p.rounds.find((r) => (existing ? r.id === existing.id : isNew(r.id)))
  if (saved) p = await addPeople(p, invite.people, saved.id, done)
  return p
}

export async function removeCancelledRound(process: ProcessSummary, invite: Invite): Promise<Process | null> {
  const existing = roundForInvite(process, invite)
  return existing ? changeProcess('rounds.delete', { processId: process.id, roundId: existing.id }) : null
}

export interface ReplyChoices {
  /** A person of the process, 'new' to add the sender, or '' for nobody in particular. */
  personId: string
  date: string
  setDecision: boolean
  moveStage: boolean
}

/** Logs the reply as received (which stops the follow-up chain), then the offered changes. */
export async function applyReply(
  process: ProcessSummary,
  reply: ReplyDraft,
  choices: ReplyChoices,
  done: string[] = []
): Promise<ProcessSummary> {
  let p = process
  let personId: string | null = choices.personId || null
  if (choices.personId === 'new') {
    p = await changeProcess('people.save', {
      processId: p.id,
      person: {
        name: reply.fromName || reply.fromAddress, title: '', email: reply.fromAddress, linkedin: '',
        roundIds: []
      },
      mainContact: !p.mainContactId ? true : undefined
    })
    personId = knownPerson(p, reply.fromAddress)?.id ?? null
    done.push(reply.fromName || reply.fromAddress)
  }
  const { kind, decisionBy } = reply.reading
  const situation = kind === 'other' ? 'reply' : kind
  p = await changeProcess('messages.add', {
    processId: p.id,
    message: {
      direction: 'received',
      situation,
      step: null,
      channel: 'email',
      date: choices.date,
      subject: reply.subject,
      body: reply.text,
      personId
    }
  })
  done.push('the reply')
  if (choices.setDecision && decisionBy) {
    p = await changeProcess('processes.update', { id: p.id, patch: { decisionBy } })
    done.push('the decision date')
  }
  if (choices.moveStage && kind === 'offer') p = await changeProcess('processes.move', { id: p.id, stage: 'offer' })
  if (choices.moveStage && kind === 'rejection') {
    p = await changeProcess('processes.move', { id: p.id, stage: 'closed', outcome: 'rejected' })
  }
  return p
}

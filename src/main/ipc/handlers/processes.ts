import { randomUUID } from 'node:crypto'
import { emptyReflection, type Process } from '../../../shared/model'
import { newProcess } from '../../../shared/process-factory'
import { summarizeProcess } from '../../../shared/process-summary'
import type { Handlers } from '../dispatch'
import { HandlerError } from '../dispatch'
import type { HandlerContext } from '../context'
import { stageAfterMessage } from '../../services/stage-rules'

type ProcessHandlers = Pick<
  Handlers,
  | 'processes.list'
  | 'processes.summaries'
  | 'processes.get'
  | 'processes.create'
  | 'processes.update'
  | 'processes.move'
  | 'processes.delete'
  | 'processes.restore'
  | 'rounds.save'
  | 'rounds.delete'
  | 'people.save'
  | 'people.delete'
  | 'messages.add'
  | 'messages.delete'
  | 'plan.event'
  | 'review.save'
  | 'reflection.save'
>

export const newId = (): string => randomUUID()

function findIndex<T extends { id: string }>(items: T[], id: string, what: string): number {
  const i = items.findIndex((x) => x.id === id)
  if (i < 0) throw new HandlerError('not-found', `That ${what} no longer exists; it may have been deleted.`)
  return i
}

export function processHandlers(ctx: HandlerContext): ProcessHandlers {
  const { store } = ctx
  const changed = async (id: string, change: (p: Process) => void): Promise<Process> => {
    if (!store.getProcess(id)) throw new HandlerError('not-found', 'That interview process no longer exists.')
    const updated = await store.updateProcess(id, change)
    ctx.emit('data.changed', { processIds: [id] })
    return updated
  }

  return {
    'processes.list': () => store.listProcesses(),
    'processes.summaries': () => store.listProcesses().map(summarizeProcess),
    'processes.get': ({ id }) => {
      const p = store.getProcess(id)
      if (!p) throw new HandlerError('not-found', 'That interview process no longer exists.')
      return p
    },
    'processes.create': async (draft) => {
      const now = new Date().toISOString()
      const created = await store.createProcess(newProcess({ id: newId(), ...draft }, now))
      ctx.emit('data.changed', { processIds: [created.id] })
      return created
    },
    'processes.update': ({ id, patch }) =>
      changed(id, (p) => {
        if (patch.mainContactId) findIndex(p.people, patch.mainContactId, 'person')
        Object.assign(p, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)))
      }),
    'processes.move': ({ id, stage, outcome }) => {
      if (stage === 'closed' && !outcome) throw new HandlerError('invalid-input', 'Choose an outcome to close this process.')
      return changed(id, (p) => {
        p.stage = stage
        p.outcome = stage === 'closed' ? (outcome ?? null) : null
      })
    },
    'processes.delete': async ({ id }) => {
      await store.deleteProcess(id)
      ctx.emit('data.changed', { processIds: [id] })
      return { ok: true as const }
    },
    'processes.restore': async ({ process, notes, expectUpdatedAt }) => {
      const current = store.getProcess(process.id)
      let restored: Process
      if (expectUpdatedAt === null) {
        if (current) throw new HandlerError('invalid', 'That interview process is already back.')
        restored = await store.createProcess(process)
      } else {
        if (!current) throw new HandlerError('not-found', 'That interview process no longer exists.')
        if (current.updatedAt !== expectUpdatedAt) {
          throw new HandlerError('invalid', 'It has changed since, so the delete can no longer be undone.')
        }
        restored = await store.updateProcess(process.id, () => process)
      }
      const rounds = new Set(process.rounds.map((r) => r.id))
      for (const [roundId, text] of Object.entries(notes)) {
        if (rounds.has(roundId) && text) await store.saveNotes(process.id, roundId, text)
      }
      ctx.emit('data.changed', { processIds: [process.id] })
      return restored
    },
    'rounds.save': ({ processId, round }) =>
      changed(processId, (p) => {
        if (round.id) {
          const i = findIndex(p.rounds, round.id, 'round')
          p.rounds[i] = { ...p.rounds[i], ...round, id: round.id }
        } else {
          p.rounds.push({ ...round, id: newId(), points: [], reflection: null })
        }
        // A round that has taken place moves a card out of Scheduled.
        if (p.stage === 'scheduled' && round.date <= ctx.today()) p.stage = 'interviewed'
      }),
    'rounds.delete': async ({ processId, roundId }) => {
      const updated = await changed(processId, (p) => {
        p.rounds.splice(findIndex(p.rounds, roundId, 'round'), 1)
        for (const person of p.people) person.roundIds = person.roundIds.filter((r) => r !== roundId)
        p.planEvents = p.planEvents.filter((e) => e.roundId !== roundId)
      })
      await store.saveNotes(processId, roundId, '')
      return updated
    },
    'people.save': ({ processId, person, mainContact }) =>
      changed(processId, (p) => {
        const known = new Set(p.rounds.map((r) => r.id))
        const roundIds = person.roundIds.filter((r) => known.has(r))
        let id = person.id
        if (id) {
          const i = findIndex(p.people, id, 'person')
          p.people[i] = { ...person, id, roundIds }
        } else {
          id = newId()
          p.people.push({ ...person, id, roundIds })
        }
        if (mainContact || p.mainContactId === null) p.mainContactId = id
        else if (mainContact === false && p.mainContactId === id) p.mainContactId = null
      }),
    'people.delete': ({ processId, personId }) =>
      changed(processId, (p) => {
        p.people.splice(findIndex(p.people, personId, 'person'), 1)
        if (p.mainContactId === personId) p.mainContactId = p.people[0]?.id ?? null
        for (const m of p.messages) if (m.personId === personId) m.personId = null
      }),
    'messages.add': ({ processId, message }) =>
      changed(processId, (p) => {
        if (message.personId) findIndex(p.people, message.personId, 'person')
        p.messages.push({ ...message, id: newId() })
        p.messages.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        p.stage = stageAfterMessage(p.stage, message)
      }),
    'messages.delete': ({ processId, messageId }) =>
      changed(processId, (p) => {
        p.messages.splice(findIndex(p.messages, messageId, 'message'), 1)
      }),
    'plan.event': ({ processId, event }) =>
      changed(processId, (p) => {
        findIndex(p.rounds, event.roundId, 'round')
        // A later snooze of the same step replaces the earlier one; skips are kept as history.
        if (event.kind === 'snooze') {
          p.planEvents = p.planEvents.filter(
            (e) => !(e.kind === 'snooze' && e.step === event.step && e.roundId === event.roundId)
          )
        }
        p.planEvents.push(event)
      }),
    'review.save': ({ processId, roundId, points }) =>
      changed(processId, (p) => {
        p.rounds[findIndex(p.rounds, roundId, 'round')].points = points
      }),
    'reflection.save': ({ processId, roundId, reflection }) =>
      changed(processId, (p) => {
        const round = p.rounds[findIndex(p.rounds, roundId, 'round')]
        round.reflection = { ...emptyReflection(), ...reflection }
      })
  }
}

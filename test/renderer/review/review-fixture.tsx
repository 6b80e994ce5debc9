import { render } from '@testing-library/react'
import type { Person, Process, ReviewPoint } from '../../../src/shared/model'
import { ReviewScreen } from '../../../src/renderer/src/screens/review/ReviewScreen'
import { useApp } from '../../../src/renderer/src/store'
import { installAfterview, makeProcess, makeRound, seed, type Fake } from '../process/fake-afterview'

// The review screen against a fake main process that applies each change to one stored
// process and answers with it, the way the real handlers do.

export const NOTES = [
  'Met w/ Dana Whitfield, VP Sales (dana@northwind.example).',
  '- Their big project is the billing migration to Stripe',
  '- She loved my dashboard project',
  '- Concern: no experience with dbt',
  '- Team does async standups, very collaborative',
  "- They said they'd decide by Friday",
  '- Send her the case study'
].join('\n')

export interface Mounted {
  fake: Fake
  stored(): Process
}

export function mountReview(opts: { notes?: string; process?: Partial<Process>; points?: ReviewPoint[] } = {}): Mounted {
  let process = makeProcess({
    rounds: [
      makeRound('r1', '2026-01-12', { label: 'Hiring manager', points: opts.points ?? [] }),
      makeRound('r2', '2026-01-20', { label: 'Panel' })
    ],
    ...opts.process
  })
  seed([process])
  const notes = new Map([['r1', opts.notes ?? NOTES]])
  let nextPerson = 1
  const apply = (change: (p: Process) => Process) => {
    process = change(structuredClone(process))
    return process
  }
  const fake = installAfterview({
    'notes.get': ({ roundId }) => ({ text: notes.get(roundId) ?? '' }),
    'notes.save': ({ roundId, text }) => {
      notes.set(roundId, text)
      return { savedAt: 'now' }
    },
    'review.save': ({ roundId, points }) =>
      apply((p) => ({ ...p, rounds: p.rounds.map((r) => (r.id === roundId ? { ...r, points } : r)) })),
    'reflection.save': ({ roundId, reflection }) =>
      apply((p) => ({ ...p, rounds: p.rounds.map((r) => (r.id === roundId ? { ...r, reflection } : r)) })),
    'processes.update': ({ patch }) => apply((p) => ({ ...p, ...patch })),
    'people.save': ({ person }) =>
      apply((p) => {
        const saved: Person = { ...person, id: person.id ?? `person${nextPerson++}` }
        const others = p.people.filter((x) => x.id !== saved.id)
        return { ...p, people: [...others, saved] }
      })
  })
  render(<ReviewScreen processId="p1" roundId="r1" />)
  return { fake, stored: () => process }
}

export const lastSave = (fake: Fake): ReviewPoint[] => {
  const saves = fake.to('review.save')
  return saves[saves.length - 1]?.points ?? []
}

export const route = () => useApp.getState().route

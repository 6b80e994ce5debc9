import { render } from '@testing-library/react'
import type { Message, Person, Process, ReviewPoint, Round, Settings } from '../../../src/shared/model'
import { makeMessage, makePerson, makeProcess, makeRound } from '../../support/factories'
import { installInvoke, processChanges, seedApp, type Handlers, type RecordedCalls } from '../../support/fake-bridge'
import { useApp, type Route } from '../../../src/renderer/src/store'
import { ComposeScreen } from '../../../src/renderer/src/screens/compose/ComposeScreen'

// A process with a status check overdue on Friday 2026-07-10: interview Wednesday July 1,
// thank-you sent July 2, the status check was due Wednesday July 8.

export const TODAY = '2026-07-10'

export type Bridge = RecordedCalls

/** A fake window.afterview: messages.add really appends, everything else answers plainly. */
export function installBridge(overrides: Handlers = {}): Bridge {
  return installInvoke({
    'clipboard.write': () => ({ ok: true }),
    'shell.openExternal': () => ({ opened: true }),
    'file.save': (i) => ({ saved: true, path: `/home/sam/${i.suggestedName}` }),
    'messages.add': processChanges((p) => `m${p.messages.length + 10}`)['messages.add'],
    ...overrides
  })
}

export function point(id: string, category: ReviewPoint['category'], text: string, status: ReviewPoint['status'] = 'accepted'): ReviewPoint {
  return { id, category, text, start: null, end: null, status, source: 'user' }
}

export function round(id: string, date: string, extra: Partial<Round> = {}): Round {
  return makeRound({ id, label: 'Hiring manager interview', date, ...extra })
}

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return makePerson({ id, name, ...extra })
}

export function sent(step: Message['step'], date: string, personId: string | null = null): Message {
  return makeMessage({ id: `s-${step}-${date}`, situation: step ?? 'other', step, date, personId })
}

export function northwind(extra: Partial<Process> = {}): Process {
  return makeProcess({
    id: 'north',
    mainContactId: 'dana',
    rounds: [
      round('r1', '2026-07-01', {
        points: [
          point('k1', 'topic', 'the billing migration to Stripe'),
          point('k2', 'praise', 'liked my SQL dashboard for churn'),
          point('k3', 'topic', 'parking on level 3', 'dropped')
        ]
      })
    ],
    people: [person('dana', 'Dana Whitfield', { title: 'Analytics Manager', email: 'dana@northwind.example', roundIds: ['r1'] })],
    messages: [sent('thank-you', '2026-07-02', 'dana')],
    ...extra
  })
}

export function seed(processes: Process[], settings: Partial<Settings> = {}): void {
  seedApp(processes, { today: TODAY, settings: { name: 'Sam Rivera', email: 'sam@example.com', ...settings } })
}

export type ComposeRoute = Extract<Route, { name: 'compose' }>

export function renderComposer(route: Omit<ComposeRoute, 'name'>) {
  const full: ComposeRoute = { name: 'compose', ...route }
  useApp.setState({ route: full })
  return render(<ComposeScreen route={full} />)
}

export const subjectBox = () => document.getElementById('compose-subject') as HTMLInputElement
export const bodyBox = () => document.getElementById('compose-body') as HTMLTextAreaElement

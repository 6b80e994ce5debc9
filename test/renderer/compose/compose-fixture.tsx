import { vi } from 'vitest'
import { render } from '@testing-library/react'
import type { Channel } from '../../../src/shared/ipc/channels'
import type { AfterviewApi } from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS, type Message, type Person, type Process, type ReviewPoint, type Round, type Settings } from '../../../src/shared/model'
import { useApp, type Route } from '../../../src/renderer/src/store'
import { ComposeScreen } from '../../../src/renderer/src/screens/compose/ComposeScreen'

// A process with a status check overdue on Friday 2026-07-10: interview Wednesday July 1,
// thank-you sent July 2, the status check was due Wednesday July 8.

export const TODAY = '2026-07-10'

export interface Bridge {
  calls: { channel: Channel; input: any }[]
  callsTo(channel: Channel): any[]
}

/** A fake window.afterview: messages.add really appends, everything else answers plainly. */
export function installBridge(overrides: Partial<Record<Channel, (input: any) => unknown>> = {}): Bridge {
  const calls: Bridge['calls'] = []
  const handlers: Partial<Record<Channel, (input: any) => unknown>> = {
    'clipboard.write': () => ({ ok: true }),
    'shell.openExternal': () => ({ opened: true }),
    'file.save': (i) => ({ saved: true, path: `/home/sam/${i.suggestedName}` }),
    'messages.add': ({ processId, message }) => {
      const p = useApp.getState().processes[processId]
      return { ...p, messages: [...p.messages, { id: `m${p.messages.length + 10}`, ...message }] }
    },
    ...overrides
  }
  const api: AfterviewApi = {
    invoke: vi.fn(async (channel: Channel, input?: unknown) => {
      calls.push({ channel, input })
      const handler = handlers[channel]
      if (!handler) return { ok: false, error: { code: 'internal', message: `The fake has no ${channel}` } }
      return { ok: true, value: await handler(input) }
    }) as AfterviewApi['invoke'],
    on: () => () => {}
  }
  window.afterview = api
  return { calls, callsTo: (c) => calls.filter((x) => x.channel === c).map((x) => x.input) }
}

export function point(id: string, category: ReviewPoint['category'], text: string, status: ReviewPoint['status'] = 'accepted'): ReviewPoint {
  return { id, category, text, start: null, end: null, status, source: 'user' }
}

export function round(id: string, date: string, extra: Partial<Round> = {}): Round {
  return { id, label: 'Hiring manager interview', date, time: '10:00', format: 'video', location: '', points: [], reflection: null, ...extra }
}

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, title: '', email: '', linkedin: '', roundIds: [], ...extra }
}

export function sent(step: Message['step'], date: string, personId: string | null = null): Message {
  return { id: `s-${step}-${date}`, direction: 'sent', situation: step ?? 'other', step, channel: 'email', date, subject: '', body: '', personId }
}

export function northwind(extra: Partial<Process> = {}): Process {
  return {
    id: 'north',
    company: 'Northwind Analytics',
    role: 'Data Analyst',
    postingUrl: '',
    stage: 'waiting',
    outcome: null,
    decisionBy: null,
    decisionPhrase: '',
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
    planEvents: [],
    createdAt: '2026-07-01T10:00:00.000Z',
    updatedAt: '2026-07-01T10:00:00.000Z',
    ...extra
  }
}

export function seed(processes: Process[], settings: Partial<Settings> = {}): void {
  useApp.setState({
    processes: Object.fromEntries(processes.map((p) => [p.id, p])),
    settings: { ...DEFAULT_SETTINGS, name: 'Sam Rivera', email: 'sam@example.com', onboarded: true, ...settings },
    info: { version: 'test', platform: 'web', dataDir: '/tmp/x', readOnly: false, today: TODAY, notices: [] },
    loaded: true,
    loadError: null,
    route: { name: 'board' },
    history: [],
    toasts: []
  })
}

export type ComposeRoute = Extract<Route, { name: 'compose' }>

export function renderComposer(route: Omit<ComposeRoute, 'name'>) {
  const full: ComposeRoute = { name: 'compose', ...route }
  useApp.setState({ route: full })
  return render(<ComposeScreen route={full} />)
}

export const subjectBox = () => document.getElementById('compose-subject') as HTMLInputElement
export const bodyBox = () => document.getElementById('compose-body') as HTMLTextAreaElement

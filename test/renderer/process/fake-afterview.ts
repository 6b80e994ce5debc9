import { vi } from 'vitest'
import type { Channel } from '../../../src/shared/ipc/channels'
import type { AfterviewApi } from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS, type Message, type Person, type Process, type Round, type Settings } from '../../../src/shared/model'
import { useApp } from '../../../src/renderer/src/store'

// window.afterview for jsdom tests of the detail and settings screens: each channel answers from
// a handler the test gives ({ok:true, value}); a handler that throws `refuse(...)` answers
// {ok:false, error}. Every call is recorded.

export const TODAY = '2026-07-10'

export class Refusal extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    readonly code: 'invalid-input' | 'internal' | 'not-found' = 'invalid-input'
  ) {
    super(message)
  }
}
export const refuse = (message: string, issues: { path: string; message: string }[] = [], code: Refusal['code'] = 'invalid-input') =>
  new Refusal(message, issues, code)

type Handler = (input: any) => unknown | Promise<unknown>

export interface Fake {
  calls: { channel: Channel; input: any }[]
  to(channel: Channel): any[]
  handlers: Partial<Record<Channel, Handler>>
}

export function installAfterview(handlers: Partial<Record<Channel, Handler>> = {}): Fake {
  const fake: Fake = {
    calls: [],
    handlers,
    to: (c) => fake.calls.filter((x) => x.channel === c).map((x) => x.input)
  }
  window.afterview = {
    invoke: vi.fn(async (channel: Channel, input?: unknown) => {
      fake.calls.push({ channel, input })
      const handler = fake.handlers[channel]
      if (!handler) return { ok: false, error: { code: 'internal', message: `No fake for ${channel}` } }
      try {
        return { ok: true, value: await handler(input) }
      } catch (err) {
        if (err instanceof Refusal) return { ok: false, error: { code: err.code, message: err.message, issues: err.issues } }
        throw err
      }
    }) as unknown as AfterviewApi['invoke'],
    on: () => () => {}
  }
  return fake
}

export function makeRound(id: string, date: string, extra: Partial<Round> = {}): Round {
  return { id, label: `Round ${id}`, date, time: '10:00', format: 'video', location: '', points: [], reflection: null, ...extra }
}

export function makePerson(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, title: '', email: '', linkedin: '', roundIds: [], ...extra }
}

export function makeMessage(id: string, extra: Partial<Message> = {}): Message {
  return { id, direction: 'sent', situation: '', step: null, channel: 'email', date: '2026-07-02', subject: '', body: '', personId: null, ...extra }
}

export function makeProcess(extra: Partial<Process> = {}): Process {
  return {
    id: 'p1',
    company: 'Northwind Analytics',
    role: 'Senior Data Analyst',
    postingUrl: '',
    stage: 'waiting',
    outcome: null,
    decisionBy: null,
    decisionPhrase: '',
    mainContactId: null,
    rounds: [],
    people: [],
    messages: [],
    planEvents: [],
    createdAt: '2026-07-01T10:00:00.000Z',
    updatedAt: '2026-07-01T10:00:00.000Z',
    ...extra
  }
}

/** The store as App leaves it after a successful load. */
export function seed(processes: Process[], settings: Partial<Settings> = {}): void {
  useApp.setState({
    processes: Object.fromEntries(processes.map((p) => [p.id, p])),
    settings: { ...DEFAULT_SETTINGS, onboarded: true, ...settings },
    info: { version: '0.1.0-test', platform: 'web', dataDir: '/home/alex/.config/Afterview', readOnly: false, today: TODAY, notices: [] },
    loaded: true,
    loadError: null,
    route: { name: 'board' },
    history: [],
    toasts: []
  })
}

import { vi } from 'vitest'
import type { Channel } from '../../../src/shared/ipc/channels'
import type { AfterviewApi } from '../../../src/shared/ipc/contract'
import type { IpcFailure } from '../../../src/shared/ipc/result'
import { DEFAULT_SETTINGS, type Process, type Round, type Person } from '../../../src/shared/model'
import { useApp } from '../../../src/renderer/src/store'

// A stand-in for window.afterview: each channel answers from a handler the test gives, and
// every call is recorded so a test can check what the renderer asked main to do.

export const TODAY = '2026-07-10'

export class Refusal {
  constructor(readonly error: IpcFailure['error']) {}
}

type Handler = (input: any) => unknown
export interface FakeBridge {
  calls: { channel: Channel; input: unknown }[]
  callsTo(channel: Channel): unknown[]
}

export function installBridge(handlers: Partial<Record<Channel, Handler>>): FakeBridge {
  const calls: FakeBridge['calls'] = []
  const api: AfterviewApi = {
    invoke: vi.fn(async (channel: Channel, input?: unknown) => {
      calls.push({ channel, input })
      const handler = handlers[channel]
      if (!handler) return { ok: false, error: { code: 'internal', message: `The fake has no ${channel}` } }
      try {
        return { ok: true, value: await handler(input) }
      } catch (err) {
        if (err instanceof Refusal) return { ok: false, error: err.error }
        throw err
      }
    }) as AfterviewApi['invoke'],
    on: () => () => {}
  }
  window.afterview = api
  return { calls, callsTo: (c) => calls.filter((x) => x.channel === c).map((x) => x.input) }
}

let seq = 0
export function round(date: string, label = 'Interview', extra: Partial<Round> = {}): Round {
  return { id: `r${++seq}`, label, date, time: '10:00', format: 'video', location: '', points: [], reflection: null, ...extra }
}

export function person(name: string, title = ''): Person {
  return { id: `h${++seq}`, name, title, email: '', linkedin: '', roundIds: [] }
}

export function process(company: string, extra: Partial<Process> = {}): Process {
  const id = extra.id ?? `p${++seq}`
  return {
    id,
    company,
    role: 'Data Analyst',
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

/** Puts the store in the state App leaves it in after a successful load. */
export function seedStore(processes: Process[], readOnly = false): void {
  const record: Record<string, Process> = {}
  for (const p of processes) record[p.id] = p
  useApp.setState({
    processes: record,
    settings: { ...DEFAULT_SETTINGS, onboarded: true },
    info: { version: 'test', platform: 'web', dataDir: '/tmp/x', readOnly, today: TODAY, notices: [] },
    loaded: true,
    loadError: null,
    route: { name: 'board' },
    history: [],
    query: '',
    filters: { stages: [], dueOnly: false },
    noteMatches: [],
    toasts: []
  })
}

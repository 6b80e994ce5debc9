import { vi } from 'vitest'
import type { Channel } from '../../../src/shared/ipc/channels'
import type { AfterviewApi } from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS, type Message, type Person, type PlanEvent, type Process, type Round } from '../../../src/shared/model'
import { useApp } from '../../../src/renderer/src/store'

// Friday. US holidays nearby: Fri 2026-07-03 (Independence Day observed).
export const TODAY = '2026-07-10'

let seq = 0
const id = (prefix: string) => `${prefix}${++seq}`

export function round(date: string, label = 'Interview', extra: Partial<Round> = {}): Round {
  return { id: id('r'), label, date, time: '10:00', format: 'video', location: '', points: [], reflection: null, ...extra }
}

export function person(name: string): Person {
  return { id: id('h'), name, title: '', email: '', linkedin: '', roundIds: [] }
}

export function sent(step: Message['step'], date: string, extra: Partial<Message> = {}): Message {
  return { id: id('m'), direction: 'sent', situation: step ?? 'additional-info', step, channel: 'email', date, subject: '', body: '', personId: null, ...extra }
}

export function received(date: string, extra: Partial<Message> = {}): Message {
  return { id: id('m'), direction: 'received', situation: 'reply', step: null, channel: 'email', date, subject: '', body: '', personId: null, ...extra }
}

export function process(company: string, extra: Partial<Process> = {}): Process {
  return {
    id: extra.id ?? id('p'),
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
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    ...extra
  }
}

export interface Bridge {
  calls: { channel: Channel; input: any }[]
  callsTo(channel: Channel): any[]
}

/**
 * A fake window.afterview that applies changes the way main does (append the message or the
 * plan event, move the stage) and returns the new process, so the screen re-plans from it.
 */
export function installBridge(extra: Partial<Record<Channel, (input: any) => unknown>> = {}): Bridge {
  const calls: Bridge['calls'] = []
  const current = (pid: string) => useApp.getState().processes[pid]
  const handlers: Partial<Record<Channel, (input: any) => unknown>> = {
    'messages.add': ({ processId, message }: { processId: string; message: Omit<Message, 'id'> }) => {
      const p = current(processId)
      return { ...p, messages: [...p.messages, { id: id('m'), ...message }] }
    },
    'plan.event': ({ processId, event }: { processId: string; event: PlanEvent }) => {
      const p = current(processId)
      return { ...p, planEvents: [...p.planEvents, event] }
    },
    'processes.move': ({ id: pid, stage, outcome }: { id: string; stage: Process['stage']; outcome: Process['outcome'] }) => ({
      ...current(pid),
      stage,
      outcome: outcome ?? null
    }),
    'file.save': ({ suggestedName }: { suggestedName: string }) => ({ saved: true, path: `/home/u/${suggestedName}` }),
    ...extra
  }
  window.afterview = {
    invoke: vi.fn(async (channel: Channel, input?: unknown) => {
      calls.push({ channel, input })
      const handler = handlers[channel]
      if (!handler) return { ok: false, error: { code: 'internal', message: `The fake has no ${channel}` } }
      return { ok: true, value: await handler(input) }
    }) as AfterviewApi['invoke'],
    on: () => () => {}
  }
  return { calls, callsTo: (c) => calls.filter((x) => x.channel === c).map((x) => x.input) }
}

export function seedStore(processes: Process[], readOnly = false): void {
  const record: Record<string, Process> = {}
  for (const p of processes) record[p.id] = p
  useApp.setState({
    processes: record,
    settings: { ...DEFAULT_SETTINGS, onboarded: true },
    info: { version: 'test', platform: 'web', dataDir: '/tmp/x', readOnly, today: TODAY, notices: [] },
    loaded: true,
    loadError: null,
    route: { name: 'agenda' },
    history: [],
    toasts: []
  })
}

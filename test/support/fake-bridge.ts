import { vi } from 'vitest'
import type { Channel } from '../../src/shared/ipc/channels'
import type { AfterviewApi, AppInfo } from '../../src/shared/ipc/contract'
import type { IpcFailure } from '../../src/shared/ipc/result'
import { DEFAULT_SETTINGS, type Message, type PlanEvent, type Process, type Settings } from '../../src/shared/model'
import { summarizeProcess } from '../../src/shared/process-summary'
import { useApp, type AppState } from '../../src/renderer/src/store'

// The core of every jsdom suite's window.afterview: each channel answers from a handler the
// suite gives ({ok:true, value}), a handler that throws a Refusal answers {ok:false, error}, a
// channel without a handler fails, and every call is recorded. Suites add their own handlers.

export type Handler = (input: any) => unknown
export type Handlers = Partial<Record<Channel, Handler>>

export interface RecordedCalls {
  calls: { channel: Channel; input: any }[]
  callsTo(channel: Channel): any[]
}

/** Thrown by a handler to refuse the way main does: the renderer gets `error` as data. */
export class Refusal extends Error {
  constructor(readonly error: IpcFailure['error']) {
    super(error.message)
  }
}

/** Installs window.afterview. `handlers` is read on each call, so a test may add to it later. */
export function installInvoke(handlers: Handlers): RecordedCalls {
  const calls: RecordedCalls['calls'] = []
  window.afterview = {
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
    }) as unknown as AfterviewApi['invoke'],
    on: () => () => {}
  }
  return { calls, callsTo: (c) => calls.filter((x) => x.channel === c).map((x) => x.input) }
}

/**
 * Handlers that change a process the way main does (append the message or the plan event, move
 * the stage) and answer with the changed process, read from the renderer's store, so the screen
 * re-plans from it. `messageId` names each appended message.
 */
export function processChanges(messageId: (p: Process) => string) {
  const current = (pid: string) => useApp.getState().details[pid]
  return {
    'messages.add': ({ processId, message }: { processId: string; message: Omit<Message, 'id'> }) => {
      const p = current(processId)
      return { ...p, messages: [...p.messages, { id: messageId(p), ...message }] }
    },
    'plan.event': ({ processId, event }: { processId: string; event: PlanEvent }) => {
      const p = current(processId)
      return { ...p, planEvents: [...p.planEvents, event] }
    },
    'processes.move': ({ id, stage, outcome }: { id: string; stage: Process['stage']; outcome: Process['outcome'] }) => ({
      ...current(id),
      stage,
      outcome: outcome ?? null
    })
  } satisfies Handlers
}

export interface Seed {
  today: string
  readOnly?: boolean
  settings?: Partial<Settings>
  info?: Partial<AppInfo>
  /** Any other part of the store a suite starts from (route, search, ...). */
  state?: Partial<AppState>
}

/** Puts the store in the state App leaves it in after a successful load. */
export function seedApp(processes: Process[], seed: Seed): void {
  useApp.setState({
    processes: Object.fromEntries(processes.map((p) => [p.id, summarizeProcess(p)])),
    details: Object.fromEntries(processes.map((p) => [p.id, p])),
    settings: { ...DEFAULT_SETTINGS, onboarded: true, ...seed.settings },
    info: { version: 'test', platform: 'web', dataDir: '/tmp/x', readOnly: seed.readOnly ?? false, today: seed.today, notices: [], ...seed.info },
    loaded: true,
    loadError: null,
    route: { name: 'board' },
    history: [],
    toasts: [],
    ...seed.state
  })
}

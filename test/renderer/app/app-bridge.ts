import { vi } from 'vitest'
import type { Channel, EventName } from '../../../src/shared/ipc/channels'
import type { AfterviewApi, EventPayloads } from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS, type Process, type Settings } from '../../../src/shared/model'
import { useApp } from '../../../src/renderer/src/store'

// A window.afterview for rendering the whole App: settings and processes it keeps, every call
// recorded, and events the test can emit as the main process would.

export interface AppBridge {
  settings: Settings
  calls: { channel: Channel; input: unknown }[]
  callsTo(channel: Channel): unknown[]
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
  /** Makes the next settings.update fail with this refusal. */
  refuseNextUpdate(error: { code: string; message: string; issues?: { path: string; message: string }[] }): void
}

export function installAppBridge(opts: { settings?: Partial<Settings>; processes?: Process[]; readOnly?: boolean } = {}): AppBridge {
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  let refusal: { code: string; message: string } | null = null
  const bridge: AppBridge = {
    settings: { ...DEFAULT_SETTINGS, ...opts.settings },
    calls: [],
    callsTo: (c) => bridge.calls.filter((x) => x.channel === c).map((x) => x.input),
    emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)),
    refuseNextUpdate: (error) => void (refusal = error)
  }
  const answer = (channel: Channel, input: unknown): unknown => {
    switch (channel) {
      case 'app.info':
        return { version: 'test', platform: 'web', dataDir: '/tmp/x', readOnly: opts.readOnly ?? false, today: '2026-07-10', notices: [] }
      case 'settings.get':
        return bridge.settings
      case 'processes.summaries':
        return opts.processes ?? []
      case 'processes.get': {
        const found = (opts.processes ?? []).find((p) => p.id === (input as { id: string }).id)
        if (!found) throw new Error('no such process')
        return found
      }
      case 'settings.update':
        bridge.settings = { ...bridge.settings, ...(input as Partial<Settings>) }
        return bridge.settings
      default:
        throw new Error(`the fake has no ${channel}`)
    }
  }
  const api: AfterviewApi = {
    invoke: vi.fn(async (channel: Channel, input?: unknown) => {
      bridge.calls.push({ channel, input })
      if (channel === 'settings.update' && refusal) {
        const error = refusal
        refusal = null
        return { ok: false, error }
      }
      return { ok: true, value: answer(channel, input) }
    }) as AfterviewApi['invoke'],
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(listener as (p: unknown) => void)
      return () => listeners.get(event)!.delete(listener as (p: unknown) => void)
    }
  }
  window.afterview = api
  useApp.setState({
    processes: {},
    settings: null,
    info: null,
    loaded: false,
    loadError: null,
    route: { name: 'board' },
    history: [],
    newProcessRequested: false,
    toasts: []
  })
  return bridge
}

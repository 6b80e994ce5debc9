import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { FakeElectron } from './fake-electron'
import { CHANNELS, EVENT_CHANNEL, EVENTS } from '../../../src/shared/ipc/channels'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron())

// The preload runs at import: it must put exactly { invoke, on } on window.afterview.
let electron: FakeElectron
let api: { invoke: (...args: unknown[]) => Promise<unknown>; on: (...args: unknown[]) => () => void }

beforeAll(async () => {
  electron = (await import('electron')) as unknown as FakeElectron
  await import('../../../src/preload/index')
  api = electron.contextBridge.exposed.get('afterview') as typeof api
})

/** Everything reachable from the exposed object, to prove ipcRenderer is not among it. */
function reachable(root: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof root !== 'object' && typeof root !== 'function') || root === null || seen.has(root)) return seen
  seen.add(root)
  for (const key of Reflect.ownKeys(root as object)) {
    const desc = Object.getOwnPropertyDescriptor(root, key)
    if (desc && 'value' in desc) reachable(desc.value, seen)
  }
  return seen
}

describe('preload', () => {
  it('exposes one object, window.afterview, with only invoke and on', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['afterview'])
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on'])
    expect(typeof api.invoke).toBe('function')
    expect(typeof api.on).toBe('function')
  })

  it('never exposes ipcRenderer or its methods', () => {
    const all = reachable(api)
    expect(all.has(electron.ipcRenderer)).toBe(false)
    for (const fn of [electron.ipcRenderer.invoke, electron.ipcRenderer.on, electron.ipcRenderer.emit, electron.ipcRenderer.removeListener]) {
      expect(all.has(fn)).toBe(false)
    }
  })

  it('forwards every contract channel with its input, and nothing more', async () => {
    for (const channel of CHANNELS) {
      electron.ipcRenderer.invoke.mockClear()
      await api.invoke(channel, { a: 1 }, 'extra argument')
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, { a: 1 })
    }
  })

  it.each(['nope', '__proto__', 'constructor', 'toString', EVENT_CHANNEL, 'processes.list ', 'PROCESSES.LIST', '', 42, null, undefined, {}, ['app.info']])(
    'refuses the unknown channel %j without reaching IPC',
    async (channel) => {
      electron.ipcRenderer.invoke.mockClear()
      await expect(api.invoke(channel, {})).rejects.toThrow(/Unknown channel/)
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
    }
  )

  it('delivers only the subscribed event, with its payload and never the IPC event object', () => {
    const listener = vi.fn()
    const off = api.on('data.changed', listener)
    const ipcEvent = { sender: electron.ipcRenderer }
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'app.notice', { kind: 'x', message: 'y' })
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'data.changed', { processIds: ['p1'] })
    electron.ipcRenderer.emit('some-other-channel', ipcEvent, 'data.changed', { processIds: ['p2'] })
    expect(listener.mock.calls).toEqual([[{ processIds: ['p1'] }]])
    off()
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'data.changed', { processIds: ['p3'] })
    expect(listener).toHaveBeenCalledOnce()
    expect(electron.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0)
  })

  it('subscribes to every contract event', () => {
    for (const event of EVENTS) {
      const off = api.on(event, () => undefined)
      expect(typeof off).toBe('function')
      off()
    }
    expect(electron.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0)
  })

  it.each(['nope', '__proto__', EVENT_CHANNEL, 'data.changed ', 42, null])('refuses the unknown event %j', (event) => {
    expect(() => api.on(event, () => undefined)).toThrow(/Unknown event/)
    expect(electron.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0)
  })

  it('refuses a listener that is not a function', () => {
    expect(() => api.on('data.changed', 'alert(1)')).toThrow()
    expect(electron.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0)
  })
})

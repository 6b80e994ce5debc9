import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNEL, isChannel, isEventName } from '../shared/ipc/channels'
import type { AfterviewApi } from '../shared/ipc/contract'

// Exposes the IPC contract and nothing else: no ipcRenderer, no Node, no arbitrary channel.
const api: AfterviewApi = {
  invoke: ((channel: unknown, input?: unknown) => {
    if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel: ${String(channel)}`))
    return ipcRenderer.invoke(channel, input)
  }) as AfterviewApi['invoke'],
  on: ((event: unknown, listener: (payload: unknown) => void) => {
    if (!isEventName(event) || typeof listener !== 'function') throw new Error(`Unknown event: ${String(event)}`)
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler)
    }
  }) as AfterviewApi['on']
}

contextBridge.exposeInMainWorld('afterview', api)

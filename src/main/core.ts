import { localIsoDate } from '../shared/dates'
import type { EventName } from '../shared/ipc/channels'
import type { EventPayloads } from '../shared/ipc/contract'
import type { IpcResult } from '../shared/ipc/result'
import { createHandlers } from './ipc/handlers'
import { dispatch, type Handlers } from './ipc/dispatch'
import type { HandlerContext, Platform } from './ipc/context'
import { openStore, CURRENT_SCHEMA_VERSION } from './store/data-store'
import type { Store } from './store/types'

// Everything the app does that is not Electron glue: the store, the handlers and the events.
// The Electron main process and the browser harness both start exactly this.

export type EventSink = <E extends EventName>(event: E, payload: EventPayloads[E]) => void

export interface CoreOptions {
  dataDir: string
  platform: Platform
  appVersion: string
  /** A fixed "today" (YYYY-MM-DD) for tests and demos; otherwise the local date. */
  today?: string
}

export interface Core {
  store: Store
  handlers: Handlers
  context: HandlerContext
  invoke(channel: unknown, payload: unknown): Promise<IpcResult<unknown>>
  subscribe(sink: EventSink): () => void
  close(): Promise<void>
}

export async function startCore(opts: CoreOptions): Promise<Core> {
  const store = await openStore({ dir: opts.dataDir })
  const sinks = new Set<EventSink>()
  const context: HandlerContext = {
    store,
    platform: opts.platform,
    appVersion: opts.appVersion,
    today: () => opts.today ?? localIsoDate(new Date()),
    emit: (event, payload) => {
      for (const sink of sinks) sink(event, payload)
    }
  }
  const handlers = createHandlers(context, CURRENT_SCHEMA_VERSION)
  return {
    store,
    handlers,
    context,
    invoke: (channel, payload) => dispatch(handlers, channel, payload),
    subscribe(sink) {
      sinks.add(sink)
      return () => sinks.delete(sink)
    },
    close: () => store.close()
  }
}

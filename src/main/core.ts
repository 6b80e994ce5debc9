import { localIsoDate } from '../shared/dates'
import type { EventName } from '../shared/ipc/channels'
import type { EventPayloads } from '../shared/ipc/contract'
import type { IpcResult } from '../shared/ipc/result'
import { createHandlers } from './ipc/handlers'
import { dispatch, type Handlers } from './ipc/dispatch'
import type { HandlerContext, Platform } from './ipc/context'
import { openStore } from './store/data-store'
import type { Store } from './store/types'
import { ReminderService } from './services/reminders'
import { DayWatcher } from './services/day-watcher'
import type { ReminderNotification } from '../shared/plan/process-plan'

// Everything the app does that is not Electron glue: the store, the handlers and the events.
// The Electron main process and the browser harness both start exactly this.

export type EventSink = <E extends EventName>(event: E, payload: EventPayloads[E]) => void

export interface CoreOptions {
  dataDir: string
  platform: Platform
  appVersion: string
  /** A fixed "today" (YYYY-MM-DD) for tests and demos; otherwise the local date. */
  today?: string
  /** Shows a native notification (Electron); the renderer gets a 'reminder.due' event either way. */
  notify?: (n: ReminderNotification) => void
  /** Start the reminder schedule (off in unit tests that drive checks themselves). */
  reminders?: boolean
}

export interface Core {
  store: Store
  handlers: Handlers
  context: HandlerContext
  reminders: ReminderService
  /** Re-reads the clock after sleep or a screen unlock: a new date is announced, reminders catch up. */
  clockChanged(): void
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
  const handlers = createHandlers(context)
  const reminders = new ReminderService({
    store,
    today: context.today,
    now: () => new Date(),
    notify(n) {
      opts.notify?.(n)
      const first = n.reminders[0]
      context.emit('reminder.due', {
        title: n.title,
        body: n.reminders.length > 1 ? '' : n.body,
        processId: n.reminders.length === 1 ? first.processId : null,
        step: n.reminders.length === 1 ? first.kind : null
      })
    }
  })
  // A settings change can move the time of day of the daily check.
  sinks.add((event) => {
    if (event === 'data.changed' && opts.reminders !== false) reminders.reschedule()
  })
  if (opts.reminders !== false) void reminders.start()
  // After midnight the window's badges, agenda and default dates move to the new day.
  const day = new DayWatcher({
    today: context.today,
    now: () => new Date(),
    onChange(today) {
      context.emit('today.changed', { today })
      if (opts.reminders !== false) reminders.reschedule()
    }
  })
  day.start()
  return {
    store,
    handlers,
    context,
    reminders,
    clockChanged() {
      day.check()
      if (opts.reminders !== false) void reminders.resume()
    },
    invoke: (channel, payload) => dispatch(handlers, channel, payload),
    subscribe(sink) {
      sinks.add(sink)
      return () => sinks.delete(sink)
    },
    async close() {
      day.stop()
      reminders.stop()
      await store.close()
    }
  }
}

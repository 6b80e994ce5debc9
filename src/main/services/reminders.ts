import { dueReminders, groupReminders, type ReminderNotification } from '../../shared/plan/process-plan'
import type { Store } from '../store/types'
import { localDateTime } from '../../shared/dates'

// Raises due follow-ups as notifications: once at start-up (catching up on whatever fell due
// while the app was closed, grouped into one notification) and then every day at the user's
// reminder time. Each step notifies once: its key is stored before the next check can run.

export interface ReminderDeps {
  store: Store
  /** Today's local calendar date. */
  today(): string
  /** The wall clock, for scheduling the daily check and the time of day lateness depends on. */
  now(): Date
  notify(notification: ReminderNotification): void
}

export class ReminderService {
  private timer: ReturnType<typeof setTimeout> | null = null
  /** The wall-clock time the pending daily check is for. */
  private nextAt: number | null = null
  private running: Promise<ReminderNotification | null> = Promise.resolve(null)

  constructor(private readonly deps: ReminderDeps) {}

  /** Catch up now, then keep to the daily schedule. */
  async start(): Promise<ReminderNotification | null> {
    const shown = await this.check()
    this.schedule()
    return shown
  }

  /** Checks are serialized so that two overlapping checks can never notify the same step twice. */
  check(): Promise<ReminderNotification | null> {
    this.running = this.running.then(
      () => this.runCheck(),
      () => this.runCheck()
    )
    return this.running
  }

  /** Call after the settings change (time of day, on/off). */
  reschedule(): void {
    this.schedule()
  }

  /**
   * Call after sleep or a screen unlock: a timer does not count the time the machine slept, so a
   * check that fell due meanwhile runs now and the next one is re-armed from the wall clock.
   */
  resume(): Promise<ReminderNotification | null> {
    if (this.nextAt === null) return Promise.resolve(null)
    if (this.deps.now().getTime() < this.nextAt) {
      this.schedule()
      return Promise.resolve(null)
    }
    this.stop()
    return this.check().finally(() => this.schedule())
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.nextAt = null
  }

  /** Milliseconds from `now` to the next HH:MM on the local clock (tomorrow if it has passed). */
  static delayUntil(now: Date, time: string): number {
    const [h, m] = time.split(':').map(Number)
    const next = new Date(now)
    next.setHours(h || 0, m || 0, 0, 0)
    if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1)
    return next.getTime() - now.getTime()
  }

  private schedule(): void {
    this.stop()
    const { reminderTime } = this.deps.store.getSettings()
    const now = this.deps.now()
    const delay = ReminderService.delayUntil(now, reminderTime)
    this.nextAt = now.getTime() + delay
    this.timer = setTimeout(() => {
      this.nextAt = null
      void this.check().finally(() => this.schedule())
    }, delay)
    // A pending reminder must not keep a test run or a closing app alive.
    ;(this.timer as { unref?: () => void }).unref?.()
  }

  private async runCheck(): Promise<ReminderNotification | null> {
    const { store } = this.deps
    const settings = store.getSettings()
    if (!settings.notifications || store.readOnly) return null
    // Today's date (which a demo may fix) with the clock's time of day.
    const now = `${this.deps.today()}T${localDateTime(this.deps.now()).slice(11)}`
    const due = dueReminders(store.listProcesses(), settings, now, store.getNotified())
    const notification = groupReminders(due)
    if (!notification) return null
    await store.addNotified(due.map((r) => r.key))
    this.deps.notify(notification)
    return notification
  }
}

// Tells the app when the local calendar date changes: at midnight (a timer re-armed each day) and
// whenever `check()` is called, which the Electron glue does after sleep and screen unlock, when
// a timer that slept through midnight would fire late.

export interface DayWatcherDeps {
  /** Today's local calendar date. */
  today(): string
  /** The wall clock, for the delay to the next midnight. */
  now(): Date
  onChange(today: string): void
}

/** A margin past midnight, so that a timer firing a hair early still sees the new date. */
const PAST_MIDNIGHT_MS = 1000

export class DayWatcher {
  private timer: ReturnType<typeof setTimeout> | null = null
  private current: string

  constructor(private readonly deps: DayWatcherDeps) {
    this.current = deps.today()
  }

  get today(): string {
    return this.current
  }

  start(): void {
    this.arm()
  }

  /** Reports a new date once, and re-arms the midnight timer from the wall clock. */
  check(): void {
    const today = this.deps.today()
    if (today !== this.current) {
      this.current = today
      this.deps.onChange(today)
    }
    if (this.timer) this.arm()
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Milliseconds from `now` to just after the next local midnight. */
  static delayUntilNextDay(now: Date): number {
    const next = new Date(now)
    next.setHours(24, 0, 0, 0)
    return next.getTime() - now.getTime() + PAST_MIDNIGHT_MS
  }

  private arm(): void {
    this.stop()
    this.timer = setTimeout(() => this.check(), DayWatcher.delayUntilNextDay(this.deps.now()))
    // Must not keep a test run or a closing app alive.
    ;(this.timer as { unref?: () => void }).unref?.()
  }
}

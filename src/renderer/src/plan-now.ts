import { localDateTime, type LocalDateTime } from '../../shared/dates'

/**
 * The app's "today" at the current local time of day: what a plan's lateness is read against
 * (the thank-you is late only once 48 hours have passed since the interview).
 */
export function planNow(today: string, clock: Date = new Date()): LocalDateTime {
  return `${today}T${localDateTime(clock).slice(11)}`
}

// Calendar dates are plain 'YYYY-MM-DD' strings. Arithmetic goes through UTC midnight so that
// no time zone or DST shift can move a date; nothing here reads the clock.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export type IsoDate = string

/** True for a real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

/**
 * The calendar the app plans in. Outside it a date is almost surely a typo (a year of 0226 or
 * 9999), and follow-up arithmetic or holiday tables have nothing sensible to say about it.
 */
export const FIRST_DATE: IsoDate = '2000-01-01'
export const LAST_DATE: IsoDate = '2100-12-31'
export const DATE_RANGE_MESSAGE = 'Use a date between 2000 and 2100'

/** A real calendar date within FIRST_DATE…LAST_DATE. */
export function isSupportedDate(value: unknown): value is IsoDate {
  return isIsoDate(value) && value >= FIRST_DATE && value <= LAST_DATE
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`)
  return new Date(`${date}T00:00:00Z`)
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10)
}

export function fromParts(year: number, month: number, day: number): IsoDate {
  return fromUtc(new Date(Date.UTC(year, month - 1, day)))
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date)
  d.setUTCDate(d.getUTCDate() + days)
  return fromUtc(d)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay()
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000)
}

export function lastDayOfMonth(date: IsoDate): IsoDate {
  const d = toUtc(date)
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1))
}

/** The local calendar date of a JS Date (for callers that own a clock, never UTC-derived). */
export function localIsoDate(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** A local wall-clock moment, 'YYYY-MM-DDTHH:MM'; no time zone: the user's clock is the reference. */
export type LocalDateTime = string

/** "Now" as the planner takes it: today's date, or today with the local time of day. */
export type Now = IsoDate | LocalDateTime

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/

/** The date and, when given, the 'HH:MM' time of a Now; throws on anything else. */
export function splitNow(now: Now): { date: IsoDate; time: string | null } {
  const m = LOCAL_DATE_TIME.exec(now)
  if (m && isIsoDate(m[1])) return { date: m[1], time: `${m[2]}:${m[3]}` }
  if (isIsoDate(now)) return { date: now, time: null }
  throw new RangeError(`Not a date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:MM): ${String(now)}`)
}

/** The local date and minute of a JS Date, for callers that own a clock. */
export function localDateTime(d: Date): LocalDateTime {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${localIsoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Dates formatted the way people write them in a message: "Tuesday, March 3". */
export function formatLongDate(date: IsoDate, locale = 'en-US'): string {
  return toUtc(date).toLocaleDateString(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' })
}

export function formatShortDate(date: IsoDate, locale = 'en-US'): string {
  return toUtc(date).toLocaleDateString(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' })
}

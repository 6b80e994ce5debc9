import type { IsoDate } from '../../shared/dates'

// Dates, times and numbers the way the user's system writes them: navigator.language is the
// OS locale in Electron (en-GB: "Friday 16 January", 14:00; en-US: "Friday, January 16", 2:00 PM).
// Drafts are written by src/shared and keep their own wording; this is for what the screens show.
// Building an Intl formatter is the slow part, so each is built once per locale and style.

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
let checked: { tag: string; locale: string } | null = null

/** The first of the browser's languages that Intl supports; en-US when none is. */
export function userLocale(): string {
  const tag = navigator.languages?.[0] ?? navigator.language ?? ''
  if (checked?.tag === tag) return checked.locale
  let locale = 'en-US'
  for (const candidate of [...(navigator.languages ?? []), navigator.language]) {
    try {
      if (candidate && Intl.DateTimeFormat.supportedLocalesOf(candidate).length > 0) {
        locale = candidate
        break
      }
    } catch {
      // A malformed tag: try the next one.
    }
  }
  checked = { tag, locale }
  return locale
}

function dateFormat(style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = userLocale()
  const key = `${locale}|${style}`
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

// A calendar date is formatted at UTC midnight in UTC, so no time zone can move it a day.
const calendar = (date: IsoDate) => new Date(`${date}T00:00:00Z`)

/** "Friday, January 16" (en-US) / "Friday 16 January" (en-GB): with the weekday, no year. */
export function formatLongDate(date: IsoDate): string {
  return dateFormat('long', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(calendar(date))
}

/** "Friday, January 16, 2026" / "Friday, 16 January 2026". */
export function formatFullDate(date: IsoDate): string {
  return dateFormat('full', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(calendar(date))
}

/** "Jan 16" / "16 Jan". */
export function formatShortDate(date: IsoDate): string {
  return dateFormat('short', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(calendar(date))
}

/** A round's "HH:MM" as the user reads times: "2:00 PM" or "14:00". Other text is shown as is. */
export function formatTime(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time)
  if (!m) return time
  const at = new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])))
  return dateFormat('time', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at)
}

/** A moment (an ISO timestamp) in the local time zone: "Jan 16, 2026, 2:05 PM". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : dateFormat('datetime', { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}

export function formatNumber(n: number): string {
  const locale = userLocale()
  const key = `${locale}|number`
  let f = formatters.get(key) as Intl.NumberFormat | undefined
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale)))
  return f.format(n)
}

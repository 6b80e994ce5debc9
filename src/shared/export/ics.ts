import { addDays, isIsoDate, type IsoDate } from '../dates'

// An RFC 5545 calendar of follow-up due dates: one all-day event per step, each with a display
// alarm at 9:00 on the day. Calendar apps are picky about the text layer, so every TEXT value
// is escaped, every line is folded at 75 octets without ever splitting a UTF-8 character or an
// escape sequence, and lines end in CRLF.

export interface IcsEvent {
  /** Unique and stable across exports, so a re-import updates the event instead of doubling it. */
  uid: string
  summary: string
  date: IsoDate
  description?: string
}

export interface IcsOptions {
  /** The DTSTAMP instant; defaults to the current time (pass it for reproducible output). */
  now?: Date
  /** Shown as the calendar's name by apps that read X-WR-CALNAME. */
  calendarName?: string
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** UTF-8 length without TextEncoder, which the shared code's ES-only lib does not declare. */
function utf8Length(text: string): number {
  let octets = 0
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    octets += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return octets
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeIcsText(value: string): string {
  return (
    value
      // Control characters other than tab and line breaks are not allowed in TEXT at all.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  )
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a single space.
 * Cuts fall between whole characters (code points) and never inside an escape like "\n",
 * which some parsers do not reassemble.
 */
export function foldIcsLine(line: string): string {
  const units: string[] = []
  const chars = Array.from(line)
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\\' && i + 1 < chars.length) {
      units.push(chars[i] + chars[i + 1])
      i++
    } else {
      units.push(chars[i])
    }
  }
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const unit of units) {
    const size = utf8Length(unit)
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += unit
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '')
}

function icsTimestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
}

function validate(events: readonly IcsEvent[], now: Date): void {
  if (!Array.isArray(events) || events.length === 0) {
    // RFC 5545 requires at least one component in a calendar.
    throw new RangeError('A calendar needs at least one event')
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('options.now must be a valid Date')
  const uids = new Set<string>()
  events.forEach((e, i) => {
    if (!isIsoDate(e?.date)) throw new RangeError(`events[${i}].date must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(e?.date)}`)
    if (typeof e.uid !== 'string' || e.uid.trim() === '') throw new RangeError(`events[${i}].uid must be a non-empty string`)
    // Two events with one UID would read as instances of a single recurring event.
    if (uids.has(e.uid)) throw new RangeError(`events[${i}].uid repeats an earlier event: ${e.uid}`)
    uids.add(e.uid)
    if (typeof e.summary !== 'string') throw new RangeError(`events[${i}].summary must be a string`)
    if (e.description !== undefined && typeof e.description !== 'string') {
      throw new RangeError(`events[${i}].description must be a string`)
    }
  })
}

/**
 * The whole calendar as one string, ready to save as a .ics file. Throws a RangeError for an
 * empty list, a bad date, a missing or repeated UID.
 */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions = {}): string {
  const now = options.now ?? new Date()
  validate(events, now)
  const stamp = icsTimestamp(now)
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Afterview//Follow-up plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH'
  ]
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeIcsText(options.calendarName)}`)
  for (const e of events) {
    const summary = escapeIcsText(e.summary)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      // All-day events end (exclusively) on the next day.
      `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`,
      `SUMMARY:${summary}`
    )
    if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`)
    lines.push(
      // A reminder is not a meeting: it should not mark the day as busy.
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${summary}`,
      // Relative to the start of the all-day event (local midnight): 9:00 on the day.
      'TRIGGER;VALUE=DURATION:PT9H',
      'END:VALARM',
      'END:VEVENT'
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldIcsLine).join(CRLF) + CRLF
}

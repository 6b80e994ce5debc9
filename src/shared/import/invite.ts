import ICAL from 'ical.js'
import type { RoundFormat } from '../model'
import {
  cleanEmail,
  cleanLine,
  MAX_IMPORT_CHARS,
  outOfRangeMessage,
  personName,
  tooLargeMessage,
  unknownZoneMessage
} from './text'
import { instantOf, isKnownZone, resolveZoneName, wallClock, wallDate, wallTimeIn, type WallTime } from './time-zones'

// A calendar invite (.ics from Google Calendar, Outlook/Exchange, Apple Calendar, Zoom, or the
// text/calendar part of an invite email) read into what a round needs. See docs/design.md,
// "Bringing things in".

export interface InvitePerson {
  name: string
  email: string
}

export interface Invite {
  title: string
  date: string
  time: string
  format: RoundFormat | null
  location: string
  cancelled: boolean
  people: InvitePerson[]
  /** The event's UID: a later update or cancellation of the same event carries the same one. */
  uid: string
}

export type InviteResult = { ok: true; invite: Invite } | { ok: false; error: string }

export interface InviteOptions {
  /** The user's IANA time zone: date and time are given in it. */
  timeZone: string
  /** The user's own address, left out of the people. */
  selfEmail?: string
}

const NON_PEOPLE = new Set(['ROOM', 'RESOURCE', 'GROUP'])
const VIDEO_HOSTS = [
  'zoom\\.us',
  'zoomgov\\.com',
  'meet\\.google\\.com',
  'teams\\.microsoft\\.com',
  'teams\\.live\\.com',
  'webex\\.com'
].join('|')
const VIDEO_LINK = new RegExp(String.raw`https://(?:[a-z0-9-]+\.)*(?:${VIDEO_HOSTS})/[^\s<>"'\\]*`, 'i')
// A street address: a number next to a street word, in the languages invites commonly use.
const STREET_WORDS = [
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct',
  'square|sq|plaza|parkway|pkwy|highway|hwy|terrace|row'
].join('|')
const STREET_FIRST = 'rue|avenue|boulevard|place|calle|avenida|via|viale|piazza|rua|plaza|carrer'
const STREET_SUFFIX = String.raw`stra(?:ss|ß)e|str\.|weg|platz|gasse|laan|straat|gatan|vej`
const STREET = new RegExp(
  [
    String.raw`\d+[a-z]?,?\s+(?:[\p{L}'.-]+\s+){0,4}?(?:${STREET_WORDS})\b\.?`,
    String.raw`\b(?:${STREET_FIRST})\s+[\p{L}'-]+[^\n]*?\d`,
    String.raw`\b[\p{L}-]*(?:${STREET_SUFFIX})\s*\d+`
  ].join('|'),
  'iu'
)
const PHONE = /(?:\+|\b)\d[\d ().-]{8,}\d/

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name)
  return typeof value === 'string' ? value : ''
}

function findVideoLink(...sources: string[]): string | null {
  for (const s of sources) {
    const m = s.match(VIDEO_LINK)
    if (m) return m[0].replace(/[.,;)\]>]+$/, '')
  }
  return null
}

function hasPhone(s: string): boolean {
  const m = s.match(PHONE)
  return !!m && m[0].replace(/\D/g, '').length >= 10
}

function readFormat(event: ICAL.Component): { format: RoundFormat | null; location: string } {
  const location = cleanLine(text(event, 'location').replace(/\s*\n\s*/g, ', '), 2048)
  const description = text(event, 'description')
  const structured = event.getFirstProperty('x-apple-structured-location')
  const appleAddress = structured ? String(structured.getParameter('x-address') ?? '') : ''
  const link = findVideoLink(
    location,
    text(event, 'x-google-conference'),
    text(event, 'x-microsoft-skypeteamsmeetingurl'),
    text(event, 'x-microsoft-onlinemeetingconfurl'),
    text(event, 'url'),
    description
  )
  if (link) return { format: 'video', location: cleanLine(link, 2048) }
  if (STREET.test(location) || STREET.test(appleAddress)) {
    return { format: 'onsite', location: location || cleanLine(appleAddress, 2048) }
  }
  if (hasPhone(location) || (!location && hasPhone(description))) return { format: 'phone', location }
  return { format: null, location }
}

function readPeople(event: ICAL.Component, selfEmail: string): InvitePerson[] {
  const seen = new Set<string>()
  if (selfEmail) seen.add(selfEmail.toLowerCase())
  const people: InvitePerson[] = []
  for (const prop of [...event.getAllProperties('organizer'), ...event.getAllProperties('attendee')]) {
    const cutype = String(prop.getParameter('cutype') ?? '').toUpperCase()
    if (NON_PEOPLE.has(cutype)) continue
    const value = String(prop.getFirstValue() ?? '')
    const email = cleanEmail(value.replace(/^mailto:/i, '')) || cleanEmail(String(prop.getParameter('email') ?? ''))
    if (!email || seen.has(email.toLowerCase())) continue
    seen.add(email.toLowerCase())
    const cn = prop.getParameter('cn')
    people.push({ name: personName(typeof cn === 'string' ? cn : '', email), email })
  }
  return people
}

/** Date and time of DTSTART in the user's zone: UTC, a TZID (its VTIMEZONE, or the name), floating. */
function readStart(
  calendar: ICAL.Component,
  event: ICAL.Component,
  timeZone: string
): { date: string; time: string } | null {
  const prop = event.getFirstProperty('dtstart')
  const start = prop?.getFirstValue()
  if (!prop || !(start instanceof ICAL.Time)) return null
  const { year, month, day, hour, minute } = start
  const wall: WallTime = { year, month, day, hour, minute }
  if (start.isDate) return { date: wallDate(wall), time: '' }
  const tzid = prop.getParameter('tzid')
  let instant: number | null = null
  if (start.zone?.tzid === 'UTC' && !tzid) {
    instant = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  } else if (typeof tzid === 'string' && tzid) {
    const definition = calendar.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === tzid)
    if (definition) {
      const zone = new ICAL.Timezone(definition)
      const floating = ICAL.Time.fromData({ ...wall, second: 0 })
      instant = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - zone.utcOffset(floating) * 1000
    } else {
      const iana = resolveZoneName(tzid)
      if (iana) instant = instantOf(wall, iana)
    }
  }
  // Floating times (and zones nobody can name) mean the same wall-clock time wherever the user is.
  const local = instant === null ? wall : wallTimeIn(instant, timeZone)
  return { date: wallDate(local), time: wallClock(local) }
}

function pickEvent(calendar: ICAL.Component): ICAL.Component | null {
  const events = calendar.getAllSubcomponents('vevent')
  return events.find((e) => !e.hasProperty('recurrence-id')) ?? events[0] ?? null
}

export function parseInvite(ics: string, options: InviteOptions): InviteResult {
  if (typeof ics !== 'string' || ics.trim() === '') return { ok: false, error: 'The calendar file is empty.' }
  if (ics.length > MAX_IMPORT_CHARS) return { ok: false, error: tooLargeMessage('calendar file') }
  if (!isKnownZone(options.timeZone)) return { ok: false, error: unknownZoneMessage(options.timeZone) }
  if (!/BEGIN:VCALENDAR/i.test(ics)) return { ok: false, error: 'This is not a calendar file (.ics).' }
  let calendar: ICAL.Component
  try {
    const parsed = ICAL.parse(ics.slice(ics.search(/BEGIN:VCALENDAR/i)))
    calendar = new ICAL.Component(Array.isArray(parsed[0]) ? parsed[0] : parsed)
  } catch {
    return { ok: false, error: 'The calendar file could not be read: it is damaged or not in the iCalendar format.' }
  }
  try {
    const event = pickEvent(calendar)
    if (!event) return { ok: false, error: 'The calendar file holds no event.' }
    const start = readStart(calendar, event, options.timeZone)
    if (!start) return { ok: false, error: 'The event has no start date.' }
    const year = Number(start.date.slice(0, 4))
    if (year < 2000 || year > 2100) return { ok: false, error: outOfRangeMessage('event', start.date) }
    const method = text(calendar, 'method').toUpperCase()
    const status = text(event, 'status').toUpperCase()
    return {
      ok: true,
      invite: {
        title: cleanLine(text(event, 'summary'), 120),
        ...start,
        ...readFormat(event),
        cancelled: method === 'CANCEL' || status === 'CANCELLED',
        people: readPeople(event, cleanEmail(options.selfEmail ?? '')),
        uid: cleanLine(text(event, 'uid'), 1000)
      }
    }
  } catch {
    return { ok: false, error: 'The calendar file could not be read: its event is damaged.' }
  }
}

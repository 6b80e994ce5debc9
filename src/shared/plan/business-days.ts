import Holidays from 'date-holidays'
import { addDays, isIsoDate, weekday, type IsoDate } from '../dates'

// Business days: Monday–Friday that are not a public holiday (substitute/observed days
// included) of a country, optionally narrowed to a subdivision, from `date-holidays`.
// A board of thousands of processes plans at once, so one calendar per country/region is kept
// and each year's holidays are computed once, as a Set of 'YYYY-MM-DD' strings.

export interface HolidayPlace {
  country?: string
  region?: string
}

interface Calendar {
  readonly holidays: Holidays
  readonly years: Map<number, ReadonlySet<IsoDate>>
  /** Rolled result per date: planning a board asks about the same few hundred dates over and over. */
  readonly rolled: Map<IsoDate, IsoDate>
}

// With the 'UTC' zone every holiday's start and end read as the country's wall-clock times
// (midnight is 00:00 UTC), whatever the machine's own time zone; without it date-holidays
// uses the country's zone and the calendar day would depend on where the app runs.
const HOLIDAY_OPTIONS = { types: ['public' as const], timezone: 'UTC' }

const calendars = new Map<string, Calendar>()
/** The same calendars keyed by the place exactly as given, to skip normalising on every call. */
const calendarsByRawPlace = new Map<string, Calendar>()
let countryCodes: ReadonlySet<string> | null = null

function supportedCountries(): ReadonlySet<string> {
  countryCodes ??= new Set(Object.keys(new Holidays().getCountries()))
  return countryCodes
}

/**
 * 'BY', 'by' and 'DE-BY' all name Bavaria for country DE; 'LA-NO' is a state plus a region
 * (date-holidays' third level). Empty means the whole country.
 */
function parseRegion(country: string, region: string | undefined): { state?: string; subRegion?: string } {
  const trimmed = (region ?? '').trim().toUpperCase()
  if (trimmed === '') return {}
  const parts = trimmed.split('-')
  if (parts.length > 1 && parts[0] === country) parts.shift()
  const [state, subRegion] = parts
  return { state, subRegion }
}

function calendarFor(place: HolidayPlace): Calendar {
  const rawKey = `${place.country}|${place.region}`
  const known = calendarsByRawPlace.get(rawKey)
  if (known) return known
  const calendar = loadCalendar(place)
  calendarsByRawPlace.set(rawKey, calendar)
  return calendar
}

function loadCalendar(place: HolidayPlace): Calendar {
  const country = (place.country ?? 'US').trim().toUpperCase()
  const key = `${country}|${(place.region ?? '').trim().toUpperCase()}`
  const cached = calendars.get(key)
  if (cached) return cached

  if (!supportedCountries().has(country)) {
    throw new RangeError(`No public holiday data for country "${place.country}" (use a code like US, GB, DE)`)
  }
  const { state, subRegion } = parseRegion(country, place.region)
  const probe = new Holidays()
  // date-holidays silently falls back to the whole country for an unknown state; a typo in
  // the region must not quietly drop its holidays, so it is checked here.
  if (state && !(state in (probe.getStates(country) ?? {}))) {
    throw new RangeError(`No public holiday data for region "${place.region}" of ${country}`)
  }
  if (state && subRegion && !(subRegion in (probe.getRegions(country, state) ?? {}))) {
    throw new RangeError(`No public holiday data for region "${place.region}" of ${country}`)
  }
  const holidays = state
    ? subRegion
      ? new Holidays(country, state, subRegion, HOLIDAY_OPTIONS)
      : new Holidays(country, state, HOLIDAY_OPTIONS)
    : new Holidays(country, HOLIDAY_OPTIONS)
  const calendar: Calendar = { holidays, years: new Map(), rolled: new Map() }
  calendars.set(key, calendar)
  return calendar
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * Holidays come as wall-clock intervals: most are midnight to midnight, but some start at
 * sunset the evening before (Islamic calendar) or at noon (half days). A day counts as a
 * holiday when the interval covers its middle and began before it, so half days stay
 * working days and sunset-to-sunset holidays mark the right calendar days.
 */
function coveredDays(start: Date, end: Date): IsoDate[] {
  const days: IsoDate[] = []
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate(), 12))
  while (cursor < end) {
    if (start < cursor) days.push(`${cursor.getUTCFullYear()}-${pad(cursor.getUTCMonth() + 1)}-${pad(cursor.getUTCDate())}`)
    cursor.setUTCDate(cursor.getUTCDate() + 1)
  }
  return days
}

function holidaysOfYear(calendar: Calendar, year: number): ReadonlySet<IsoDate> {
  const cached = calendar.years.get(year)
  if (cached) return cached
  const days = new Set<IsoDate>()
  // A substitute day can fall in the neighbouring year (US: New Year's Day on a Saturday is
  // observed on Friday Dec 31), so the years either side are read too.
  for (const y of [year - 1, year, year + 1]) {
    for (const h of calendar.holidays.getHolidays(y)) {
      if (h.type !== 'public') continue
      for (const day of coveredDays(h.start, h.end)) {
        if (day.startsWith(`${year}-`)) days.add(day)
      }
    }
  }
  calendar.years.set(year, days)
  return days
}

function assertDate(date: IsoDate, what: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${what} is not a calendar date (YYYY-MM-DD): ${String(date)}`)
}

/** Throws a RangeError when date-holidays has no data for the country or region. */
export function assertHolidayPlace(place: HolidayPlace): void {
  calendarFor(place)
}

export function isHolidayPlaceSupported(place: HolidayPlace): boolean {
  try {
    calendarFor(place)
    return true
  } catch {
    return false
  }
}

function isHolidayIn(calendar: Calendar, date: IsoDate): boolean {
  return holidaysOfYear(calendar, Number(date.slice(0, 4))).has(date)
}

function isBusinessDayIn(calendar: Calendar, date: IsoDate): boolean {
  const day = weekday(date)
  return day !== 0 && day !== 6 && !isHolidayIn(calendar, date)
}

export function isPublicHoliday(date: IsoDate, place: HolidayPlace = {}): boolean {
  assertDate(date, 'Date')
  return isHolidayIn(calendarFor(place), date)
}

export function isBusinessDay(date: IsoDate, place: HolidayPlace = {}): boolean {
  assertDate(date, 'Date')
  return isBusinessDayIn(calendarFor(place), date)
}

/** The date itself when it is a business day, otherwise the next business day after it. */
export function rollForward(date: IsoDate, place: HolidayPlace = {}): IsoDate {
  const calendar = calendarFor(place)
  const known = calendar.rolled.get(date)
  if (known) return known
  assertDate(date, 'Date')
  let day = date
  // No country has anywhere near a month of consecutive non-business days; the bound only
  // guards against a broken calendar looping forever.
  for (let i = 0; i < 60; i++) {
    if (isBusinessDayIn(calendar, day)) {
      calendar.rolled.set(date, day)
      return day
    }
    day = addDays(day, 1)
  }
  throw new RangeError(`No business day within 60 days of ${date}`)
}

/** The first business day strictly after the date. */
export function nextBusinessDayAfter(date: IsoDate, place: HolidayPlace = {}): IsoDate {
  assertDate(date, 'Date')
  return rollForward(addDays(date, 1), place)
}

/** The calendar date plus a number of days, then rolled to a business day. */
export function addDaysRolled(date: IsoDate, days: number, place: HolidayPlace = {}): IsoDate {
  return rollForward(addDays(date, days), place)
}

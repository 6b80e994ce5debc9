// Wall-clock times between time zones with Intl only (no Node built-ins, no zone database of our
// own). Calendar files name zones in three ways: IANA names, Windows names (Outlook/Exchange)
// and vendor-prefixed IANA names ("/mozilla.org/20050126_1/Europe/Paris").

/** The common Windows zone names, from CLDR's windowsZones mapping (territory 001). */
const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'UTC': 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Morocco Standard Time': 'Africa/Casablanca',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'W. Australia Standard Time': 'Australia/Perth',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland'
}

// Some Outlook exports name the zone by its display name: "(UTC-08:00) Pacific Time (US & Canada)".
const WINDOWS_DISPLAY_NAMES: Record<string, string> = {
  'Hawaii': 'Pacific/Honolulu',
  'Alaska': 'America/Anchorage',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
  'Arizona': 'America/Phoenix',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Central Time (US & Canada)': 'America/Chicago',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Atlantic Time (Canada)': 'America/Halifax',
  'Brasilia': 'America/Sao_Paulo',
  'Coordinated Universal Time': 'Etc/UTC',
  'Dublin, Edinburgh, Lisbon, London': 'Europe/London',
  'Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna': 'Europe/Berlin',
  'Brussels, Copenhagen, Madrid, Paris': 'Europe/Paris',
  'Belgrade, Bratislava, Budapest, Ljubljana, Prague': 'Europe/Budapest',
  'Sarajevo, Skopje, Warsaw, Zagreb': 'Europe/Warsaw',
  'Athens, Bucharest': 'Europe/Bucharest',
  'Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius': 'Europe/Kiev',
  'Jerusalem': 'Asia/Jerusalem',
  'Moscow, St. Petersburg': 'Europe/Moscow',
  'Abu Dhabi, Muscat': 'Asia/Dubai',
  'Chennai, Kolkata, Mumbai, New Delhi': 'Asia/Kolkata',
  'Beijing, Chongqing, Hong Kong, Urumqi': 'Asia/Shanghai',
  'Kuala Lumpur, Singapore': 'Asia/Singapore',
  'Osaka, Sapporo, Tokyo': 'Asia/Tokyo',
  'Seoul': 'Asia/Seoul',
  'Canberra, Melbourne, Sydney': 'Australia/Sydney',
  'Auckland, Wellington': 'Pacific/Auckland'
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
    formatters.set(zone, f)
  }
  return f
}

export function isKnownZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone === '' || zone.length > 100) return false
  try {
    formatter(zone)
    return true
  } catch {
    return false
  }
}

/** An IANA name for a calendar's zone name, or null when Intl knows none. */
export function resolveZoneName(name: string): string | null {
  const trimmed = name.trim().replace(/^"|"$/g, '')
  const windows = WINDOWS_ZONES[trimmed]
  if (windows) return windows
  const display = WINDOWS_DISPLAY_NAMES[trimmed.replace(/^\(UTC[+-]?[\d:]*\)\s*/, '')]
  if (display) return display
  if (isKnownZone(trimmed)) return trimmed
  // "/mozilla.org/20050126_1/Europe/Paris", "/softwarestudio.org/Olson_20011030_5/America/New_York"
  const tail = trimmed.match(/([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/)
  if (tail && isKnownZone(tail[1])) return tail[1]
  return null
}

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

/** The wall-clock time at `epochMs` in `zone`. */
export function wallTimeIn(epochMs: number, zone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const p of formatter(zone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute }
}

function offsetMs(epochMs: number, zone: string): number {
  const w = wallTimeIn(epochMs, zone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute)
  return asUtc - Math.floor(epochMs / 60_000) * 60_000
}

/** The instant a wall-clock time in `zone` names (in a gap, the time after it; in an overlap, the first). */
export function instantOf(wall: WallTime, zone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  const first = guess - offsetMs(guess, zone)
  const second = guess - offsetMs(first, zone)
  return Math.min(first, second)
}

const pad = (n: number) => String(n).padStart(2, '0')
export const wallDate = (w: WallTime) => `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`
export const wallClock = (w: WallTime) => `${pad(w.hour)}:${pad(w.minute)}`

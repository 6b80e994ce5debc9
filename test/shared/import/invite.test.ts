import { describe, expect, it } from 'vitest'
import { parseInvite, type Invite } from '../../../src/shared/import/invite'
import { fixtureText, SELF } from './fixtures'

function invite(ics: string, timeZone: string, selfEmail: string | null = SELF): Invite {
  const r = parseInvite(ics, selfEmail === null ? { timeZone } : { timeZone, selfEmail })
  if (!r.ok) throw new Error(r.error)
  return r.invite
}

const minimal = (lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:min-1', 'DTSTAMP:20261101T000000Z', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n')

describe('parseInvite: each client as it writes files', () => {
  it('Google Calendar: its VTIMEZONE, a Meet link, people without the user and the room', () => {
    const i = invite(fixtureText('google-calendar.ics'), 'America/New_York')
    expect(i).toMatchObject({
      title: 'Tesselink · Platform Engineer – Technical interview',
      date: '2026-11-17',
      time: '14:00',
      format: 'video',
      location: 'https://meet.google.com/qxa-wmdt-rvk',
      cancelled: false,
      uid: '7kq2v9d0m4c1s8e3j5n6b2a1f0@google.com'
    })
    expect(i.people).toEqual([
      { name: 'Priya Subramanyam', email: 'priya.subramanyam@tesselink.example' },
      { name: 'Radek Wielgosz', email: 'radek.w@tesselink.example' }
    ])
  })

  it('Google Calendar: converted to a zone across the date line', () => {
    expect(invite(fixtureText('google-calendar.ics'), 'Asia/Tokyo')).toMatchObject({ date: '2026-11-18', time: '04:00' })
  })

  it('Outlook/Exchange: a Windows zone name, a Teams link, "Last, First" names, no room or group', () => {
    const i = invite(fixtureText('outlook-exchange.ics'), 'America/Chicago')
    expect(i).toMatchObject({ date: '2026-12-03', time: '11:30', format: 'video', title: 'Northwind Labs - Data Analyst - Hiring manager' })
    expect(i.location).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//)
    expect(i.people).toEqual([
      { name: 'Margaux Beaumont', email: 'Margaux.Beaumont@northwind-labs.example' },
      { name: 'Chinedu Adebanjo', email: 'Chinedu.Adebanjo@northwind-labs.example' }
    ])
  })

  it('Outlook: a Windows zone name without its VTIMEZONE is read through the zone table', () => {
    const ics = fixtureText('outlook-exchange.ics').replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r\n/, '')
    expect(ics).not.toContain('VTIMEZONE')
    expect(invite(ics, 'Europe/London')).toMatchObject({ date: '2026-12-03', time: '17:30' })
    const summer = ics.replace('20261203T093000', '20260701T093000')
    expect(invite(summer, 'Europe/London')).toMatchObject({ date: '2026-07-01', time: '17:30' })
    expect(invite(summer, 'America/Los_Angeles')).toMatchObject({ time: '09:30' })
  })

  it('Apple Calendar: the street address makes it on-site and is kept as the location', () => {
    const i = invite(fixtureText('apple-calendar.ics'), 'Europe/Paris')
    expect(i).toMatchObject({
      title: 'Atelier Lumen – studio visit',
      date: '2026-12-08',
      time: '10:30',
      format: 'onsite',
      location: 'Atelier Lumen, 18 Rue de la Roquette, 75011 Paris, France'
    })
    expect(i.people.map((p) => p.name)).toEqual(['Hélène Marchetti', 'Bastien Leroux'])
    expect(invite(fixtureText('apple-calendar.ics'), 'America/Los_Angeles')).toMatchObject({ date: '2026-12-08', time: '01:30' })
  })

  it('Zoom: a UTC start shown in the user zone, the Zoom link as the location', () => {
    const i = invite(fixtureText('zoom-utc.ics'), 'America/Chicago')
    expect(i).toMatchObject({ title: 'Inkwell Recruiter screen', date: '2026-11-24', time: '10:30', format: 'video', people: [] })
    expect(i.location).toBe('https://us06web.zoom.us/j/84213377609?pwd=VtR2aXlqb0FpN3hzQ1F5dW5xT2x3UT09')
    expect(invite(fixtureText('zoom-utc.ics'), 'Pacific/Auckland')).toMatchObject({ date: '2026-11-25', time: '05:30' })
  })

  it('a cancellation (METHOD:CANCEL, STATUS:CANCELLED) keeps the UID of the event it cancels', () => {
    const i = invite(fixtureText('google-cancel.ics'), 'America/New_York')
    expect(i.cancelled).toBe(true)
    expect(i.uid).toBe(invite(fixtureText('google-calendar.ics'), 'America/New_York').uid)
    const statusOnly = fixtureText('google-calendar.ics').replace('STATUS:CONFIRMED', 'STATUS:CANCELLED')
    expect(invite(statusOnly, 'America/New_York').cancelled).toBe(true)
    const methodOnly = fixtureText('google-calendar.ics').replace('METHOD:REQUEST', 'METHOD:CANCEL')
    expect(invite(methodOnly, 'America/New_York').cancelled).toBe(true)
  })

  it('without selfEmail the user stays among the people; with it in another case they are left out', () => {
    const all = invite(fixtureText('google-calendar.ics'), 'America/New_York', null)
    expect(all.people.map((p) => p.email)).toContain(SELF)
    expect(invite(fixtureText('google-calendar.ics'), 'America/New_York', SELF.toUpperCase()).people.map((p) => p.email)).not.toContain(SELF)
  })
})

describe('parseInvite: times and formats', () => {
  it('floating times keep their wall-clock time; all-day events have no time', () => {
    expect(invite(minimal(['DTSTART:20261105T093000', 'SUMMARY:Call']), 'Asia/Kolkata')).toMatchObject({ date: '2026-11-05', time: '09:30' })
    expect(invite(minimal(['DTSTART;VALUE=DATE:20261105', 'SUMMARY:Assessment day']), 'Asia/Kolkata')).toMatchObject({ date: '2026-11-05', time: '' })
  })

  it('an IANA TZID without VTIMEZONE and a vendor-prefixed one', () => {
    expect(invite(minimal(['DTSTART;TZID=Europe/Berlin:20261105T093000']), 'UTC')).toMatchObject({ time: '08:30' })
    expect(invite(minimal(['DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20260605T093000']), 'UTC')).toMatchObject({ time: '07:30' })
  })

  it('a street address → on-site, a phone number only → phone, a plain place → no format', () => {
    expect(invite(minimal(['DTSTART:20261105T093000Z', 'LOCATION:1455 Market St\\, Suite 600\\, San Francisco\\, CA 94103']), 'UTC').format).toBe('onsite')
    expect(invite(minimal(['DTSTART:20261105T093000Z', 'LOCATION:Friedrichstraße 68\\, 10117 Berlin']), 'UTC').format).toBe('onsite')
    const phone = invite(minimal(['DTSTART:20261105T093000Z', 'LOCATION:+1 (415) 555-0134']), 'UTC')
    expect(phone).toMatchObject({ format: 'phone', location: '+1 (415) 555-0134' })
    expect(invite(minimal(['DTSTART:20261105T093000Z', 'DESCRIPTION:I will call you on 020 7946 0958']), 'UTC').format).toBe('phone')
    expect(invite(minimal(['DTSTART:20261105T093000Z', 'LOCATION:Main office']), 'UTC').format).toBeNull()
    const webex = invite(minimal(['DTSTART:20261105T093000Z', 'DESCRIPTION:Join: https://acme.webex.com/acme/j.php?MTID=m1f2e3d.']), 'UTC')
    expect(webex).toMatchObject({ format: 'video', location: 'https://acme.webex.com/acme/j.php?MTID=m1f2e3d' })
  })

  it('a name that is only an address becomes words; EMAIL= stands in for a non-mailto value', () => {
    const i = invite(
      minimal([
        'DTSTART:20261105T093000Z',
        'ORGANIZER;CN=sam.okoro-lee@corp.example:mailto:sam.okoro-lee@corp.example',
        'ATTENDEE;CN=Kim Ng;EMAIL=kim@corp.example:urn:uuid:9f1c',
        'ATTENDEE;CN="Sharma, Dev":MAILTO:dev.sharma@corp.example'
      ]),
      'UTC'
    )
    expect(i.people).toEqual([
      { name: 'Sam Okoro Lee', email: 'sam.okoro-lee@corp.example' },
      { name: 'Kim Ng', email: 'kim@corp.example' },
      { name: 'Dev Sharma', email: 'dev.sharma@corp.example' }
    ])
  })
})

describe('parseInvite: what it refuses', () => {
  it.each([
    ['', /empty/],
    ['hello, this is not a calendar', /not a calendar file/],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026', /could not be read/],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR', /no event/],
    [minimal(['SUMMARY:no start']), /no start/],
    [minimal(['DTSTART:18991231T100000Z']), /2000–2100/]
  ])('%#: a clear message', (ics, message) => {
    const r = parseInvite(ics, { timeZone: 'UTC' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(message)
  })

  it('a file over 5 MB and an unknown zone of the user', () => {
    const huge = minimal(['DTSTART:20261105T093000Z', `DESCRIPTION:${'x'.repeat(5 * 1024 * 1024)}`])
    expect(parseInvite(huge, { timeZone: 'UTC' })).toEqual({ ok: false, error: expect.stringMatching(/over 5 MB/) })
    expect(parseInvite(minimal(['DTSTART:20261105T093000Z']), { timeZone: 'Mars/Olympus' }).ok).toBe(false)
  })
})

describe('parseInvite: Windows zone names without a VTIMEZONE', () => {
  const at = (tzid: string) =>
    parseInvite(['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:w', `DTSTART;TZID="${tzid}":20260115T090000`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'), { timeZone: 'UTC' })
  it.each([
    ['Eastern Standard Time', '14:00'],
    ['W. Europe Standard Time', '08:00'],
    ['India Standard Time', '03:30'],
    ['AUS Eastern Standard Time', '22:00'],
    ['(UTC-08:00) Pacific Time (US & Canada)', '17:00'],
    ['(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', '08:00']
  ])('%s', (tzid, time) => {
    const r = at(tzid)
    expect(r.ok && r.invite.time).toBe(time)
  })

  it('a zone nobody can name keeps its wall-clock time', () => {
    const r = at('Customized Time Zone')
    expect(r.ok && r.invite.time).toBe('09:00')
  })
})

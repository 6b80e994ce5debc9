import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildIcs, escapeIcsText, foldIcsLine, type IcsEvent } from '../../../src/shared/export/ics'

const NOW = new Date('2026-07-01T08:30:05.123Z')
const decoder = new TextDecoder('utf-8', { fatal: true })
const encoder = new TextEncoder()

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent')
  return { calendar, events }
}

function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true)
  return ics.slice(0, -2).split('\r\n')
}

const tricky: IcsEvent[] = [
  { uid: 'p1:r1:status-check@afterview', summary: 'Status check due — Acme, Data Analyst (Dana)', date: '2026-07-08' },
  {
    uid: 'p2:r1:thank-you@afterview',
    summary: 'Thank-you 🎉 — Société Générale; Zürich, Ærø (José)',
    date: '2026-12-31',
    description: 'Line one, with a comma;\nline two\\with a backslash\r\nline three\rline four 👩🏽‍💻'
  },
  {
    uid: 'p3:r2:final-follow-up@afterview',
    summary: `Final follow-up — ${'Très très longue entreprise, ünd sö weiter; '.repeat(6)}🚀`,
    date: '2028-02-28',
    description: '日本語のメモ、とても長い説明文です。'.repeat(12)
  }
]

describe('buildIcs', () => {
  it('writes a calendar that a real parser reads back exactly', () => {
    const { calendar, events } = parse(buildIcs(tricky, { now: NOW }))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Afterview//Follow-up plan//EN')
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
    expect(events).toHaveLength(3)
    events.forEach((vevent, i) => {
      const event = new ICAL.Event(vevent)
      expect(event.uid).toBe(tricky[i].uid)
      expect(event.summary).toBe(tricky[i].summary)
      // Every line break comes back as \n, whichever form went in.
      expect(event.description ?? undefined).toBe(tricky[i].description?.replace(/\r\n|\r/g, '\n'))
    })
  })

  it('makes all-day events that end on the next day, across month, year and leap days', () => {
    const { events } = parse(buildIcs(tricky, { now: NOW }))
    const spans = events.map((v) => {
      const e = new ICAL.Event(v)
      expect(e.startDate.isDate).toBe(true)
      expect(e.endDate.isDate).toBe(true)
      return [e.startDate.toString(), e.endDate.toString()]
    })
    expect(spans).toEqual([
      ['2026-07-08', '2026-07-09'],
      ['2026-12-31', '2027-01-01'],
      ['2028-02-28', '2028-02-29']
    ])
  })

  it('stamps each event with the given instant in UTC', () => {
    const { events } = parse(buildIcs(tricky, { now: NOW }))
    for (const v of events) expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-07-01T08:30:05Z')
    expect(buildIcs(tricky, { now: NOW })).toContain('DTSTAMP:20260701T083005Z\r\n')
  })

  it('gives each event a display alarm at 9:00 on the day', () => {
    const { events } = parse(buildIcs(tricky, { now: NOW }))
    for (const [i, v] of events.entries()) {
      const alarm = v.getFirstSubcomponent('valarm')
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
      expect(alarm?.getFirstPropertyValue('description')).toBe(tricky[i].summary)
      const trigger = alarm?.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>
      expect(trigger.toSeconds()).toBe(9 * 3600)
    }
  })

  it('is reproducible for the same input and instant', () => {
    expect(buildIcs(tricky, { now: NOW })).toBe(buildIcs(tricky, { now: NOW }))
  })

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const ics = buildIcs(tricky, { now: NOW })
    const lines = physicalLines(ics)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.at(-1)).toBe('END:VCALENDAR')
    expect(lines.some((l) => l.startsWith(' '))).toBe(true) // the long ones were folded
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/)
      const bytes = encoder.encode(line)
      expect(bytes.length).toBeLessThanOrEqual(75)
      expect(() => decoder.decode(bytes)).not.toThrow()
      // An escape such as "\," is never cut in half: no line ends in an unpaired backslash.
      expect(/(^|[^\\])(\\\\)*\\$/.test(line)).toBe(false)
    }
  })

  it('escapes text so that user input cannot add properties or lines', () => {
    const ics = buildIcs([{ uid: 'x', summary: 'Hi\r\nATTENDEE:mailto:evil@example.com', date: '2026-07-08' }], { now: NOW })
    expect(ics).toContain('SUMMARY:Hi\\nATTENDEE:mailto:evil@example.com\r\n')
    const { events } = parse(ics)
    expect(events[0].getAllProperties('attendee')).toHaveLength(0)
  })

  it('names the calendar when asked', () => {
    const ics = buildIcs(tricky, { now: NOW, calendarName: 'Afterview follow-ups' })
    expect(parse(ics).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Afterview follow-ups')
    // ical.js leaves unknown X- properties raw; the name is still escaped like any TEXT.
    expect(buildIcs(tricky, { now: NOW, calendarName: 'Jobs, 2026' })).toContain('X-WR-CALNAME:Jobs\\, 2026\r\n')
  })

  it('round-trips many mixed strings of every length through the parser', () => {
    // A fixed pseudo-random walk so a failure always reproduces.
    const pieces = ['a', 'é', '€', '😀', '👩🏽‍💻', ',', ';', '\\', '\n', ' ', ':', '"', '日']
    let seed = 42
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
    const events: IcsEvent[] = []
    for (let n = 0; n < 200; n++) {
      let summary = ''
      for (let k = 0; k < n; k++) summary += pieces[Math.floor(random() * pieces.length)]
      events.push({ uid: `u${n}`, summary, date: '2026-07-08', description: summary })
    }
    const ics = buildIcs(events, { now: NOW })
    for (const line of physicalLines(ics)) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    parse(ics).events.forEach((v, n) => {
      expect(v.getFirstPropertyValue('summary') ?? '').toBe(events[n].summary)
    })
  })

  it.each([
    ['an empty list', [], /at least one event/],
    ['a bad date', [{ uid: 'a', summary: 's', date: '2026-02-30' }], /events\[0\]\.date/],
    ['a date with a time', [{ uid: 'a', summary: 's', date: '2026-07-08T09:00' }], /events\[0\]\.date/],
    ['a missing uid', [{ uid: ' ', summary: 's', date: '2026-07-08' }], /events\[0\]\.uid/],
    [
      'a repeated uid',
      [
        { uid: 'a', summary: 's', date: '2026-07-08' },
        { uid: 'a', summary: 't', date: '2026-07-09' }
      ],
      /events\[1\]\.uid repeats/
    ]
  ])('rejects %s with a RangeError', (_label, events, message) => {
    expect(() => buildIcs(events as IcsEvent[], { now: NOW })).toThrow(RangeError)
    expect(() => buildIcs(events as IcsEvent[], { now: NOW })).toThrow(message)
  })

  it('rejects an invalid instant', () => {
    expect(() => buildIcs(tricky, { now: new Date('nope') })).toThrow(RangeError)
  })
})

describe('escapeIcsText and foldIcsLine', () => {
  it('escapes backslash, semicolon, comma and every kind of line break, and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti')
  })

  it('leaves short lines alone and continues long ones after a space', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short')
    const folded = foldIcsLine(`SUMMARY:${'x'.repeat(200)}`)
    const parts = folded.split('\r\n')
    expect(parts.map((p) => p.length)).toEqual([75, 75, 60]) // 208 = 75 + 74 + 59, plus the spaces
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`SUMMARY:${'x'.repeat(200)}`)
  })

  it('counts octets, not characters', () => {
    // "é" is 2 octets: 8 + 33 × 2 = 74 fits, a 34th would make 76.
    const [first] = foldIcsLine(`SUMMARY:${'é'.repeat(40)}`).split('\r\n')
    expect(encoder.encode(first).length).toBe(74)
  })
})

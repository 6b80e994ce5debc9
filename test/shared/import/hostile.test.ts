import { describe, expect, it } from 'vitest'
import { messageSchema, personSchema, roundSchema } from '../../../src/shared/model'
import { readEmail } from '../../../src/shared/import/email'
import { parseInvite } from '../../../src/shared/import/invite'
import { readReply } from '../../../src/shared/import/reply'

// Hostile text in every field of an invite and an email: markup, bidi overrides, header
// injection through encoded words, 10,000-character values. What comes out must be bounded,
// single-line where the model field is one line, and fit the model's schemas.

const SCRIPT = '<script>window.__pwned=1</script>'
const IMG = '<img src=x onerror="window.__pwned=1">'
const BIDI = 'invoice\u202Efdp.exe\u202C done\u2066x\u2069'
const LONG = (SCRIPT + IMG + BIDI + ' ').repeat(200).slice(0, 10_000)
const CONTROL_OR_BIDI = /[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/
const NEWLINE = /[\r\n]/

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
const escapeIcs = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n')

const hostileIcs = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//hostile//EN',
  'BEGIN:VEVENT',
  `UID:${escapeIcs(LONG)}`,
  'DTSTAMP:20261101T000000Z',
  'DTSTART:20261105T170000Z',
  `SUMMARY:${escapeIcs(`${SCRIPT} ${BIDI}\nBcc: victim@evil.example ${LONG}`)}`,
  `LOCATION:${escapeIcs(`${IMG}\n${LONG}`)}`,
  `DESCRIPTION:${escapeIcs(`https://zoom.us/j/1"><script>x</script> ${LONG}`)}`,
  `ORGANIZER;CN="${LONG.replace(/"/g, "'")}":mailto:boss@corp.example`,
  `ATTENDEE;CN="${BIDI}":mailto:evil@corp.example%0d%0aBcc:victim@evil.example`,
  `ATTENDEE;CN="${SCRIPT.replace(/"/g, "'")}":mailto:${'a'.repeat(300)}@corp.example`,
  'ATTENDEE;CN=Fine Person:mailto:fine@corp.example',
  'END:VEVENT',
  'END:VCALENDAR'
].join('\r\n')

const hostileEml = [
  `From: =?UTF-8?B?${b64(`${BIDI} Sam\r\nBcc: victim@evil.example`)}?= <sam@corp.example>`,
  `To: =?UTF-8?B?${b64(LONG.slice(0, 900))}?= <me@mailbox.example>, "bad" <not an address>`,
  `Subject: =?UTF-8?B?${b64(`Re: ${SCRIPT}\r\nBcc: victim@evil.example`)}?=`,
  'Date: Wed, 18 Nov 2026 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  b64(`<p>${SCRIPT}${IMG}</p><p>${LONG}</p><p>We are pleased to offer you the role.</p>`).replace(/.{76}/g, '$&\r\n'),
  ''
].join('\r\n')

describe('hostile invite', () => {
  it('every field is bounded, one line where it must be, and fits the model', () => {
    const started = Date.now()
    const r = parseInvite(hostileIcs, { timeZone: 'UTC' })
    expect(Date.now() - started).toBeLessThan(2000)
    if (!r.ok) throw new Error(r.error)
    const i = r.invite
    for (const field of [i.title, i.location, i.uid, ...i.people.map((p) => p.name)]) {
      expect(field).not.toMatch(CONTROL_OR_BIDI)
      expect(field).not.toMatch(NEWLINE)
    }
    expect(i.title.length).toBeLessThanOrEqual(120)
    expect(i.title).toContain(SCRIPT)
    expect(i).toMatchObject({ date: '2026-11-05', time: '17:00', format: 'video' })
    expect(i.location).not.toMatch(/[<>"]/)
    expect(i.people.map((p) => p.email)).toEqual(['boss@corp.example', 'fine@corp.example'])
    const round = roundSchema.safeParse({ id: 'r1', label: i.title, date: i.date, time: i.time, format: i.format, location: i.location, points: [], reflection: null })
    expect(round.success).toBe(true)
    for (const p of i.people) {
      expect(personSchema.safeParse({ id: 'p1', name: p.name, title: '', email: p.email, linkedin: '', roundIds: [] }).success).toBe(true)
    }
  })
})

describe('hostile email', () => {
  it('no header injection through encoded words; bounded, schema-valid fields; markup stays text', async () => {
    const r = await readEmail(hostileEml, { timeZone: 'UTC' })
    if (!r.ok) throw new Error(r.error)
    const e = r.email
    for (const field of [e.from.name, e.subject, ...e.to.map((t) => t.name)]) {
      expect(field).not.toMatch(CONTROL_OR_BIDI)
      expect(field).not.toMatch(NEWLINE)
    }
    expect(e.from.address).toBe('sam@corp.example')
    expect(e.to.map((t) => t.address)).toEqual(['me@mailbox.example'])
    expect(e.text).not.toMatch(/<script|<img|<p>/)
    expect(e.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    const message = messageSchema.safeParse({
      id: 'm1', direction: 'received', situation: '', step: null, channel: 'email', date: e.date, subject: e.subject, body: e.text, personId: null
    })
    expect(message.success).toBe(true)
    expect(readReply(e.text, { receivedOn: e.date }).kind).toBe('offer')
  })

  it('markup in a plain-text body is kept as the literal text it is', async () => {
    const plain = `From: sam@corp.example\r\nDate: Wed, 18 Nov 2026 10:00:00 +0000\r\n\r\n${SCRIPT} hello`
    const r = await readEmail(plain, { timeZone: 'UTC' })
    expect(r.ok && r.email.text).toBe(`${SCRIPT} hello`)
  })

  it('a deep MIME nesting and binary noise are refused or read, never thrown', async () => {
    const deep = ['From: a@b.example', 'Date: Wed, 18 Nov 2026 10:00:00 +0000', 'Content-Type: multipart/mixed; boundary=b0', '']
    for (let n = 0; n < 80; n++) deep.push(`--b${n}`, `Content-Type: multipart/mixed; boundary=b${n + 1}`, '')
    const r = await readEmail(deep.join('\r\n'), { timeZone: 'UTC' })
    expect(typeof r.ok).toBe('boolean')
    const noise = new Uint8Array(4096).map((_, k) => (k * 7919) % 256)
    expect((await readEmail(noise, { timeZone: 'UTC' })).ok).toBe(false)
  })
})

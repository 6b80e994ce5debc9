import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readImport, readPastedReply, type ImportSource, type ReadImport } from '../../../src/renderer/src/screens/import/read-import'

const bytes = (name: string) => new Uint8Array(readFileSync(`test/fixtures/import/${name}`))
const file = (name: string, fixture = name): ImportSource => ({ kind: 'file', name, bytes: bytes(fixture) })
const opts = { timeZone: 'America/New_York', selfEmail: 'jordan.candidate@mailbox.example', today: '2026-11-20' }

function expectKind<K extends ReadImport['kind']>(r: ReadImport, kind: K): Extract<ReadImport, { kind: K }> {
  expect(r.kind).toBe(kind)
  return r as Extract<ReadImport, { kind: K }>
}

describe('readImport: what a dropped, pasted or picked thing is', () => {
  it('an .ics file is an invite, without the user among the people', async () => {
    const r = expectKind(await readImport(file('invite.ics', 'google-calendar.ics'), opts), 'invite')
    expect(r.invite).toMatchObject({ date: '2026-11-17', time: '14:00' })
    expect(r.invite.people.map((p) => p.email)).not.toContain(opts.selfEmail)
  })

  it('an invite email is its invite; a reply email is a reply with its reading', async () => {
    const invite = expectKind(await readImport(file('Updated.eml', 'outlook-invite.eml'), opts), 'invite')
    expect(invite.invite).toMatchObject({ date: '2026-12-04', time: '14:00', format: 'video' })
    const reply = expectKind(await readImport(file('offer.eml', 'reply-offer-pdf.eml'), opts), 'reply')
    expect(reply.reply).toMatchObject({ fromAddress: 'leonor@ashgrove-mobility.example', date: '2026-12-03', reading: { kind: 'offer', decisionBy: '2026-12-11' } })
  })

  it('calendar or email text pasted is read like the file; a file named oddly is sniffed', async () => {
    const pastedIcs = { kind: 'text' as const, text: readFileSync('test/fixtures/import/zoom-utc.ics', 'utf8') }
    expect(expectKind(await readImport(pastedIcs, opts), 'invite').invite.time).toBe('11:30')
    const eml = readFileSync('test/fixtures/import/reply-quoted-printable.eml', 'utf8')
    expect(expectKind(await readImport({ kind: 'text', text: eml }, opts), 'reply').reply.fromName).toBe('Priya Subramanyam')
    expect(expectKind(await readImport(file('message.txt', 'reply-rejection-html-base64.eml'), opts), 'reply').reply.reading.kind).toBe('rejection')
  })

  it('refuses huge, empty, binary and broken files with a message that says nothing changed', async () => {
    const cases: ImportSource[] = [
      { kind: 'file', name: 'huge.eml', bytes: new Uint8Array(5 * 1024 * 1024 + 1) },
      { kind: 'file', name: 'empty.ics', bytes: new Uint8Array() },
      { kind: 'file', name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      { kind: 'file', name: 'broken.ics', bytes: new TextEncoder().encode('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20') },
      { kind: 'file', name: 'notmail.eml', bytes: new TextEncoder().encode('hello there') },
      { kind: 'text', text: 'x'.repeat(5 * 1024 * 1024 + 1) }
    ]
    const messages = await Promise.all(cases.map(async (c) => expectKind(await readImport(c, opts), 'error').message))
    expect(messages[0]).toMatch(/^“huge\.eml” is over 5 MB/)
    expect(messages[1]).toMatch(/is empty/)
    expect(messages[2]).toMatch(/not an invite or an email/)
    expect(messages[5]).toMatch(/^The pasted text is over 5 MB/)
    for (const m of messages) expect(m).toMatch(/Nothing was changed\.$/)
  })
})

describe('readPastedReply: text copied from a mail app', () => {
  it('Outlook-style headers give the sender and the day; the quoted history is dropped', () => {
    const pasted = [
      'From: Okonjo, Amaka <amaka.okonjo@kestrelbay.example>',
      'Sent: Thursday, November 19, 2026 4:05 PM',
      'To: Jordan Ellis <jordan.candidate@mailbox.example>',
      'Subject: RE: Next steps',
      '',
      'Hi Jordan, we would love to schedule a final round. What times work for you next week?',
      '',
      '-----Original Message-----',
      'From: Jordan Ellis',
      'I wanted to check in.'
    ].join('\r\n')
    const r = expectKind(readPastedReply(pasted, '2026-11-25'), 'reply')
    expect(r.reply).toMatchObject({ fromName: 'Amaka Okonjo', fromAddress: 'amaka.okonjo@kestrelbay.example', date: '2026-11-19', subject: 'RE: Next steps' })
    expect(r.reply.text).toBe('Hi Jordan, we would love to schedule a final round. What times work for you next week?')
    expect(r.reply.reading.kind).toBe('scheduling')
  })

  it('just the words: today, nobody in particular; nothing left after the history is an error', () => {
    const r = expectKind(readPastedReply("We'll make a decision by Friday.\n\nOn Mon, Nov 16 Sam wrote:\n> hi", '2026-11-18'), 'reply')
    expect(r.reply).toMatchObject({ fromAddress: '', date: '2026-11-18', text: "We'll make a decision by Friday.", reading: { decisionBy: '2026-11-20' } })
    expect(readPastedReply('> only quoted\n> lines', '2026-11-18').kind).toBe('error')
  })
})

describe('a new process from the board: first guesses the user corrects', () => {
  it('company from the address, role from the title when it names one', async () => {
    const { companyFromEmail, roleFromTitle } = await import('../../../src/renderer/src/screens/import/ProcessPicker')
    expect(companyFromEmail('Margaux.Beaumont@northwind-labs.example')).toBe('Northwind Labs')
    expect(companyFromEmail('someone@gmail.com')).toBe('')
    expect(roleFromTitle('Tesselink · Platform Engineer – Technical interview', 'Tesselink')).toBe('Platform Engineer')
    expect(roleFromTitle('Northwind Labs - Data Analyst - Hiring manager', 'Northwind Labs')).toBe('Data Analyst')
    expect(roleFromTitle('Inkwell Recruiter screen', 'Inkwell')).toBe('')
    expect(roleFromTitle('Offer - Senior Product Designer', 'Ashgrove Mobility')).toBe('Senior Product Designer')
    expect(roleFromTitle('Re: Thank you - Platform Engineer interview', 'Tesselink')).toBe('')
  })
})

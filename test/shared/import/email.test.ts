import { describe, expect, it } from 'vitest'
import { readEmail, stripQuotedHistory, type ReadEmail } from '../../../src/shared/import/email'
import { parseInvite } from '../../../src/shared/import/invite'
import { fixtureBytes, fixtureText, SELF } from './fixtures'

async function email(source: string | Uint8Array, timeZone = 'America/Los_Angeles'): Promise<ReadEmail> {
  const r = await readEmail(source, { timeZone })
  if (!r.ok) throw new Error(r.error)
  return r.email
}

describe('readEmail: real messages', () => {
  it('Outlook invite email: the base64 text/calendar part comes out as the invite', async () => {
    const e = await email(fixtureBytes('outlook-invite.eml'))
    expect(e.from).toEqual({ name: 'Margaux Beaumont', address: 'Margaux.Beaumont@northwind-labs.example' })
    expect(e.subject).toBe('Updated: Northwind Labs - Data Analyst - Hiring manager')
    expect(e.date).toBe('2026-12-01')
    expect(e.text).toMatch(/^Hi Jordan, we had to move this by a day/)
    expect(e.invite).toMatch(/^BEGIN:VCALENDAR/)
    const r = parseInvite(e.invite!, { timeZone: 'America/Los_Angeles', selfEmail: SELF })
    expect(r.ok && r.invite).toMatchObject({ date: '2026-12-04', time: '11:00', format: 'video', title: expect.stringContaining('(moved)') })
    const original = parseInvite(fixtureText('outlook-exchange.ics'), { timeZone: 'UTC' })
    expect(r.ok && original.ok && r.invite.uid === original.invite.uid).toBe(true)
  })

  it('quoted-printable reply: the new text only, without "On … wrote:" and the ">" lines', async () => {
    const e = await email(fixtureBytes('reply-quoted-printable.eml'))
    expect(e.from).toEqual({ name: 'Priya Subramanyam', address: 'priya.subramanyam@tesselink.example' })
    expect(e.to).toEqual([{ name: 'Jordan Ellis', address: SELF }])
    expect(e.date).toBe('2026-11-18')
    expect(e.text).toContain('We’re wrapping up the last interviews this week and we’ll get back to you by the end of next week.')
    expect(e.text).not.toMatch(/wrote:|Thank you for taking the time|Friday/)
    expect(e.text.endsWith('Priya')).toBe(true)
    expect(e.invite).toBeUndefined()
  })

  it('HTML-only base64 with an RFC 2047 sender: decoded name, text without the Outlook history', async () => {
    const e = await email(fixtureBytes('reply-rejection-html-base64.eml'))
    expect(e.from).toEqual({ name: 'Zoë Ødegård-Nakamura', address: 'zoe.odegard@fjordline-health.example' })
    expect(e.subject).toBe('RE: Checking in – Clinical Data Coordinator')
    // 01:47 UTC on the 2nd is still the 1st in Los Angeles, already the 2nd in Berlin.
    expect(e.date).toBe('2026-12-01')
    expect((await email(fixtureBytes('reply-rejection-html-base64.eml'), 'Europe/Berlin')).date).toBe('2026-12-02')
    expect(e.text).toMatch(/^Hi Jordan,\n\nThank you for the time/)
    expect(e.text).toContain('decided to move forward with other candidates')
    expect(e.text).not.toMatch(/<|Sent:|check in on the Clinical/)
  })

  it('offer with a PDF attached: the letter is not the text, and there is no invite', async () => {
    const e = await email(fixtureText('reply-offer-pdf.eml'))
    expect(e.from.address).toBe('leonor@ashgrove-mobility.example')
    expect(e.date).toBe('2026-12-03')
    expect(e.text).toContain('we’d like to offer you the Senior Product Designer position')
    expect(e.text).not.toContain('%PDF')
    expect(e.invite).toBeUndefined()
  })
})

describe('stripQuotedHistory', () => {
  it.each([
    ['Sounds good.\n\n-----Original Message-----\nFrom: a@b.example\nOld text', 'Sounds good.\n\n'],
    ['Yes!\n\nOn Mon, Nov 16, 2026 at 9:00 AM Sam Rivera <sam@x.example>\nwrote:\n> earlier', 'Yes!\n\n'],
    ['Thanks\n________________________________\nFrom: Sam <sam@x.example>\nSent: Monday\nTo: me', 'Thanks'],
    ['Merci\n\nLe lun. 16 nov. 2026 à 09:00, Sam <sam@x.example> a écrit :\n> avant', 'Merci\n\n'],
    ['Top\n> quoted\nBottom', 'Top\nBottom'],
    ['On second thought, Tuesday works.', 'On second thought, Tuesday works.']
  ])('%#', (input, expected) => {
    expect(stripQuotedHistory(input).trim()).toBe(expected.trim())
  })
})

describe('readEmail: what it refuses', () => {
  it.each([
    ['', /empty/],
    ['just some words copied from somewhere', /no sender/],
    ['From: Sam <sam@x.example>\r\nSubject: hi\r\n\r\nbody', /no date/],
    ['From: Sam <sam@x.example>\r\nDate: Mon, 1 Jan 1990 10:00:00 +0000\r\n\r\nbody', /2000–2100/]
  ])('%#: a clear message', async (source, message) => {
    const r = await readEmail(source, { timeZone: 'UTC' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(message)
  })

  it('over 5 MB, as text or as bytes', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    expect(await readEmail(big, { timeZone: 'UTC' })).toEqual({ ok: false, error: expect.stringMatching(/over 5 MB/) })
    expect((await readEmail('x'.repeat(5 * 1024 * 1024 + 1), { timeZone: 'UTC' })).ok).toBe(false)
  })
})

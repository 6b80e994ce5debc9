import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { buildEml, formatEmlDate } from '../../../src/shared/export/eml'

const NASTY = 'Zoë Ünal 🎉 & ? % # = "quoted" naïve'

function headerBlock(eml: string): string {
  return eml.slice(0, eml.indexOf('\r\n\r\n'))
}

function headerNames(eml: string): string[] {
  return headerBlock(eml)
    .split('\r\n')
    .filter((line) => !/^[ \t]/.test(line))
    .map((line) => line.slice(0, line.indexOf(':')).toLowerCase())
}

describe('buildEml', () => {
  it('writes an unsent UTF-8 draft with CRLF line ends only', () => {
    const eml = buildEml({ to: ['dana@acme.com'], subject: 'Thank you', body: 'Hi Dana,\n\nThanks.\rBye\r\n' })
    expect(headerNames(eml)).toEqual(['to', 'subject', 'x-unsent', 'mime-version', 'content-type', 'content-transfer-encoding'])
    expect(eml).toContain('X-Unsent: 1\r\n')
    expect(eml).toContain('MIME-Version: 1.0\r\n')
    expect(eml).toContain('Content-Type: text/plain; charset=UTF-8\r\n')
    expect(eml).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    expect(eml.endsWith('\r\n')).toBe(true)
  })

  it('round-trips accents, emoji, specials and line breaks in every field through postal-mime', async () => {
    const body = `Hi Zoë,\r\n\r\n${NASTY}\r\nBcc: evil@x.com\n.\nFrom the team \r\nline with trailing space \r\n=?UTF-8?B?eA==?=\r\n${'long é '.repeat(40)}`
    const eml = buildEml({
      from: `${NASTY}\r\nBcc: evil@x.com <me@home.net>`,
      to: [`${NASTY} <dana@acme.com>`, "o'brien+jobs&x=1@example.org"],
      cc: ['Rec, Ruiter\r\n <rec@acme.com>'],
      subject: `Thank you — ${NASTY}\r\nBcc: evil@x.com`,
      body,
      date: '2026-03-03T09:30'
    })
    const parsed = await PostalMime.parse(eml)
    expect(parsed.headers.map((h) => h.key)).not.toContain('bcc')
    expect(parsed.subject).toBe(`Thank you — ${NASTY} Bcc: evil@x.com`)
    expect(parsed.from).toEqual({ name: `${NASTY} Bcc: evil@x.com`, address: 'me@home.net' })
    expect(parsed.to).toEqual([
      { name: NASTY, address: 'dana@acme.com' },
      { name: '', address: "o'brien+jobs&x=1@example.org" }
    ])
    expect(parsed.cc).toEqual([{ name: 'Rec, Ruiter', address: 'rec@acme.com' }])
    // postal-mime hands text back with \n line ends.
    expect(parsed.text).toBe(`${body.replace(/\r\n|\r|\n/g, '\n')}\n`)
    expect(parsed.date).toBe('2026-03-03T09:30:00.000Z')
  })

  it('cannot be made to add a header from the subject, a name or the body', async () => {
    const eml = buildEml({
      to: ['Dana\r\nBcc: evil@x.com <dana@acme.com>'],
      subject: 'Hello\r\nBcc: evil@x.com\r\n\r\nInjected body',
      body: '\r\n\r\nBcc: evil@x.com'
    })
    const names = headerNames(eml)
    expect(names).not.toContain('bcc')
    expect(names.filter((n) => n === 'subject')).toHaveLength(1)
    const parsed = await PostalMime.parse(eml)
    expect(parsed.headers.map((h) => h.key)).not.toContain('bcc')
    expect(parsed.bcc).toBeUndefined()
    expect(parsed.subject).toBe('Hello Bcc: evil@x.com Injected body')
  })

  it('rejects invalid addresses with a message naming them', () => {
    expect(() => buildEml({ to: ['a@b.com\r\nBcc: evil@x.com'], subject: '', body: '' })).toThrow(/To address.*line break/)
    expect(() => buildEml({ to: ['a@b.com, c@d.com'], subject: '', body: '' })).toThrow(/comma/)
    expect(() => buildEml({ to: ['ok@b.com'], cc: ['nope'], subject: '', body: '' })).toThrow(/Cc address "nope"/)
    expect(() => buildEml({ from: 'me@', to: [], subject: '', body: '' })).toThrow(/From address "me@"/)
  })

  it('folds long headers and keeps every line short', async () => {
    const subject = `Thank you for the ${'wonderful '.repeat(20)}interview`
    const people = Array.from({ length: 8 }, (_, i) => `Person Number ${i} <person${i}@acme-corporation.com>`)
    const eml = buildEml({ to: people, subject, body: 'x'.repeat(300) })
    for (const line of headerBlock(eml).split('\r\n')) expect(line.length).toBeLessThanOrEqual(78)
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78)
    const parsed = await PostalMime.parse(eml)
    expect(parsed.subject).toBe(subject)
    expect(parsed.to?.map((t) => t.address)).toEqual(people.map((_, i) => `person${i}@acme-corporation.com`))
    expect(parsed.text).toBe(`${'x'.repeat(300)}\n`)
  })

  it('encodes a long non-ASCII subject in short encoded words without splitting characters', async () => {
    const subject = '感謝 🎉 '.repeat(30)
    const eml = buildEml({ to: [], subject, body: '' })
    for (const line of headerBlock(eml).split('\r\n')) expect(line.length).toBeLessThanOrEqual(78)
    expect((await PostalMime.parse(eml)).subject).toBe(subject.trim())
  })

  it('leaves out empty optional fields', () => {
    const names = headerNames(buildEml({ from: '', to: [''], cc: [], subject: 'x', body: 'y', date: '' }))
    expect(names).not.toContain('from')
    expect(names).not.toContain('to')
    expect(names).not.toContain('cc')
    expect(names).not.toContain('date')
  })
})

describe('formatEmlDate', () => {
  it('formats dates deterministically', () => {
    expect(formatEmlDate('2026-03-03')).toBe('Tue, 03 Mar 2026 00:00:00 -0000')
    expect(formatEmlDate('2026-11-26T14:05')).toBe('Thu, 26 Nov 2026 14:05:00 -0000')
    expect(formatEmlDate('2026-11-26T14:05:09Z')).toBe('Thu, 26 Nov 2026 14:05:09 +0000')
    expect(formatEmlDate('2026-01-01T23:59:59+05:30')).toBe('Thu, 01 Jan 2026 23:59:59 +0530')
    expect(formatEmlDate('2026-01-01T08:00-0800')).toBe('Thu, 01 Jan 2026 08:00:00 -0800')
  })

  it.each(['2026-02-30', 'March 3', '2026-03-03T24:00', '2026-03-03T10:00+25:00', '2026-03-03\r\nBcc: x@y.com'])(
    'rejects %j',
    (input) => {
      expect(() => formatEmlDate(input)).toThrow(/Invalid/)
    }
  )
})

import { describe, expect, it } from 'vitest'
import { buildMailto, MAILTO_SAFE_LENGTH, mailtoTooLong } from '../../../src/shared/export/mailto'

/** Split a mailto URL the way a strict RFC 6068 client does: decodeURIComponent, never '+'. */
function parseMailto(url: string): { to: string[]; fields: Record<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true)
  const rest = url.slice('mailto:'.length)
  const q = rest.indexOf('?')
  const path = q < 0 ? rest : rest.slice(0, q)
  const query = q < 0 ? '' : rest.slice(q + 1)
  const to = path === '' ? [] : path.split(',').map(decodeURIComponent)
  const fields: Record<string, string> = {}
  for (const pair of query ? query.split('&') : []) {
    const eq = pair.indexOf('=')
    const key = decodeURIComponent(pair.slice(0, eq)).toLowerCase()
    expect(key in fields, `field ${key} appears twice`).toBe(false)
    fields[key] = decodeURIComponent(pair.slice(eq + 1))
  }
  return { to, fields }
}

const NASTY = 'Café 🎉 naïve & ? % # = + / ; , @ "q" <x>'

describe('buildMailto', () => {
  it('builds a plain URL and leaves empty fields out', () => {
    expect(buildMailto({ to: 'dana@acme.com' })).toBe('mailto:dana@acme.com')
    expect(buildMailto({ to: ['dana@acme.com'], cc: [], bcc: [], subject: '', body: '' })).toBe('mailto:dana@acme.com')
    expect(buildMailto({ to: [], subject: 'Hi' })).toBe('mailto:?subject=Hi')
    expect(buildMailto({ to: '', body: 'x' })).toBe('mailto:?body=x')
  })

  it('encodes spaces as %20 and every line break as %0D%0A', () => {
    const url = buildMailto({ to: 'a@b.co', subject: 'a b', body: 'one\ntwo\r\nthree\rfour' })
    expect(url).not.toContain('+')
    expect(url).toContain('subject=a%20b')
    expect(url).toContain('body=one%0D%0Atwo%0D%0Athree%0D%0Afour')
    expect(url).not.toMatch(/%0A(?<!%0D%0A)|%0D(?!%0A)/)
  })

  it('percent-encodes & ? % # = and friends in every field', () => {
    const url = buildMailto({ to: 'a@b.co', subject: '&?%#=+', body: '&?%#=+' })
    expect(url).toBe('mailto:a@b.co?subject=%26%3F%25%23%3D%2B&body=%26%3F%25%23%3D%2B')
  })

  it('round-trips accents, emoji, specials and line breaks in every field', () => {
    const body = `Hi Dana,\r\n\r\n${NASTY}\r\nBcc: evil@x.com\r\n&bcc=evil@x.com`
    const url = buildMailto({
      to: ['dana@acme.com', "o'brien+jobs@example.org"],
      cc: ['rec&ruit=er@acme.com'],
      bcc: ['me@home.net'],
      subject: `${NASTY}\r\nBcc: evil@x.com`,
      body
    })
    const parsed = parseMailto(url)
    expect(parsed.to).toEqual(['dana@acme.com', "o'brien+jobs@example.org"])
    expect(Object.keys(parsed.fields).sort()).toEqual(['bcc', 'body', 'cc', 'subject'])
    expect(parsed.fields.cc).toBe('rec&ruit=er@acme.com')
    expect(parsed.fields.bcc).toBe('me@home.net')
    expect(parsed.fields.subject).toBe(`${NASTY} Bcc: evil@x.com`)
    expect(parsed.fields.body).toBe(body)
    // The URL parser agrees about where the path ends and no fragment exists.
    const u = new URL(url)
    expect(u.hash).toBe('')
    expect(u.protocol).toBe('mailto:')
  })

  it('never lets user text add a header field', () => {
    const url = buildMailto({
      to: 'a@b.co',
      subject: 'Hello\r\nBcc: evil@x.com&bcc=evil@x.com',
      body: 'x&bcc=evil@x.com?cc=evil@x.com#frag\nBcc: evil@x.com'
    })
    const { fields } = parseMailto(url)
    expect(Object.keys(fields).sort()).toEqual(['body', 'subject'])
    expect(fields.subject).not.toMatch(/[\r\n]/)
    expect(url.split('?')).toHaveLength(2)
    expect(url).not.toContain('#')
  })

  it('accepts "Name <address>" and keeps only the address', () => {
    expect(buildMailto({ to: 'Dana Lee <dana@acme.com>' })).toBe('mailto:dana@acme.com')
  })

  it.each([
    ['two in one', 'a@b.com,c@d.com', /comma/],
    ['line break', 'a@b.com\r\nBcc: x@y.com', /line break/],
    ['no at', 'dana.acme.com', /no @/],
    ['no dot in domain', 'dana@localhost', /no dot/],
    ['space', 'dana lee@acme.com', /space/],
    ['two ats', 'a@b@acme.com', /more than one @/],
    ['leading dot', '.dana@acme.com', /before the @/],
    ['double dot', 'da..na@acme.com', /before the @/],
    ['bad domain', 'dana@-acme.com', /domain/],
    ['semicolon', 'a@b.com;c@d.com', /semicolon/],
    ['angle brackets', 'dana@acme.com>', /unbalanced/]
  ])('rejects an invalid address (%s) with a message naming it', (_label, address, reason) => {
    expect(() => buildMailto({ to: address })).toThrow(reason)
    expect(() => buildMailto({ to: address })).toThrow(JSON.stringify(address).slice(0, 12))
    expect(() => buildMailto({ to: 'ok@acme.com', cc: [address] })).toThrow(/Cc address/)
    expect(() => buildMailto({ to: 'ok@acme.com', bcc: [address] })).toThrow(/Bcc address/)
  })

  it('survives unpaired surrogates instead of throwing URIError', () => {
    const { fields } = parseMailto(buildMailto({ to: 'a@b.co', body: 'x\uD83Dy' }))
    expect(fields.body).toBe('x\uFFFDy')
  })
})

describe('mailtoTooLong', () => {
  it('flags URLs past the safe length only', () => {
    expect(MAILTO_SAFE_LENGTH).toBe(1800)
    const base = buildMailto({ to: 'a@b.co', body: '' })
    const fits = buildMailto({ to: 'a@b.co', body: 'x'.repeat(MAILTO_SAFE_LENGTH - base.length - '?body='.length) })
    expect(fits.length).toBe(MAILTO_SAFE_LENGTH)
    expect(mailtoTooLong(fits)).toBe(false)
    expect(mailtoTooLong(`${fits}x`)).toBe(true)
    // Encoding counts: 600 accented letters are 3,600 characters of URL.
    expect(mailtoTooLong(buildMailto({ to: 'a@b.co', body: 'é'.repeat(600) }))).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from '../../../src/main/security/trusted-url'
import { openExternalSafely } from '../../../src/main/security/external-links'

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com/jobs/1', 'http://example.com', 'mailto:dana@example.com?subject=Hi%20there'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id',
    'smb://host/share',
    'https://user:pass@example.com',
    'https://',
    'mailto:',
    'not a url',
    ''
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })

  it.each([null, undefined, 42, {}, ['https://example.com'], { toString: () => 'https://example.com' }])('refuses non-strings (%j)', (value) => {
    expect(isSafeExternalUrl(value)).toBe(false)
  })

  it('refuses very long URLs', () => {
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(9000)}`)).toBe(false)
  })
})

describe('openExternalSafely', () => {
  it('opens only checked URLs', async () => {
    const opened: string[] = []
    const open = async (u: string) => void opened.push(u)
    expect(await openExternalSafely('https://example.com', open)).toBe(true)
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false)
    expect(await openExternalSafely('file:///C:/Windows/System32/calc.exe', open)).toBe(false)
    expect(opened).toEqual(['https://example.com'])
  })
})

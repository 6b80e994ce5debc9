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

describe('isSafeExternalUrl: mailto header fields', () => {
  it.each([
    'mailto:dana@example.com',
    'mailto:dana@example.com,lee@example.com?cc=kim@example.com&bcc=me@example.com',
    'mailto:dana@example.com?subject=Thanks&body=Hello%0D%0AThere',
    'mailto:?to=dana@example.com&subject=Hi',
    'mailto:dana@example.com?SUBJECT=Hi&Body=x'
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    'mailto:x@y?attach=/etc/passwd',
    'mailto:x@y?subject=Hi&attach=/etc/passwd',
    'mailto:x@y?ATTACH=C:%5CUsers%5Cme%5C.ssh%5Cid_rsa',
    'mailto:x@y?%61ttach=/etc/passwd',
    'mailto:x@y?attachment=/etc/passwd',
    'mailto:x@y?in-reply-to=%3Cabc%40example.com%3E',
    'mailto:x@y?from=boss@example.com',
    'mailto:x@y%3Fattach=/etc/passwd',
    'mailto:x@y?subject=Hi&=attach',
    'mailto:?'
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('isSafeExternalUrl: hosts on this machine or the local network', () => {
  it.each([
    'https://careers.example.com/jobs/1',
    'http://8.8.8.8/',
    'https://172.32.0.1/',
    'https://172.15.255.255/',
    'https://192.169.0.1/',
    'https://11.0.0.1/',
    'https://[2001:db8::1]/',
    'https://[::ffff:8.8.8.8]/',
    'https://localhost.example.com/',
    'https://example.com.:443/'
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    'http://127.0.0.1:8080/',
    'http://127.1.2.3/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::1]:3000/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:192.168.1.1]/',
    'http://localhost/',
    'http://LOCALHOST:5173/',
    'http://localhost./',
    'http://app.localhost/',
    'http://0.0.0.0:80/',
    'http://0/',
    'http://10.0.0.5/',
    'http://10.255.255.255/',
    'http://172.16.0.1/',
    'http://172.31.255.254/',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://printer.local/',
    'http://nas.home.arpa/',
    'http://router/'
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
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

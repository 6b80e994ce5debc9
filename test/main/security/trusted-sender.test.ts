import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../src/main/security/trusted-sender'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp'

describe('isTrustedSender', () => {
  const packaged = 'file:///opt/Afterview/resources/app.asar/out/renderer/index.html'
  it('accepts the packaged page, with or without a fragment', () => {
    expect(isTrustedSender(packaged, packaged)).toBe(true)
    expect(isTrustedSender(`${packaged}#/board`, packaged)).toBe(true)
  })
  it('refuses other files and other origins', () => {
    expect(isTrustedSender('file:///tmp/evil.html', packaged)).toBe(false)
    expect(isTrustedSender('https://evil.example', packaged)).toBe(false)
    expect(isTrustedSender('', packaged)).toBe(false)
    expect(isTrustedSender(undefined, packaged)).toBe(false)
  })
  it('matches the dev server by origin', () => {
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })
})

describe('Content-Security-Policy', () => {
  it('allows no inline or remote script and no framing', () => {
    const directive = (name: string) => CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith(`${name} `))
    // WebAssembly may be compiled (the grammar checker); JavaScript eval stays off.
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'")
    // The app's own files, and the blob: the grammar worker makes of the WebAssembly's bytes.
    expect(directive('connect-src')).toBe("connect-src 'self' blob:")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'")
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
  })
})

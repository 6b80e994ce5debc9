import { describe, expect, it, vi } from 'vitest'
import { FakeSession, FakeWebContents } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron())

const { denyAllPermissions, hardenContents } = await import('../../../src/main/electron/window-security')

const hostileUrls = [
  'javascript:window.__pwned=1',
  'JavaScript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'about:blank',
  'chrome://settings',
  'ms-msdt:/id=PCWDiagnostic',
  'smb://attacker/share',
  ' https://example.com',
  'https://user:pass@example.com',
  ''
]
const safeUrls = ['https://example.com/jobs/1', 'http://example.com', 'mailto:dana@example.com?subject=Hi']

function hardened() {
  const contents = new FakeWebContents()
  const openExternal = vi.fn(async (_url: string) => undefined)
  hardenContents(contents as never, openExternal)
  return { contents, openExternal }
}

describe('hardenContents', () => {
  it.each([...safeUrls, ...hostileUrls, 'file:///opt/Afterview/out/renderer/index.html'])('prevents navigation and redirects to %j', (url) => {
    const { contents, openExternal } = hardened()
    expect(contents.fire('will-navigate', url)).toBe(true)
    expect(contents.fire('will-redirect', url)).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses to attach a <webview>', () => {
    const { contents } = hardened()
    expect(contents.fire('will-attach-webview', {}, { src: 'https://example.com' })).toBe(true)
  })

  it('denies every new window and sends only http(s) and mailto links to the shell', async () => {
    const { contents, openExternal } = hardened()
    expect(contents.windowOpenHandler).toBeTypeOf('function')
    for (const url of [...hostileUrls, ...safeUrls]) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    await new Promise((r) => setTimeout(r, 0))
    expect(openExternal.mock.calls.map(([u]) => u)).toEqual(safeUrls)
  })

  it('a failing shell call does not turn the denial into an exception', async () => {
    const contents = new FakeWebContents()
    const openExternal = vi.fn(async () => {
      throw new Error('no browser')
    })
    hardenContents(contents as never, openExternal)
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    await new Promise((r) => setTimeout(r, 10))
    process.off('unhandledRejection', unhandled)
    expect(openExternal).toHaveBeenCalledOnce()
    expect(unhandled).not.toHaveBeenCalled()
  })
})

describe('denyAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb', 'unknown'])(
    'denies %s on request and on check',
    (permission) => {
      const session = new FakeSession()
      denyAllPermissions(session as never)
      const callback = vi.fn()
      session.permissionRequestHandler!({}, permission, callback, { requestingUrl: 'file:///x' })
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(session.permissionCheckHandler!({}, permission, 'file:///x', {})).toBe(false)
    }
  )
})

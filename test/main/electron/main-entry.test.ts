import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { FakeWebContents, type FakeBrowserWindow, type FakeElectron } from './fake-electron'
import { CHANNELS } from '../../../src/shared/ipc/channels'
import { localIsoDate } from '../../../src/shared/dates'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron())

// src/main/index.ts against a fake electron: the window it opens, the handlers it installs and
// what a second instance does. The real core runs on a temporary data folder.

let userData: string
let electron: FakeElectron
let win: FakeBrowserWindow

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the app to start')
    await new Promise((r) => setTimeout(r, 10))
  }
}

beforeAll(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'afterview-entry-'))
  delete process.env.AFTERVIEW_DATA_DIR
  electron = (await import('electron')) as unknown as FakeElectron
  electron.app.getPath.mockImplementation(() => userData)
  await writeFile(path.join(userData, 'window-state.json'), JSON.stringify({ x: 100, y: 50, width: 1000, height: 700, maximized: true }))
  await import('../../../src/main/index')
  await until(() => electron.BrowserWindow.created.length > 0)
  win = electron.BrowserWindow.created[0]
})

afterAll(async () => {
  // will-quit closes the core (and its lock) before quitting for real.
  const event = { preventDefault: vi.fn() }
  electron.app.emit('will-quit', event)
  expect(event.preventDefault).toHaveBeenCalled()
  await until(() => electron.app.quit.mock.calls.length > 0)
  await rm(userData, { recursive: true, force: true })
})

describe('main process entry', () => {
  it('opens one window with the renderer locked down', () => {
    const prefs = win.options.webPreferences!
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    for (const risky of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'webviewTag', 'enableRemoteModule']) {
      expect(prefs[risky], risky).toBeFalsy()
    }
    expect(String(prefs.disableBlinkFeatures)).toContain('Auxclick')
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(win.loadedUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/)
  })

  it('opens the window where it was last time, maximized again once ready, and saves it on close', async () => {
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 })
    expect(win.maximize).not.toHaveBeenCalled()
    win.emit('ready-to-show')
    expect(win.maximize).toHaveBeenCalled()
    expect(win.show).toHaveBeenCalled()
    win.emit('close')
    expect(JSON.parse(await readFile(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: false })
  })

  it('installs the app menu, whose commands reach the window as app.command events', () => {
    const built = electron.Menu.setApplicationMenu.mock.calls[0][0] as { template: { label?: string; submenu?: { label?: string; click?: () => void }[] }[] }
    const file = built.template.find((m) => m.label === 'File')!
    file.submenu!.find((i) => i.label === 'New process')!.click!()
    expect(win.webContents.sent.at(-1)).toEqual(['afterview:event', 'app.command', { command: 'new-process' }])
  })

  it('denies every permission on the default session', () => {
    const callback = vi.fn()
    electron.session.defaultSession.permissionRequestHandler!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(electron.session.defaultSession.permissionCheckHandler!({}, 'notifications')).toBe(false)
  })

  it('spellchecks without downloading: the dictionary URL is a local file URL, set before the languages', () => {
    const { setSpellCheckerDictionaryDownloadURL, setSpellCheckerLanguages } = electron.session.defaultSession
    expect(setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledOnce()
    const url = new URL(setSpellCheckerDictionaryDownloadURL.mock.calls[0][0] as string)
    expect(url.protocol).toBe('file:')
    expect(url.host).toBe('')
    expect(setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]).toBeLessThan(setSpellCheckerLanguages.mock.invocationCallOrder[0])
    expect(setSpellCheckerLanguages).toHaveBeenCalledWith(['en-US'])
  })

  it('after a wake or an unlock on another day the window is told the new date', () => {
    const later = new Date(Date.now() + 3 * 24 * 60 * 60_000)
    vi.useFakeTimers({ toFake: ['Date'], now: later })
    try {
      const expected = { today: localIsoDate(later) }
      electron.powerMonitor.emit('resume')
      expect(win.webContents.sent.at(-1)).toEqual(['afterview:event', 'today.changed', expected])
      const count = win.webContents.sent.length
      electron.powerMonitor.emit('unlock-screen')
      // Same day: nothing new to tell.
      expect(win.webContents.sent.length).toBe(count)
      expect(electron.powerMonitor.listenerCount('unlock-screen')).toBe(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('paints the window in the page background for the theme, and follows a change of OS theme', () => {
    // Default settings: the theme follows the OS, which is light here.
    expect(win.options.backgroundColor).toBe('#f6f6f3')
    electron.nativeTheme.shouldUseDarkColors = true
    electron.nativeTheme.emit('updated')
    expect(win.setBackgroundColor).toHaveBeenLastCalledWith('#151618')
    electron.nativeTheme.shouldUseDarkColors = false
    electron.nativeTheme.emit('updated')
    expect(win.setBackgroundColor).toHaveBeenLastCalledWith('#f6f6f3')
  })

  it('blocks navigation and new windows in the app window', () => {
    expect(win.webContents.fire('will-navigate', 'https://evil.example')).toBe(true)
    expect(win.webContents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
  })

  it('blocks navigation in any other web contents that gets created', () => {
    const other = new FakeWebContents()
    electron.app.emit('web-contents-created', {}, other)
    expect(other.fire('will-navigate', 'https://evil.example')).toBe(true)
  })

  it('honours IPC only from the page it loaded', async () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    const handler = electron.ipcMain.handlers.get('app.info')!
    const mine = (await handler({ senderFrame: { url: win.loadedUrl } }, undefined)) as { ok: boolean; value: { dataDir: string } }
    expect(mine.ok).toBe(true)
    expect(mine.value.dataDir).toBe(path.join(userData, 'data'))
    const other = await handler({ senderFrame: { url: 'file:///tmp/evil.html' } }, undefined)
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('on Linux, where login items do nothing, "Open at login" is not offered and not applied', async () => {
    expect(process.platform).toBe('linux')
    const handle = (channel: string) => electron.ipcMain.handlers.get(channel)!
    const frame = { senderFrame: { url: win.loadedUrl } }
    const info = (await handle('app.info')(frame, undefined)) as { value: { openAtLoginAvailable: boolean } }
    expect(info.value.openAtLoginAvailable).toBe(false)
    const updated = (await handle('settings.update')(frame, { openAtLogin: true })) as { ok: boolean }
    expect(updated.ok).toBe(true)
    await new Promise((r) => setTimeout(r, 20))
    expect(electron.app.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it('a second launch focuses the existing window instead of opening another', () => {
    const before = electron.BrowserWindow.created.length
    electron.app.emit('second-instance')
    expect(win.focus).toHaveBeenCalled()
    expect(electron.BrowserWindow.created.length).toBe(before)
  })

  it('a launch that does not get the single-instance lock quits without opening anything', async () => {
    vi.resetModules()
    // The mocked module survives resetModules: the same fake, so count what changes.
    electron.app.requestSingleInstanceLock.mockReturnValue(false)
    electron.app.quit.mockClear()
    const readyCalls = electron.app.whenReady.mock.calls.length
    const handlers = electron.ipcMain.handle.mock.calls.length
    const windows = electron.BrowserWindow.created.length
    const listeners = electron.app.eventNames().map((n) => electron.app.listenerCount(n))
    await import('../../../src/main/index')
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(2)
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.app.whenReady.mock.calls.length).toBe(readyCalls)
    expect(electron.ipcMain.handle.mock.calls.length).toBe(handlers)
    expect(electron.BrowserWindow.created.length).toBe(windows)
    expect(electron.app.eventNames().map((n) => electron.app.listenerCount(n))).toEqual(listeners)
    electron.app.quit.mockClear()
  })
})

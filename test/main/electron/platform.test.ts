import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron())

const { electronPlatform } = await import('../../../src/main/electron/platform')

let electron: FakeElectron
let dir: string
beforeAll(async () => {
  electron = (await import('electron')) as unknown as FakeElectron
  dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-platform-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('electronPlatform', () => {
  it('writes a file only where the user chose in the save dialog', async () => {
    const platform = electronPlatform(() => null)
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await platform.saveFile({ suggestedName: 'a.eml', content: 'x', kind: 'eml' })).toEqual({ saved: false })

    const target = path.join(dir, 'chosen.ics')
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    expect(await platform.saveFile({ suggestedName: 'plan.ics', content: 'BEGIN:VCALENDAR', kind: 'ics' })).toEqual({ saved: true, path: target })
    expect(await readFile(target, 'utf8')).toBe('BEGIN:VCALENDAR')
    const options = electron.dialog.showSaveDialog.mock.calls.at(-1)!.at(-1) as { defaultPath: string; filters: { extensions: string[] }[] }
    expect(options.defaultPath).toBe('plan.ics')
    expect(options.filters).toEqual([{ name: 'Calendar', extensions: ['ics'] }])
  })

  it('hands links to the shell unchanged (the scheme check happens before, in openExternalSafely)', async () => {
    await electronPlatform(() => null).openExternal('https://example.com/jobs/1')
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/jobs/1')
  })

  it('writes plain text, or plain text with HTML, to the clipboard', async () => {
    const platform = electronPlatform(() => null)
    await platform.writeClipboard('Subject: Hi')
    expect(electron.clipboard.writeText).toHaveBeenCalledWith('Subject: Hi')
    await platform.writeClipboard('Hi', '<p>Hi</p>')
    expect(electron.clipboard.write).toHaveBeenCalledOnce()
  })
})

describe('login items', () => {
  it('are offered on macOS and Windows only', async () => {
    const { loginItemsSupported } = await import('../../../src/main/electron/platform')
    expect(['darwin', 'win32', 'linux', 'freebsd'].map((os) => loginItemsSupported(os as NodeJS.Platform))).toEqual([true, true, false, false])
    expect(electronPlatform(() => null, 'linux').openAtLogin).toBe(false)
    expect(electronPlatform(() => null, 'win32').openAtLogin).toBe(true)
  })
})

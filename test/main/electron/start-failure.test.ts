import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { FakeElectron } from './fake-electron'
import { openStore } from '../../../src/main/store/data-store'

// A start that fails after the data folder is open (here: the window cannot be created) shows an
// error dialog, releases the data lock and quits, instead of leaving an invisible process that
// keeps the next launch out.

vi.mock('electron', async () => {
  const fake = (await import('./fake-electron')).fakeElectron()
  class BrokenWindow {
    static getAllWindows = () => []
    constructor() {
      throw new Error('GPU process isn’t usable')
    }
  }
  return { ...fake, BrowserWindow: BrokenWindow }
})

let userData = ''
afterAll(() => rm(userData, { recursive: true, force: true }))

describe('a failed start', () => {
  it('shows an error dialog, releases the data lock and quits', async () => {
    userData = await mkdtemp(path.join(os.tmpdir(), 'afterview-failed-start-'))
    delete process.env.AFTERVIEW_DATA_DIR
    const electron = (await import('electron')) as unknown as FakeElectron
    electron.app.getPath.mockImplementation(() => userData)
    await import('../../../src/main/index')
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1), { timeout: 5000 })
    expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce()
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toBe('Afterview cannot start')
    expect(message).toMatch(/could not open its window \(GPU process isn’t usable\)/)
    const dataDir = path.join(userData, 'data')
    expect(existsSync(path.join(dataDir, 'afterview.lock'))).toBe(false)
    // The next launch gets the folder for writing, not read-only behind a lock.
    const store = await openStore({ dir: dataDir })
    expect(store.readOnly).toBe(false)
    await store.close()
  })
})

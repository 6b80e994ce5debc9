import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { EventEmitter } from 'node:events'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import type { FakeElectron } from './fake-electron'
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  readWindowState,
  trackWindowState,
  writeWindowState,
  type Rect
} from '../../../src/main/electron/window-state'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron())

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 860 }
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 }

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-winstate-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('parseWindowState', () => {
  it('keeps a good state and rounds it', () => {
    expect(parseWindowState({ x: 10.4, y: 20, width: 1000.6, height: 700, maximized: true })).toEqual({ x: 10, y: 20, width: 1001, height: 700, maximized: true })
  })
  it('drops a position that is not a pair of numbers, and refuses unusable sizes', () => {
    expect(parseWindowState({ x: 10, width: 1000, height: 700 })).toEqual({ width: 1000, height: 700, maximized: false })
    for (const bad of [null, 'x', [], {}, { width: 0, height: 700 }, { width: '1000', height: 700 }, { width: Infinity, height: 700 }, { width: 1e9, height: 5 }]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull()
    }
  })
})

describe('fitToDisplays', () => {
  it('keeps a window that is on a display as it was', () => {
    const state = { x: 1600, y: 100, width: 1200, height: 900, maximized: false }
    expect(fitToDisplays(state, [laptop, monitorRight])).toEqual(state)
  })

  it('centres on the primary display a window left on a monitor that is gone', () => {
    const fitted = fitToDisplays({ x: 1600, y: 100, width: 1200, height: 900, maximized: true }, [laptop])
    expect(fitted).toEqual({ x: 120, y: 0, width: 1200, height: 860, maximized: true })
  })

  it('shrinks a window bigger than its display and pulls it fully on screen', () => {
    // Mostly on the laptop, hanging off its bottom-left corner.
    const fitted = fitToDisplays({ x: -100, y: 300, width: 2000, height: 900, maximized: false }, [laptop, monitorRight])
    expect(fitted).toEqual({ x: 0, y: 0, width: 1440, height: 860, maximized: false })
  })

  it('a sliver on screen is not enough: the window is centred', () => {
    const fitted = fitToDisplays({ x: 1340, y: 100, width: 1000, height: 700, maximized: false }, [laptop])
    expect(fitted).toEqual({ x: 220, y: 80, width: 1000, height: 700, maximized: false })
  })

  it('never goes below the minimum size unless the display is smaller', () => {
    expect(fitToDisplays({ width: 300, height: 200, maximized: false }, [laptop])).toMatchObject({ width: 880, height: 560 })
    const tiny = { x: 0, y: 0, width: 800, height: 500 }
    expect(fitToDisplays({ width: 1280, height: 820, maximized: false }, [tiny])).toEqual({ x: 0, y: 0, width: 800, height: 500, maximized: false })
  })

  it('a state without a position is centred on the primary display', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [monitorRight, laptop])).toEqual({ x: 2080, y: 290, width: 1280, height: 820, maximized: false })
  })
})

describe('the state file', () => {
  it('round-trips, and a missing or corrupt file gives the default', async () => {
    const file = path.join(dir, 'nested', 'window-state.json')
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE)
    writeWindowState(file, { x: 5, y: 6, width: 1000, height: 700, maximized: false })
    expect(await readWindowState(file)).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: false })
    await writeFile(file, '{"width": 10')
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('loadWindowState fits the saved state to the displays electron reports', async () => {
    const electron = (await import('electron')) as unknown as FakeElectron & { screen: { displays: unknown[] } }
    const file = path.join(dir, 'load.json')
    writeWindowState(file, { x: 1600, y: 100, width: 1200, height: 900, maximized: false })
    electron.screen.displays = [{ id: 7, workArea: laptop }]
    expect(await loadWindowState(file)).toEqual({ x: 120, y: 0, width: 1200, height: 860, maximized: false })
    electron.screen.displays = [
      { id: 7, workArea: laptop },
      { id: 8, workArea: monitorRight }
    ]
    expect(await loadWindowState(file)).toEqual({ x: 1600, y: 100, width: 1200, height: 900, maximized: false })
  })
})

class FakeWindow extends EventEmitter {
  bounds = { x: 10, y: 20, width: 1000, height: 700 }
  maximized = false
  minimized = false
  getNormalBounds = () => ({ ...this.bounds })
  isMaximized = () => this.maximized
  isMinimized = () => this.minimized
  isFullScreen = () => false
  isDestroyed = () => false
}

describe('trackWindowState', () => {
  it('saves the normal bounds after moves settle and again on close, keeping maximized', async () => {
    vi.useFakeTimers()
    try {
      const file = path.join(dir, 'track.json')
      const win = new FakeWindow()
      trackWindowState(win as unknown as BrowserWindow, file, 300)
      win.bounds = { x: 50, y: 60, width: 1100, height: 750 }
      win.emit('move')
      win.emit('resize')
      await vi.advanceTimersByTimeAsync(299)
      expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE)
      await vi.advanceTimersByTimeAsync(1)
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 50, y: 60, width: 1100, height: 750, maximized: false })

      // Maximizing keeps the normal bounds, so un-maximizing next run restores them.
      win.maximized = true
      win.emit('maximize')
      win.emit('close')
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 50, y: 60, width: 1100, height: 750, maximized: true })

      // A minimized window's bounds are not saved.
      win.minimized = true
      win.bounds = { x: -32000, y: -32000, width: 160, height: 28 }
      win.emit('close')
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ x: 50, y: 60 })
    } finally {
      vi.useRealTimers()
    }
  })
})

import { screen, type BrowserWindow } from 'electron'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'

// The main window's size, position and maximized state, kept in a small JSON file in userData.
// Displays change between runs (a laptop leaves its monitor at the office), so a saved position
// is only reused where enough of the window would be visible; otherwise the window is centred.

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  /** Absent: let the OS centre the window. */
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false }
export const MIN_WINDOW_SIZE = { width: 880, height: 560 }
/** How much of the window must lie on one display for its saved position to be kept. */
const MIN_VISIBLE = { width: 200, height: 120 }

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 100_000

/** A saved state from untrusted JSON (a hand-edited or truncated file): null when unusable. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (!isInt(v.width) || !isInt(v.height) || v.width <= 0 || v.height <= 0) return null
  const state: WindowState = { width: Math.round(v.width), height: Math.round(v.height), maximized: v.maximized === true }
  if (isInt(v.x) && isInt(v.y)) {
    state.x = Math.round(v.x)
    state.y = Math.round(v.y)
  }
  return state
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))
  }
}

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), Math.max(lo, hi))

/**
 * Fits a saved state to the displays there are now (their work areas, primary first): the
 * size never exceeds the display it lands on, and a window that would be mostly off-screen
 * goes back to the centre of the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  const primary = workAreas[0]
  if (!primary) return state
  const sized = (area: Rect) => ({
    width: clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height)
  })
  if (state.x !== undefined && state.y !== undefined) {
    const rect = { x: state.x, y: state.y, width: state.width, height: state.height }
    let best: Rect | null = null
    let bestArea = 0
    for (const area of workAreas) {
      const o = overlap(rect, area)
      if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && o.width * o.height > bestArea) {
        best = area
        bestArea = o.width * o.height
      }
    }
    if (best) {
      const size = sized(best)
      // Pull the window fully onto the display it mostly sits on, title bar included.
      return {
        ...size,
        x: clamp(state.x, best.x, best.x + best.width - size.width),
        y: clamp(state.y, best.y, best.y + best.height - size.height),
        maximized: state.maximized
      }
    }
  }
  const size = sized(primary)
  return {
    ...size,
    x: primary.x + Math.round((primary.width - size.width) / 2),
    y: primary.y + Math.round((primary.height - size.height) / 2),
    maximized: state.maximized
  }
}

export async function readWindowState(file: string): Promise<WindowState> {
  try {
    return parseWindowState(JSON.parse(await readFile(file, 'utf8'))) ?? DEFAULT_WINDOW_STATE
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

/**
 * Synchronous on purpose: the file is tiny, the 'close' save must land before the process quits,
 * and one writer cannot race itself (an async write finishing after the last one would win).
 */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, JSON.stringify(state), 'utf8')
  renameSync(temp, file)
}

/** The saved state fitted to the current displays, ready for the BrowserWindow constructor. */
export async function loadWindowState(file: string): Promise<WindowState> {
  const displays = screen.getAllDisplays()
  const primaryId = screen.getPrimaryDisplay().id
  const areas = [...displays].sort((a, b) => Number(b.id === primaryId) - Number(a.id === primaryId)).map((d) => d.workArea)
  return fitToDisplays(await readWindowState(file), areas)
}

/** The state to save: the normal (unmaximized) bounds, so un-maximizing next time restores them. */
export function currentWindowState(win: BrowserWindow): WindowState {
  const bounds = win.getNormalBounds()
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() }
}

/** Saves the state shortly after each move or resize, and once more when the window closes. */
export function trackWindowState(win: BrowserWindow, file: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let last = ''
  const changed = (): WindowState | null => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return null
    const state = currentWindowState(win)
    const json = JSON.stringify(state)
    if (json === last) return null
    last = json
    return state
  }
  const save = () => {
    timer = null
    try {
      const state = changed()
      if (state) writeWindowState(file, state)
    } catch (err) {
      console.warn('[afterview] could not save the window state', err)
    }
  }
  const later = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  }
  win.on('resize', later)
  win.on('move', later)
  win.on('maximize', later)
  win.on('unmaximize', later)
  win.on('close', () => {
    if (timer) clearTimeout(timer)
    save()
  })
}

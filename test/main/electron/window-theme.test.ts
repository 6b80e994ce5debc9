import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WINDOW_BACKGROUND, windowBackground } from '../../../src/main/electron/window-theme'

// The window's own background is the page's, for the theme the page will show.

describe('window background', () => {
  it('follows the theme setting, and the OS when the setting is "system"', () => {
    expect(windowBackground('dark', false)).toBe(WINDOW_BACKGROUND.dark)
    expect(windowBackground('light', true)).toBe(WINDOW_BACKGROUND.light)
    expect(windowBackground('system', true)).toBe(WINDOW_BACKGROUND.dark)
    expect(windowBackground('system', false)).toBe(WINDOW_BACKGROUND.light)
    expect(windowBackground(undefined, true)).toBe(WINDOW_BACKGROUND.dark)
  })

  it('uses the same colours as the page (--bg in tokens.css)', () => {
    const css = readFileSync(path.resolve(__dirname, '../../../src/renderer/src/styles/tokens.css'), 'utf8')
    const bg = (block: string) => new RegExp(`${block}\\s*\\{[^}]*?--bg:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]
    expect(bg(':root')).toBe(WINDOW_BACKGROUND.light)
    expect(bg(":root\\[data-theme='dark'\\]")).toBe(WINDOW_BACKGROUND.dark)
  })
})

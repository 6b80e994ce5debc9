import type { Settings } from '../../shared/model'

// The colour a window paints before the page has loaded: the page's own background (--bg in
// src/renderer/src/styles/tokens.css) for the theme it will show, so a dark window never flashes light.

export const WINDOW_BACKGROUND = { light: '#f6f6f3', dark: '#151618' } as const

/** "system" follows the OS, as the page does (use-theme.ts). */
export function windowBackground(theme: Settings['theme'] | undefined, osPrefersDark: boolean): string {
  const dark = theme === 'dark' || ((theme ?? 'system') === 'system' && osPrefersDark)
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light
}

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { formatDateTime, formatFullDate, formatLongDate, formatNumber, formatShortDate, formatTime, userLocale } from '../../../src/renderer/src/locale-format'

// What the screens show follows the system's locale (navigator.languages in Electron).

const original = { languages: navigator.languages, language: navigator.language }
function setLanguages(...languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })
  Object.defineProperty(navigator, 'language', { value: languages[0] ?? '', configurable: true })
}
afterEach(() => setLanguages(...original.languages))

describe('locale-format', () => {
  it('writes dates and times as in the US for en-US', () => {
    setLanguages('en-US', 'en')
    expect(formatLongDate('2026-01-16')).toBe('Friday, January 16')
    expect(formatFullDate('2026-01-16')).toBe('Friday, January 16, 2026')
    expect(formatShortDate('2026-01-16')).toBe('Jan 16')
    expect(formatTime('14:05')).toMatch(/^2:05\sPM$/)
    expect(formatNumber(1800)).toBe('1,800')
  })

  it('writes them as in Britain for en-GB', () => {
    setLanguages('en-GB')
    expect(formatLongDate('2026-01-16')).toBe('Friday 16 January')
    expect(formatFullDate('2026-01-16')).toBe('Friday, 16 January 2026')
    expect(formatShortDate('2026-01-16')).toBe('16 Jan')
    expect(formatTime('14:05')).toBe('14:05')
  })

  it('follows other languages too, and switches when the system locale does', () => {
    setLanguages('de-DE')
    expect(formatLongDate('2026-01-16')).toBe('Freitag, 16. Januar')
    expect(formatNumber(1234567)).toBe('1.234.567')
    setLanguages('en-US')
    expect(formatLongDate('2026-01-16')).toBe('Friday, January 16')
  })

  it('skips a malformed language tag and falls back to en-US when nothing is usable', () => {
    setLanguages('not a tag!', 'fr-FR')
    expect(userLocale()).toBe('fr-FR')
    setLanguages()
    expect(userLocale()).toBe('en-US')
  })

  it('keeps calendar dates whole and leaves odd input alone', () => {
    setLanguages('en-US')
    // The first and last day of a year never slide into the next or previous one.
    expect(formatFullDate('2026-01-01')).toBe('Thursday, January 1, 2026')
    expect(formatFullDate('2025-12-31')).toBe('Wednesday, December 31, 2025')
    expect(formatTime('after lunch')).toBe('after lunch')
    expect(formatDateTime('not a date')).toBe('not a date')
    expect(formatDateTime('2026-01-16T14:05:00')).toMatch(/^Jan 16, 2026, 2:05\sPM$/)
  })
})

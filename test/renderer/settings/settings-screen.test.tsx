// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { SettingsScreen } from '../../../src/renderer/src/screens/settings/SettingsScreen'
import { useTheme } from '../../../src/renderer/src/components/use-theme'
import { useApp } from '../../../src/renderer/src/store'
import { DEFAULT_POLICY, type Settings } from '../../../src/shared/model'
import { installAfterview, refuse, seed } from '../process/fake-afterview'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** A main process that stores settings and refuses an email the way the real schema does. */
function setup(initial: Partial<Settings> = {}) {
  seed([], initial)
  let stored: Settings = { ...useApp.getState().settings! }
  const fake = installAfterview({
    'settings.get': () => stored,
    'settings.update': (patch: Partial<Settings>) => {
      if (patch.email !== undefined && patch.email !== '' && !patch.email.includes('@')) {
        throw refuse('Check the highlighted fields', [{ path: 'email', message: 'That does not look like an email address' }])
      }
      stored = { ...stored, ...patch }
      return stored
    }
  })
  function Themed() {
    useTheme()
    return <SettingsScreen />
  }
  render(<Themed />)
  return { fake, stored: () => stored }
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement

describe('Settings', () => {
  it('shows every setting', () => {
    setup({ name: 'Alex Morgan', email: 'alex@example.com', signature: 'Alex\n555-0100', country: 'DE', region: 'BY', reminderTime: '08:30', linkedinPremium: true })
    expect(input('Your name').value).toBe('Alex Morgan')
    expect(input('Your email').value).toBe('alex@example.com')
    expect(input('Signature').value).toBe('Alex\n555-0100')
    expect(input('Country').value).toBe('DE')
    expect(within(screen.getByLabelText('Country')).getByRole('option', { name: 'Germany (DE)' })).toBeTruthy()
    expect(input('Region').value).toBe('BY')
    expect(within(screen.getByLabelText('Region')).getByRole('option', { name: /Bayern|Bavaria/ })).toBeTruthy()
    expect(input('Reminder time').value).toBe('08:30')
    expect(screen.getByRole('switch', { name: 'Notifications' })).toHaveProperty('checked', true)
    expect(screen.getByRole('switch', { name: 'Open at login' })).toHaveProperty('checked', false)
    expect(screen.getByRole('switch', { name: 'LinkedIn Premium' })).toHaveProperty('checked', true)
    expect(screen.getByText(/300 characters/)).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'Match system' })).toHaveProperty('checked', true)
    expect(input('Thank-you').value).toBe(String(DEFAULT_POLICY.thankYouDays))
    expect(input('Status check').value).toBe('7')
    expect(input('Second follow-up').value).toBe('7')
    expect(input('Final follow-up').value).toBe('14')
    expect(input('Move on').value).toBe('14')
    expect(input('Data folder').value).toBe('/home/alex/.config/Afterview')
    expect(input('Data folder').readOnly).toBe(true)
    for (const name of ['Export all data (JSON)', 'Export pipeline (CSV)', 'Import…', 'Restore from backup…', 'Copy', 'Reset to defaults']) {
      expect(screen.getByRole('button', { name })).toBeTruthy()
    }
  })

  it('saves text after a pause in typing, one setting per save', async () => {
    const { fake } = setup()
    vi.useFakeTimers()
    fireEvent.change(input('Your name'), { target: { value: 'A' } })
    fireEvent.change(input('Your name'), { target: { value: 'Alex' } })
    await act(() => vi.advanceTimersByTimeAsync(599))
    expect(fake.to('settings.update')).toEqual([])
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(fake.to('settings.update')).toEqual([{ name: 'Alex' }])
    expect(useApp.getState().settings?.name).toBe('Alex')
    expect(screen.getByText('All changes saved')).toBeTruthy()
  })

  it('shows the main process’s validation message inline and keeps what was typed', async () => {
    const { fake } = setup()
    fireEvent.change(input('Your email'), { target: { value: 'alex.example.com' } })
    fireEvent.change(input('Your name'), { target: { value: 'Alex' } })
    fireEvent.blur(input('Your email'))
    fireEvent.blur(input('Your name'))
    await vi.waitFor(() => expect(input('Your email').getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText('That does not look like an email address')).toBeTruthy()
    expect(input('Your email').value).toBe('alex.example.com')
    // The bad email did not hold back the good name.
    await vi.waitFor(() => expect(useApp.getState().settings?.name).toBe('Alex'))
    fireEvent.change(input('Your email'), { target: { value: 'alex@example.com' } })
    fireEvent.blur(input('Your email'))
    await vi.waitFor(() => expect(input('Your email').getAttribute('aria-invalid')).toBeNull())
    expect(fake.to('settings.update').map((p) => Object.keys(p)[0])).toEqual(['email', 'name', 'email'])
  })

  it('applies the theme at once', async () => {
    setup()
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement.dataset.theme).toBe('dark')
    await vi.waitFor(() => expect(useApp.getState().settings?.theme).toBe('dark'))
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }))
    expect(document.documentElement.dataset.theme).toBe('light')
  })

  it('saves switches, country (clearing the region) and the policy, and resets it', async () => {
    const { fake, stored } = setup({ country: 'DE', region: 'BY' })
    fireEvent.click(screen.getByRole('switch', { name: 'Open at login' }))
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'FR' } })
    await vi.waitFor(() => expect(stored()).toMatchObject({ openAtLogin: true, country: 'FR', region: '' }))
    fireEvent.change(input('Final follow-up'), { target: { value: '21' } })
    fireEvent.blur(input('Final follow-up'))
    await vi.waitFor(() => expect(stored().policy).toEqual({ ...DEFAULT_POLICY, finalDays: 21 }))
    fireEvent.change(input('Second follow-up'), { target: { value: '0' } })
    expect(screen.getByText('Use 1 to 90 days')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }))
    await vi.waitFor(() => expect(stored().policy).toEqual(DEFAULT_POLICY))
    await vi.waitFor(() => expect(input('Final follow-up').value).toBe('14'))
    expect(input('Second follow-up').value).toBe('7')
    expect(fake.to('settings.update').some((p) => p.policy?.secondDays === 0)).toBe(false)
  })

  it('copies the data folder path through the main process', async () => {
    const { fake } = setup()
    fake.handlers['clipboard.write'] = () => ({ ok: true })
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }))
    await vi.waitFor(() => expect(fake.to('clipboard.write')).toEqual([{ text: '/home/alex/.config/Afterview' }]))
  })

  it('keeps a stored country code the holiday list does not know selectable', () => {
    setup({ country: 'ZZ' })
    expect(input('Country').value).toBe('ZZ')
    expect(input('Region').disabled).toBe(true)
  })
})

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { App } from '../../../src/renderer/src/App'
import { WelcomeScreen } from '../../../src/renderer/src/screens/welcome/WelcomeScreen'
import { countryFromLocale } from '../../../src/renderer/src/screens/welcome/locale-country'
import { holidayCountries } from '../../../src/renderer/src/screens/settings/holiday-places'
import { installAppBridge } from '../app/app-bridge'

afterEach(cleanup)

const known = new Set(holidayCountries().map((c) => c.code))

describe('countryFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['fr-CA', 'CA'],
    ['de', 'DE'],
    ['ja', 'JP'],
    ['pt-BR', 'BR'],
    ['en_GB.UTF-8', 'GB'],
    ['zh-Hant-TW', 'TW']
  ])('%s → %s', (locale, country) => {
    expect(countryFromLocale(locale, known)).toBe(country)
  })

  it.each([undefined, '', 'C', 'en-001', 'xx-QQ'])('falls back to US for %j', (locale) => {
    expect(countryFromLocale(locale, known)).toBe('US')
  })
})

describe('first run', () => {
  it('shows the welcome instead of the board, without the sidebar, while not onboarded', async () => {
    installAppBridge({ settings: { onboarded: false } })
    render(<App />)
    expect(await screen.findByRole('heading', { name: 'First, a little about you' })).toBeTruthy()
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull()
    expect(screen.queryByText('Try with sample data')).toBeNull()
    // jsdom's navigator.language is en-US.
    expect((screen.getByLabelText('Country') as HTMLSelectElement).value).toBe('US')
    expect(document.activeElement).toBe(screen.getByLabelText('Your name'))
  })

  it('saves name, email, signature and country, then shows the empty board with sample data', async () => {
    const bridge = installAppBridge({ settings: { onboarded: false } })
    const user = userEvent.setup()
    render(<App />)
    await user.type(await screen.findByLabelText('Your name'), '  Sam Rivera ')
    await user.type(screen.getByLabelText('Your email'), 'sam@example.com')
    await user.type(screen.getByLabelText('Signature'), 'Sam Rivera{Enter}+44 20 7946 0000')
    await user.selectOptions(screen.getByLabelText('Country'), 'DE')
    await user.click(screen.getByRole('button', { name: 'Get started' }))
    expect(await screen.findByRole('button', { name: 'Try with sample data' })).toBeTruthy()
    expect(bridge.callsTo('settings.update')).toEqual([
      { name: 'Sam Rivera', email: 'sam@example.com', signature: 'Sam Rivera\n+44 20 7946 0000', country: 'DE', onboarded: true }
    ])
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy()
  })

  it('Skip saves only the onboarded flag and the locale’s country', async () => {
    const bridge = installAppBridge({ settings: { onboarded: false } })
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
    expect(await screen.findByRole('button', { name: 'Try with sample data' })).toBeTruthy()
    expect(bridge.callsTo('settings.update')).toEqual([{ country: 'US', onboarded: true }])
  })

  it('an email that is not one shows inline and nothing is saved', async () => {
    const bridge = installAppBridge({ settings: { onboarded: false } })
    const user = userEvent.setup()
    render(<App />)
    await user.type(await screen.findByLabelText('Your name'), 'Sam Rivera')
    await user.type(screen.getByLabelText('Your email'), 'sam at example')
    await user.click(screen.getByRole('button', { name: 'Get started' }))
    const email = screen.getByLabelText('Your email')
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toMatch(/email/i)
    expect(bridge.callsTo('settings.update')).toEqual([])
    await user.clear(email)
    await user.type(email, 'sam@example.com')
    await user.click(screen.getByRole('button', { name: 'Get started' }))
    await waitFor(() => expect(bridge.callsTo('settings.update')).toHaveLength(1))
  })

  it('a refusal from main stays on the welcome with the message, and a retry works', async () => {
    const bridge = installAppBridge({ settings: { onboarded: false } })
    bridge.refuseNextUpdate({ code: 'io', message: 'The data folder is not writable.' })
    const user = userEvent.setup()
    render(<App />)
    await user.type(await screen.findByLabelText('Your name'), 'Sam Rivera')
    await user.click(screen.getByRole('button', { name: 'Get started' }))
    expect((await screen.findByRole('alert')).textContent).toBe('The data folder is not writable.')
    expect(screen.getByRole('heading', { name: 'First, a little about you' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Get started' }))
    expect(await screen.findByRole('button', { name: 'Try with sample data' })).toBeTruthy()
  })

  it('a blank name shows inline and nothing is saved; skipping stays possible', async () => {
    const bridge = installAppBridge({ settings: { onboarded: false } })
    const user = userEvent.setup()
    render(<App />)
    const name = await screen.findByLabelText('Your name')
    await user.type(name, '   ')
    await user.click(screen.getByRole('button', { name: 'Get started' }))
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('Enter your name: drafts are signed with it')
    expect(bridge.callsTo('settings.update')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Skip for now' }))
    expect(await screen.findByRole('button', { name: 'Try with sample data' })).toBeTruthy()
  })

  it('is not shown once onboarded, nor in a read-only window', async () => {
    installAppBridge({ settings: { onboarded: true } })
    const { unmount } = render(<App />)
    expect(await screen.findByRole('button', { name: 'Try with sample data' })).toBeTruthy()
    unmount()
    installAppBridge({ settings: { onboarded: false }, readOnly: true })
    render(<App />)
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'First, a little about you' })).toBeNull()
  })

  it('suggests the country of the locale it is given', async () => {
    installAppBridge({ settings: { onboarded: false } })
    render(
      <main>
        <WelcomeScreen locale="en-GB" />
      </main>
    )
    expect((screen.getByLabelText('Country') as HTMLSelectElement).value).toBe('GB')
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })
    expect(result.violations.map((v) => v.id)).toEqual([])
  })
})

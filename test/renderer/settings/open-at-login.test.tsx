// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { SettingsScreen } from '../../../src/renderer/src/screens/settings/SettingsScreen'
import { useApp } from '../../../src/renderer/src/store'
import { installAfterview, seed } from '../process/fake-afterview'

afterEach(cleanup)

// "Open at login" is offered only where the OS honours it: main says so in app.info.

function renderWith(openAtLoginAvailable: boolean | undefined) {
  seed([])
  const info = useApp.getState().info!
  useApp.setState({ info: { ...info, openAtLoginAvailable } })
  const settings = useApp.getState().settings!
  installAfterview({ 'settings.get': () => settings, 'settings.update': () => settings })
  render(<SettingsScreen />)
}

describe('Open at login', () => {
  it('is hidden where the OS ignores it (Linux)', () => {
    renderWith(false)
    expect(screen.getByRole('switch', { name: 'Notifications' })).toBeTruthy()
    expect(screen.queryByRole('switch', { name: 'Open at login' })).toBeNull()
  })

  it('is shown where it works', () => {
    renderWith(true)
    expect(screen.getByRole('switch', { name: 'Open at login' })).toBeTruthy()
  })
})

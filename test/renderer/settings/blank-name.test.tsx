// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { SettingsScreen } from '../../../src/renderer/src/screens/settings/SettingsScreen'
import { useApp } from '../../../src/renderer/src/store'
import { contract } from '../../../src/shared/ipc/contract'
import type { Settings } from '../../../src/shared/model'
import { installAfterview, refuse, seed } from '../process/fake-afterview'

afterEach(cleanup)

/** A main process that checks each update with the real IPC schema, as dispatch does. */
function setup() {
  seed([], { name: 'Alex Morgan' })
  let stored: Settings = { ...useApp.getState().settings! }
  const fake = installAfterview({
    'settings.update': (patch: unknown) => {
      const parsed = contract['settings.update'].input.safeParse(patch)
      if (!parsed.success) {
        throw refuse('Check the highlighted fields', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
      }
      stored = { ...stored, ...parsed.data }
      return stored
    }
  })
  render(<SettingsScreen />)
  return { fake, stored: () => stored }
}

describe('Settings: your name', () => {
  it('refuses a blank name inline and keeps the one drafts are signed with', async () => {
    const { stored } = setup()
    const name = screen.getByLabelText('Your name') as HTMLInputElement
    fireEvent.change(name, { target: { value: '   ' } })
    await act(async () => fireEvent.blur(name))
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('Enter your name: drafts are signed with it')
    expect(stored().name).toBe('Alex Morgan')
    expect(useApp.getState().settings?.name).toBe('Alex Morgan')

    fireEvent.change(name, { target: { value: ' Sam Rivera ' } })
    await act(async () => fireEvent.blur(name))
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBeNull())
    expect(stored().name).toBe('Sam Rivera')
  })
})

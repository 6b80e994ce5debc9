// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { useApp } from '../../../src/renderer/src/store'
import { installAppBridge } from './app-bridge'
import { process } from '../board/fake-bridge'

afterEach(cleanup)

// The app menu's items arrive as 'app.command' events from the main process.

async function startApp(readOnly = false) {
  const bridge = installAppBridge({ settings: { onboarded: true }, processes: [process('Northwind')], readOnly })
  render(<App />)
  await screen.findByRole('heading', { name: 'Pipeline' })
  return bridge
}

describe('app menu commands', () => {
  it('navigate opens Agenda, Insights and the board', async () => {
    const bridge = await startApp()
    act(() => bridge.emit('app.command', { command: 'navigate', route: 'agenda' }))
    expect(useApp.getState().route).toEqual({ name: 'agenda' })
    act(() => bridge.emit('app.command', { command: 'navigate', route: 'stats' }))
    expect(useApp.getState().route).toEqual({ name: 'stats' })
    act(() => bridge.emit('app.command', { command: 'navigate', route: 'board' }))
    expect(await screen.findByRole('heading', { name: 'Pipeline' })).toBeTruthy()
  })

  it('settings opens Settings once, even when the shortcut also reaches the page', async () => {
    const bridge = await startApp()
    act(() => bridge.emit('app.command', { command: 'settings' }))
    const user = userEvent.setup()
    await user.keyboard('{Control>},{/Control}')
    expect(useApp.getState().route).toEqual({ name: 'settings' })
    expect(useApp.getState().history).toEqual([{ name: 'board' }])
  })

  it('new-process goes to the board and opens its create dialog, from any screen', async () => {
    const bridge = await startApp()
    act(() => bridge.emit('app.command', { command: 'navigate', route: 'agenda' }))
    act(() => bridge.emit('app.command', { command: 'new-process' }))
    const dialog = await screen.findByRole('dialog', { name: 'New interview process' })
    expect(document.activeElement).toBe(screen.getByLabelText('Company'))
    expect(useApp.getState().newProcessRequested).toBe(false)
    // A second request while the dialog is open changes nothing.
    act(() => bridge.emit('app.command', { command: 'new-process' }))
    expect(screen.getAllByRole('dialog')).toEqual([dialog])
  })

  it('new-process does nothing in a read-only window, and is not left pending', async () => {
    const bridge = await startApp(true)
    act(() => bridge.emit('app.command', { command: 'new-process' }))
    await act(async () => {})
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(useApp.getState().newProcessRequested).toBe(false)
  })

  it('search goes to the board and focuses its search field', async () => {
    const bridge = await startApp()
    act(() => bridge.emit('app.command', { command: 'navigate', route: 'stats' }))
    act(() => bridge.emit('app.command', { command: 'search' }))
    await act(() => new Promise((r) => setTimeout(r, 10)))
    expect(document.activeElement?.id).toBe('board-search')
  })
})

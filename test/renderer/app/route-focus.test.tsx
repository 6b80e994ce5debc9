// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from '../../../src/renderer/src/App'
import { useApp } from '../../../src/renderer/src/store'
import { installAppBridge } from './app-bridge'
import { process } from '../board/fake-bridge'

afterEach(cleanup)

// Opening a card removes the card that had focus; focus must land on the new screen's heading.

describe('focus after navigation', () => {
  it('opening a card focuses the process heading, going back focuses the board heading', async () => {
    installAppBridge({ settings: { onboarded: true }, processes: [process('Northwind')] })
    render(<App />)
    await screen.findByRole('heading', { name: 'Pipeline' })
    const open = document.querySelector<HTMLElement>('.board-card-open')!
    open.focus()
    fireEvent.click(open)
    const heading = await screen.findByRole('heading', { level: 1, name: /Northwind/ })
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect(heading.tabIndex).toBe(-1)

    act(() => useApp.getState().navigate({ name: 'settings' }))
    const settings = await screen.findByRole('heading', { level: 1, name: 'Settings' })
    await waitFor(() => expect(document.activeElement).toBe(settings))
  })
})

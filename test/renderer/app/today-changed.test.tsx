// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { App } from '../../../src/renderer/src/App'
import { useApp } from '../../../src/renderer/src/store'
import { installAppBridge } from './app-bridge'
import { process } from '../board/fake-bridge'

afterEach(cleanup)

// The window's "today" is loaded once at start; after midnight or a wake on another day main
// sends 'today.changed' and everything that reads today from the store moves with it.

describe('today.changed', () => {
  it('moves the window to the new date without a reload', async () => {
    const bridge = installAppBridge({ settings: { onboarded: true }, processes: [process('Northwind')] })
    render(<App />)
    await screen.findByRole('heading', { name: 'Pipeline' })
    expect(useApp.getState().info?.today).toBe('2026-07-10')
    const before = bridge.calls.length
    act(() => bridge.emit('today.changed', { today: '2026-07-11' }))
    expect(useApp.getState().info?.today).toBe('2026-07-11')
    expect(useApp.getState().info?.version).toBe('test')
    // Nothing refetched: the date is all that changed.
    expect(bridge.calls.length).toBe(before)
  })
})

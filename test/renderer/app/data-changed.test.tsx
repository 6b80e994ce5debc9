// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { App } from '../../../src/renderer/src/App'
import { useApp } from '../../../src/renderer/src/store'
import { installAppBridge } from './app-bridge'
import { process } from '../board/fake-bridge'

afterEach(cleanup)

// 'data.changed' says what changed, so a settings toggle never refetches every process.

async function startApp() {
  const bridge = installAppBridge({ settings: { onboarded: true }, processes: [process('Northwind')] })
  render(<App />)
  await screen.findByRole('heading', { name: 'Pipeline' })
  return bridge
}

describe('data.changed', () => {
  it('a settings change refetches the settings only', async () => {
    const bridge = await startApp()
    const lists = bridge.callsTo('processes.summaries').length
    bridge.settings = { ...bridge.settings, name: 'Renamed Elsewhere' }
    act(() => bridge.emit('data.changed', { processIds: [], settings: true }))
    await waitFor(() => expect(useApp.getState().settings?.name).toBe('Renamed Elsewhere'))
    expect(bridge.callsTo('processes.summaries').length).toBe(lists)
  })

  it('an import or restore reloads everything', async () => {
    const bridge = await startApp()
    const lists = bridge.callsTo('processes.summaries').length
    act(() => bridge.emit('data.changed', { processIds: [], all: true }))
    await waitFor(() => expect(bridge.callsTo('processes.summaries').length).toBe(lists + 1))
  })

  it('a change to named processes reloads nothing (their result already arrived)', async () => {
    const bridge = await startApp()
    const before = bridge.calls.length
    act(() => bridge.emit('data.changed', { processIds: ['p1'] }))
    await new Promise((r) => setTimeout(r, 20))
    expect(bridge.calls.length).toBe(before)
  })
})

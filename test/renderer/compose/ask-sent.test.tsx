// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { installBridge, northwind, renderComposer, seed } from './compose-fixture'

vi.mock('../../../src/renderer/src/screens/compose/grammar-client', async () => {
  const { grammarModule } = await import('./fake-grammar')
  return { grammarChecker: () => grammarModule.current }
})

afterEach(cleanup)

// The mail app takes the draft from here; the app cannot see whether it went out, so it asks.

describe('After Open in mail app', () => {
  it('asks whether it was sent; Mark as sent opens the record dialog', async () => {
    const bridge = installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }))
    const prompt = await screen.findByText('Did you send it?')
    const box = prompt.closest('[role="status"]') as HTMLElement
    // Not a dialog: the rest of the screen stays usable.
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(within(box).getByRole('button', { name: 'Mark as sent' }))
    const dialog = screen.getByRole('dialog', { name: 'Mark as sent' })
    await user.click(within(dialog).getByRole('button', { name: 'Mark as sent' }))
    await waitFor(() => expect(bridge.callsTo('messages.add')).toHaveLength(1))
    expect(screen.queryByText('Did you send it?')).toBeNull()
  })

  it('Not yet puts the question away and records nothing', async () => {
    const bridge = installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }))
    await screen.findByText('Did you send it?')
    await user.click(screen.getByRole('button', { name: 'Not yet' }))
    expect(screen.queryByText('Did you send it?')).toBeNull()
    expect(bridge.callsTo('messages.add')).toHaveLength(0)
  })

  it('does not ask when no mail app opened', async () => {
    installBridge({ 'shell.openExternal': () => ({ opened: false }) })
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }))
    await screen.findByText(/did not open a mail app/)
    expect(screen.queryByText('Did you send it?')).toBeNull()
  })
})

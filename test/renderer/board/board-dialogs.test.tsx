// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { useApp } from '../../../src/renderer/src/store'
import type { Process } from '../../../src/shared/model'
import { installBridge, process, Refusal, round, seedStore } from './fake-bridge'

afterEach(cleanup)

async function openCreate() {
  const user = userEvent.setup()
  render(<BoardScreen />)
  await user.click(screen.getByRole('button', { name: /New process/ }))
  const dialog = screen.getByRole('dialog', { name: 'New interview process' })
  return { user, dialog, field: (name: string) => within(dialog).getByLabelText(name) as HTMLInputElement }
}

describe('Create dialog', () => {
  it('says what is wrong with each field before sending anything', async () => {
    const bridge = installBridge({})
    seedStore([process('Existing')])
    const { user, dialog, field } = await openCreate()
    expect(document.activeElement).toBe(field('Company'))

    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(within(dialog).getByText('A company name is needed')).toBeTruthy()
    expect(within(dialog).getByText('A role is needed')).toBeTruthy()
    expect(field('Company').getAttribute('aria-invalid')).toBe('true')

    await user.click(field('Company'))
    await user.paste('x'.repeat(10_000))
    await user.type(field('Job posting link'), 'not a link')
    expect(within(dialog).getByText('Keep the company name under 200 characters')).toBeTruthy()
    expect(within(dialog).getByText('Use a web address starting with https://')).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(bridge.callsTo('processes.create')).toHaveLength(0)
  })

  it('shows the main process’s validation messages inline and keeps what was typed', async () => {
    installBridge({
      'processes.create': () => {
        throw new Refusal({ code: 'invalid-input', message: 'Some fields need fixing', issues: [{ path: 'role', message: 'That role is not allowed here' }] })
      }
    })
    seedStore([process('Existing')])
    const { user, dialog, field } = await openCreate()
    await user.type(field('Company'), 'Acme')
    await user.type(field('Role'), 'Analyst')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByText('That role is not allowed here')).toBeTruthy()
    expect(field('Company').value).toBe('Acme')
    // Editing the field drops the stale message.
    await user.type(field('Role'), 's')
    expect(within(dialog).queryByText('That role is not allowed here')).toBeNull()
  })

  it('creates the process with a completed link and opens its detail', async () => {
    let created: Process | null = null
    const bridge = installBridge({
      'processes.create': (input) => (created = process(input.company, { id: 'new1', role: input.role, postingUrl: input.postingUrl, stage: input.stage }))
    })
    seedStore([process('Existing')])
    const { user, dialog, field } = await openCreate()
    await user.type(field('Company'), '  Acme  ')
    await user.type(field('Role'), 'Analyst')
    await user.type(field('Job posting link'), 'example.com/jobs/42')
    await user.selectOptions(field('Stage'), 'interviewed')
    expect(within(field('Stage')).queryByRole('option', { name: 'Closed' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(useApp.getState().route).toEqual({ name: 'process', id: 'new1' }))
    expect(bridge.callsTo('processes.create')).toEqual([
      { company: 'Acme', role: 'Analyst', postingUrl: 'https://example.com/jobs/42', stage: 'interviewed' }
    ])
    expect(useApp.getState().details.new1).toBe(created)
  })
})

describe('Moving cards', () => {
  const board = () => [
    process('Northwind', { id: 'north', stage: 'waiting', rounds: [round('2026-07-01')] }),
    process('Globex', { id: 'globex', stage: 'interviewed', rounds: [round('2026-07-08')] })
  ]
  const columnOf = (company: string) =>
    screen.getByRole('button', { name: new RegExp(`^${company}\\.`) }).closest('section')!.querySelector('h2')!.textContent

  it('moves with the keyboard-operable menu, and main’s answer wins', async () => {
    const bridge = installBridge({
      'processes.move': ({ id, stage }) => ({ ...useApp.getState().processes[id], stage, updatedAt: 'from-main' })
    })
    seedStore(board())
    const user = userEvent.setup()
    render(<BoardScreen />)
    const menuButton = screen.getByRole('button', { name: 'Move Globex to…' })
    menuButton.focus()
    await user.keyboard('{ArrowDown}')
    const menu = screen.getByRole('menu')
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Scheduled' }))
    await user.keyboard('{ArrowDown}{ArrowDown}') // Waiting, Following up
    expect(document.activeElement?.textContent).toBe('Following up')
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('menu')).toBeNull()
    await waitFor(() => expect(useApp.getState().processes.globex.updatedAt).toBe('from-main'))
    expect(bridge.callsTo('processes.move')).toEqual([{ id: 'globex', stage: 'following-up' }])
    expect(columnOf('Globex')).toMatch(/^Following up/)
    // The card changed column; the keyboard focus went with it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Globex\./ })))
  })

  it('asks for the outcome before closing; cancel leaves the card where it was', async () => {
    const bridge = installBridge({
      'processes.move': ({ id, stage, outcome }) => ({ ...useApp.getState().processes[id], stage, outcome })
    })
    seedStore(board())
    const user = userEvent.setup()
    render(<BoardScreen />)
    await user.click(screen.getByRole('button', { name: 'Move Northwind to…' }))
    await user.click(screen.getByRole('menuitem', { name: 'Closed' }))
    let dialog = screen.getByRole('dialog', { name: 'How did it end?' })
    expect(within(dialog).getAllByRole('radio').map((r) => r.closest('label')!.querySelector('.outcome-option-label')!.textContent)).toEqual([
      'Accepted',
      'Declined',
      'Rejected',
      'Withdrawn',
      'No response'
    ])
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(bridge.callsTo('processes.move')).toHaveLength(0)
    expect(columnOf('Northwind')).toMatch(/^Waiting/)

    await user.click(screen.getByRole('button', { name: 'Move Northwind to…' }))
    await user.click(screen.getByRole('menuitem', { name: 'Closed' }))
    dialog = screen.getByRole('dialog', { name: 'How did it end?' })
    await user.click(within(dialog).getByRole('button', { name: 'Move to Closed' }))
    expect(within(dialog).getByText('Choose how it ended to close it.')).toBeTruthy()
    await user.click(within(dialog).getByLabelText(/No response/))
    await user.click(within(dialog).getByRole('button', { name: 'Move to Closed' }))
    await waitFor(() => expect(screen.getByRole('button', { name: /^Northwind\./ }).textContent).toContain('No response'))
    expect(bridge.callsTo('processes.move')).toEqual([{ id: 'north', stage: 'closed', outcome: 'no-response' }])
    expect(columnOf('Northwind')).toMatch(/^Closed/)
  })

  it('puts the card back and says why when main refuses the move', async () => {
    installBridge({
      'processes.move': () => {
        throw new Refusal({ code: 'read-only', message: 'Another Afterview owns this data; nothing was changed.' })
      }
    })
    seedStore(board())
    const user = userEvent.setup()
    render(<BoardScreen />)
    await user.click(screen.getByRole('button', { name: 'Move Northwind to…' }))
    await user.click(screen.getByRole('menuitem', { name: 'Offer' }))
    await waitFor(() => expect(useApp.getState().toasts.map((t) => t.message)).toContain('Another Afterview owns this data; nothing was changed.'))
    expect(useApp.getState().processes.north.stage).toBe('waiting')
    expect(columnOf('Northwind')).toMatch(/^Waiting/)
  })
})

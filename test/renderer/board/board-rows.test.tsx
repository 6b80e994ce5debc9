// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { useApp } from '../../../src/renderer/src/store'
import { installBridge, process, round, seedStore } from './fake-bridge'

afterEach(cleanup)

// Rows are keyed by position, so a card's elements can start showing another process when the
// column changes. Whatever was attached to the process must not stay with the element.

const ahead = () =>
  [
    process('Acme', { id: 'acme', stage: 'waiting', rounds: [round('2026-07-01')] }),
    process('Bolt', { id: 'bolt', stage: 'waiting', rounds: [round('2026-06-01')] })
  ] as const

/** Gives Bolt a newer round than Acme's, which puts Bolt first in Waiting. */
function boltGoesFirst() {
  act(() => {
    const { processes } = useApp.getState()
    useApp.setState({ processes: { ...processes, bolt: { ...processes.bolt, rounds: [round('2026-07-05')] } } })
  })
}

const cardNames = () => [...document.querySelectorAll('.board-card-company')].map((el) => el.textContent)

describe('Board rows reused for another process', () => {
  it('keeps the keyboard focus on the process, not on the row', () => {
    installBridge({})
    seedStore([...ahead()])
    render(<BoardScreen />)
    expect(cardNames()).toEqual(['Acme', 'Bolt'])
    screen.getByRole('button', { name: /^Bolt\./ }).focus()
    boltGoesFirst()
    expect(cardNames()).toEqual(['Bolt', 'Acme'])
    expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toMatch(/^Bolt\./)
  })

  it('lets the focus go when its process is no longer shown, as if the card had been removed', async () => {
    installBridge({ 'search.notes': () => ({ ids: [] }) })
    seedStore([...ahead()])
    render(<BoardScreen />)
    // Acme's row is the first; searching for Bolt shows Bolt there.
    screen.getByRole('button', { name: /^Acme\./ }).focus()
    act(() => useApp.getState().setQuery('bolt'))
    expect(cardNames()).toEqual(['Bolt'])
    expect(document.activeElement).toBe(document.body)
  })

  it('closes a move menu whose card starts showing another process', async () => {
    installBridge({})
    seedStore([...ahead()])
    const user = userEvent.setup()
    render(<BoardScreen />)
    await user.click(screen.getByRole('button', { name: 'Move Acme to…' }))
    expect(screen.getByRole('menu')).toBeTruthy()
    boltGoesFirst()
    // The first row now shows Bolt: a menu still open there would move Bolt.
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.getAllByRole('button', { name: /^Move .* to…$/ }).map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false'])
  })
})

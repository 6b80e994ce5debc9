// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { installBridge, person, process, round, seedStore } from './fake-bridge'

afterEach(cleanup)

const cards = () =>
  [...document.querySelectorAll('.board-card-company')].map((el) => el.textContent).sort()

function pipeline() {
  return [
    process('Northwind Analytics', {
      id: 'north',
      stage: 'waiting',
      people: [person('Dana Whitfield', 'Analytics Manager')],
      rounds: [round('2026-07-01', 'Hiring manager interview')],
      messages: [
        { id: 'm1', direction: 'sent', situation: 'thank-you', step: 'thank-you', channel: 'email', date: '2026-07-02', subject: '', body: '', personId: null }
      ]
    }),
    process('Globex', { id: 'globex', stage: 'interviewed', role: 'Product Designer', rounds: [round('2026-07-09', 'Portfolio review')] }),
    process('Café Crème', { id: 'cafe', stage: 'scheduled', role: 'Barista Lead', rounds: [round('2026-07-20', 'Tasting day')] }),
    process('Umbrella', { id: 'umbrella', stage: 'closed', outcome: 'rejected', rounds: [round('2026-06-01')] })
  ]
}

describe('Board search', () => {
  it('filters by company, role, people and round labels as you type', async () => {
    installBridge({ 'search.notes': () => ({ ids: [] }) })
    seedStore(pipeline())
    const user = userEvent.setup()
    render(<BoardScreen />)
    const search = screen.getByRole('searchbox', { name: 'Search processes' })
    expect(search.id).toBe('board-search')

    await user.type(search, 'globex')
    expect(cards()).toEqual(['Globex'])
    await user.clear(search)
    await user.type(search, 'designer')
    expect(cards()).toEqual(['Globex'])
    await user.clear(search)
    await user.type(search, 'whitfield')
    expect(cards()).toEqual(['Northwind Analytics'])
    await user.clear(search)
    await user.type(search, 'analytics manager')
    expect(cards()).toEqual(['Northwind Analytics'])
    await user.clear(search)
    await user.type(search, 'tasting')
    expect(cards()).toEqual(['Café Crème'])
    // Accents and case do not matter.
    await user.clear(search)
    await user.type(search, 'CAFE creme')
    expect(cards()).toEqual(['Café Crème'])
    expect(screen.getByRole('heading', { name: 'Scheduled, 1 process' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Waiting, 0 of 1 process' })).toBeTruthy()
  })

  it('adds the processes whose notes match, asked of the main process after a pause', async () => {
    const bridge = installBridge({ 'search.notes': ({ query }) => ({ ids: query === 'dbt' ? ['globex'] : [] }) })
    seedStore(pipeline())
    const user = userEvent.setup()
    render(<BoardScreen />)
    await user.type(screen.getByRole('searchbox'), 'dbt')
    // No company or person matches, but the notes have not answered yet: not "No matches".
    expect(screen.getByText('Searching your notes…')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'No matches' })).toBeNull()
    await waitFor(() => expect(cards()).toEqual(['Globex']))
    // Debounced: one question for the whole word, not one per keystroke.
    expect(bridge.callsTo('search.notes')).toEqual([{ query: 'dbt' }])
  })

  it('shows a No matches state that clears back to the full board', async () => {
    installBridge({ 'search.notes': () => ({ ids: [] }) })
    seedStore(pipeline())
    const user = userEvent.setup()
    render(<BoardScreen />)
    await user.type(screen.getByRole('searchbox'), 'zzzz')
    expect(await screen.findByRole('heading', { name: 'No matches' })).toBeTruthy()
    expect(screen.queryAllByRole('region')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }))
    expect(cards()).toHaveLength(4)
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('')
  })

  it("keeps the toolbar's Clear button in place, inert until there is something to clear", async () => {
    installBridge({ 'search.notes': () => ({ ids: [] }) })
    seedStore(pipeline())
    const user = userEvent.setup()
    render(<BoardScreen />)
    // Laid out from the start (so the first letter typed cannot wrap the toolbar and move the
    // board), but hidden, out of the tab order and out of the accessibility tree.
    const clear = screen.getByText('Clear', { selector: 'button' }) as HTMLButtonElement
    expect(clear.disabled).toBe(true)
    expect(clear.style.visibility).toBe('hidden')
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull()

    await user.type(screen.getByRole('searchbox'), 'globex')
    expect(clear.disabled).toBe(false)
    expect(clear.style.visibility).toBe('')
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('')
    expect(cards()).toHaveLength(4)
    expect(clear.disabled).toBe(true)
  })

  it('filters by stage chips and by due or overdue only', async () => {
    installBridge({})
    seedStore(pipeline())
    const user = userEvent.setup()
    render(<BoardScreen />)
    const chips = screen.getByRole('group', { name: 'Show stages' })
    await user.click(chips.querySelector('button:nth-child(6)')!) // Closed
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby') && r.querySelector('h2')!.textContent)).toEqual([
      'Closed, 1 process'
    ])
    expect(cards()).toEqual(['Umbrella'])
    await user.click(chips.querySelector('button:nth-child(6)')!)
    expect(screen.getAllByRole('region')).toHaveLength(6)

    // Northwind's status check is overdue; Globex's thank-you is due today; the rest are not due.
    const due = screen.getByRole('button', { name: 'Due or overdue only' })
    await user.click(due)
    expect(due.getAttribute('aria-pressed')).toBe('true')
    expect(cards()).toEqual(['Globex', 'Northwind Analytics'])
  })
})

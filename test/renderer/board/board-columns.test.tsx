// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { useApp } from '../../../src/renderer/src/store'
import { installBridge, process, round, seedStore } from './fake-bridge'

// Today is Friday 2026-07-10 (see fake-bridge).
function pipeline() {
  const northwindRound = round('2026-07-01', 'Hiring manager interview')
  return [
    process('Northwind Analytics', {
      stage: 'waiting',
      rounds: [northwindRound],
      // Thank-you sent: the status check was due Wed 07-08, two days ago.
      messages: [
        { id: 'm1', direction: 'sent', situation: 'thank-you', step: 'thank-you', channel: 'email', date: '2026-07-02', subject: '', body: '', personId: null }
      ]
    }),
    process('Globex', { stage: 'interviewed', role: 'Product Designer', rounds: [round('2026-07-09', 'Portfolio review')] }),
    process('Initech', { stage: 'scheduled', rounds: [round('2026-07-15', 'Phone screen')] }),
    process('Hooli', { stage: 'offer', rounds: [round('2026-06-20')] }),
    process('Umbrella', { stage: 'closed', outcome: 'rejected', rounds: [round('2026-06-01')] }),
    process('Vandelay', { stage: 'closed', outcome: 'no-response', rounds: [round('2026-05-01')] })
  ]
}

beforeEach(() => installBridge({}))
afterEach(cleanup)

describe('Pipeline board columns', () => {
  it('shows the six stages in order, each a labelled region with its count', () => {
    seedStore(pipeline())
    render(<BoardScreen />)
    const regions = screen.getAllByRole('region')
    expect(regions.map((r) => within(r).getByRole('heading').textContent)).toEqual([
      'Scheduled, 1 process',
      'Interviewed, 1 process',
      'Waiting, 1 process',
      'Following up, 0 processes',
      'Offer, 1 process',
      'Closed, 2 processes'
    ])
    const closed = screen.getByRole('region', { name: /^Closed/ })
    expect(within(closed).getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByText('6 processes')).toBeTruthy()
  })

  it('puts company, role, latest round and the next step with its overdue badge on a card', () => {
    seedStore(pipeline())
    render(<BoardScreen />)
    const card = screen.getByRole('button', { name: /^Northwind Analytics\. Data Analyst/ })
    expect(card.getAttribute('aria-label')).toBe(
      'Northwind Analytics. Data Analyst. Hiring manager interview · Jul 1. Status check · 2 days overdue. due Jul 8. Waiting'
    )
    expect(within(card).getByText('Hiring manager interview')).toBeTruthy()
    expect(within(card).getByText('Status check')).toBeTruthy()
    expect(within(card).getByText('2 days overdue').className).toContain('badge-danger')
    const globex = screen.getByRole('button', { name: /^Globex/ })
    expect(within(globex).getByText('Due today').className).toContain('badge-warn')
    expect(within(globex).getByText('Thank-you')).toBeTruthy()
    const initech = screen.getByRole('button', { name: /^Initech/ })
    expect(initech.getAttribute('aria-label')).toContain('Phone screen · in 5 days. Thank-you · due in 6 days')
    expect(within(initech).queryByText(/overdue|Due today/)).toBeNull()
  })

  it('shows the outcome on closed cards', () => {
    seedStore(pipeline())
    render(<BoardScreen />)
    expect(screen.getByRole('button', { name: /^Umbrella/ }).textContent).toContain('Rejected')
    expect(screen.getByRole('button', { name: /^Vandelay/ }).textContent).toContain('No response')
  })

  it('opens the process detail on click and on Enter', async () => {
    seedStore(pipeline())
    const user = userEvent.setup()
    render(<BoardScreen />)
    const card = screen.getByRole('button', { name: /^Globex/ })
    await user.click(card)
    const globexId = Object.values(useApp.getState().processes).find((p) => p.company === 'Globex')!.id
    expect(useApp.getState().route).toEqual({ name: 'process', id: globexId })
    useApp.setState({ route: { name: 'board' } })
    card.focus()
    await user.keyboard('{Enter}')
    expect(useApp.getState().route).toEqual({ name: 'process', id: globexId })
  })

  it('renders hostile user text as text and clamps long names with a title', () => {
    const long = 'Ac'.repeat(5000)
    seedStore([
      process(long, { stage: 'waiting' }),
      process('<img src=x onerror="window.__xss=1">', { stage: 'waiting', role: 'مهندس بيانات' })
    ])
    render(<BoardScreen />)
    const name = screen.getByText(long)
    expect(name.getAttribute('title')).toBe(long)
    expect(name.className).toContain('user-text')
    expect(screen.getByText('<img src=x onerror="window.__xss=1">')).toBeTruthy()
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByText('مهندس بيانات').className).toContain('user-text')
  })

  it('virtualises long columns: 5,000 processes put only a screenful of cards in the page', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      process(`Company ${i}`, { stage: i % 2 ? 'waiting' : 'following-up', rounds: [round('2026-06-01')] })
    )
    seedStore(many)
    const started = performance.now()
    render(<BoardScreen />)
    const elapsed = performance.now() - started
    expect(screen.getByRole('heading', { name: 'Waiting, 2500 processes' })).toBeTruthy()
    expect(document.querySelectorAll('.board-card').length).toBeLessThan(100)
    // jsdom is far slower than Chromium; this only guards against rendering every card.
    expect(elapsed).toBeLessThan(3000)
  })
})

describe('Empty board', () => {
  it('welcomes a new user and loads sample data on request', async () => {
    const sample = [process('Sample Co', { stage: 'waiting' })]
    const bridge = installBridge({
      'sample.load': () => sample,
      'app.info': () => useApp.getState().info,
      'settings.get': () => useApp.getState().settings,
      'processes.summaries': () => sample
    })
    seedStore([])
    const user = userEvent.setup()
    render(<BoardScreen />)
    expect(screen.getByRole('heading', { name: /weeks after an interview/i })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Add your first interview' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Try with sample data' }))
    await waitFor(() => expect(screen.getByRole('button', { name: /^Sample Co/ })).toBeTruthy())
    expect(bridge.callsTo('sample.load')).toHaveLength(1)
    expect(bridge.callsTo('processes.summaries')).toHaveLength(1)
  })

  it('opens the create dialog from the welcome and from Ctrl+N', async () => {
    seedStore([])
    const user = userEvent.setup()
    render(<BoardScreen />)
    await user.click(screen.getByRole('button', { name: 'Add your first interview' }))
    expect(screen.getByRole('dialog', { name: 'New interview process' })).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.keyboard('{Control>}n{/Control}')
    expect(screen.getByRole('dialog', { name: 'New interview process' })).toBeTruthy()
  })
})

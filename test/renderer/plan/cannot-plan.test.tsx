// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { installBridge, process, round, seedStore } from '../board/fake-bridge'
import { installAfterview, makeProcess, makeRound, seed } from '../process/fake-afterview'

afterEach(cleanup)

// A round kept from old data with a date the planner cannot use: its card and its detail say
// so, and the other cards still show their next step.

describe('a process whose plan cannot be worked out', () => {
  it('shows a notice on its card while the others plan', () => {
    installBridge({})
    seedStore([
      process('Far Future', { id: 'bad', stage: 'interviewed', rounds: [round('9999-12-30')] }),
      process('Acme', { id: 'good', stage: 'interviewed', rounds: [round('2026-07-09')] })
    ])
    render(<BoardScreen />)
    const bad = screen.getByRole('button', { name: /^Far Future\./ })
    expect(bad.getAttribute('aria-label')).toMatch(/Can't plan · Needs a fix/)
    expect(within(bad.closest('.board-card') ?? bad).getByText('Needs a fix')).toBeTruthy()
    expect(screen.getByRole('button', { name: /^Acme\./ }).getAttribute('aria-label')).toMatch(/Thank-you/)
  })

  it('says why on its detail screen', () => {
    const p = makeProcess({ rounds: [makeRound('r1', '1999-03-02', { label: 'Phone screen' })] })
    seed([p])
    installAfterview({ 'notes.get': () => ({ text: '' }) })
    render(<ProcessScreen id={p.id} />)
    const panel = screen.getByRole('region', { name: 'Follow-up plan' })
    expect(within(panel).getByRole('status').textContent).toBe(
      'The date of the round "Phone screen" (1999-03-02) is outside 2000–2100: correct it to plan follow-ups.'
    )
    expect(within(panel).queryByText(/Overdue/)).toBeNull()
    // The timeline leaves out what it cannot place instead of drawing centuries of axis.
    expect([...panel.querySelectorAll('g.tl-row .tl-label')].map((el) => el.textContent)).toEqual([])
  })
})

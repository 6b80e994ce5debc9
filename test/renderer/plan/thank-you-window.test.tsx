// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { installBridge, process, round, seedStore } from '../board/fake-bridge'
import { installAfterview, makeProcess, makeRound, seed } from '../process/fake-afterview'

// Today is Friday 2026-07-10; the interview was Wednesday 07-08 at 14:00, so the thank-you was
// due Thursday and turns late on Friday at 14:00, not at midnight.

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const at = (hour: number) => vi.setSystemTime(new Date(2026, 6, 10, hour, 0))

function boardCard() {
  installBridge({})
  seedStore([process('Acme', { id: 'acme', stage: 'interviewed', rounds: [round('2026-07-08', 'Panel', { time: '14:00' })] })])
  render(<BoardScreen />)
  return screen.getByRole('button', { name: /^Acme\./ })
}

function planPanel() {
  const p = makeProcess({ stage: 'interviewed', messages: [], rounds: [makeRound('r1', '2026-07-08', { label: 'Panel', time: '14:00' })] })
  seed([p])
  installAfterview({ 'notes.get': () => ({ text: '' }) })
  render(<ProcessScreen id={p.id} />)
  return screen.getByRole('region', { name: 'Follow-up plan' })
}

describe('the thank-you within 48 hours of the interview', () => {
  it('is due, not overdue, on the card until 48 hours have passed', () => {
    at(10)
    expect(boardCard().getAttribute('aria-label')).toMatch(/Thank-you · Due today/)
    cleanup()
    at(15)
    expect(boardCard().getAttribute('aria-label')).toMatch(/Thank-you · 1 day overdue/)
  })

  it('says until when it is on time on the detail screen', () => {
    at(10)
    const panel = planPanel()
    expect(within(panel).queryByText(/Overdue/)).toBeNull()
    expect(within(panel).getByText(/^Still on time until Jul 10, 2:00\sPM$/)).toBeTruthy()
    const timelineNext = [...panel.querySelectorAll('g.tl-row')].find((g) => g.querySelector('.tl-label')?.textContent === 'Thank-you')
    expect(timelineNext?.querySelector('.tl-detail')?.textContent).toBe('Next · still on time')
    cleanup()
    at(15)
    const late = planPanel()
    expect(within(late).getByText('Overdue by 1 day')).toBeTruthy()
    expect(late.querySelector('g.tl-row-overdue .tl-detail')?.textContent).toBe('Next · 1 day overdue')
  })
})

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { installBridge, process, round, seedStore } from '../board/fake-bridge'
import { installAfterview, makeProcess, makeRound, seed } from './fake-afterview'

afterEach(cleanup)

// Today is Friday 2026-07-10. The employer had said they would decide by Monday 07-13; that
// date is not an offer deadline.

describe('an offer on the board', () => {
  it('shows its own answer-by date, not the old decision date', () => {
    installBridge({})
    seedStore([
      process('Acme', { id: 'acme', stage: 'offer', decisionBy: '2026-07-13', rounds: [round('2026-07-01')] }),
      process('Bolt', { id: 'bolt', stage: 'offer', decisionBy: '2026-07-13', offerAnswerBy: '2026-07-20', rounds: [round('2026-07-01')] }),
      process('Cord', { id: 'cord', stage: 'offer', offerAnswerBy: '2026-07-09', rounds: [round('2026-07-01')] })
    ])
    render(<BoardScreen />)
    const label = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}\\.`) }).getAttribute('aria-label') ?? ''
    expect(label('Acme')).toMatch(/Offer — your call/)
    expect(label('Acme')).not.toMatch(/Decide|Jul 13/)
    expect(label('Bolt')).toMatch(/Answer the offer · by Jul 20/)
    expect(label('Cord')).toMatch(/Answer the offer · Answer overdue/)
  })
})

describe('an offer on its detail screen', () => {
  it('edits the answer-by date, apart from the decision date', async () => {
    const p = makeProcess({ stage: 'offer', decisionBy: '2026-07-13', rounds: [makeRound('r1', '2026-07-01')] })
    seed([p])
    const fake = installAfterview({ 'notes.get': () => ({ text: '' }), 'processes.update': ({ patch }) => ({ ...p, ...patch }) })
    render(<ProcessScreen id={p.id} />)
    const answer = screen.getByLabelText('Answer the offer by') as HTMLInputElement
    expect(answer.value).toBe('')
    expect((screen.getByLabelText('They said they would decide by') as HTMLInputElement).value).toBe('2026-07-13')
    fireEvent.change(answer, { target: { value: '2026-07-17' } })
    await waitFor(() => expect(fake.to('processes.update')).toEqual([{ id: p.id, patch: { offerAnswerBy: '2026-07-17' } }]))
    await waitFor(() => expect(screen.getByText(/^Friday, July 17: you are reminded 2 days ahead and on the day\.$/)).toBeTruthy())
  })

  it('is not asked for before there is an offer', () => {
    const p = makeProcess({ stage: 'waiting', rounds: [makeRound('r1', '2026-07-01')] })
    seed([p])
    installAfterview({ 'notes.get': () => ({ text: '' }) })
    render(<ProcessScreen id={p.id} />)
    expect(screen.queryByLabelText('Answer the offer by')).toBeNull()
  })
})

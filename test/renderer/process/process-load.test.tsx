// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { useApp } from '../../../src/renderer/src/store'
import { summarizeProcess } from '../../../src/shared/process-summary'
import { installAfterview, makeMessage, makeProcess, makeRound, refuse, seed } from './fake-afterview'

// The window starts with summaries only: opening a process asks main for the whole of it once,
// and shows it when it arrives.

afterEach(cleanup)

const whole = () =>
  makeProcess({
    rounds: [makeRound('r1', '2026-07-01', { label: 'Phone screen' })],
    messages: [makeMessage('m1', { subject: 'Thank you — Senior Data Analyst', body: 'Hi Dana', step: 'thank-you' })]
  })

/** The store as start-up leaves it: the summary of `p`, not the process itself. */
function seedSummaryOnly(p: ReturnType<typeof whole>) {
  seed([p])
  useApp.setState({ processes: { [p.id]: summarizeProcess(p) }, details: {} })
}

describe('Opening a process', () => {
  it('loads the whole process from main, once, and shows it', async () => {
    const p = whole()
    seedSummaryOnly(p)
    const fake = installAfterview({ 'processes.get': () => p, 'notes.get': () => ({ text: '' }) })
    render(<ProcessScreen id={p.id} />)
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
    expect(await screen.findByRole('heading', { level: 1, name: p.company })).toBeTruthy()
    expect(screen.getByText('Thank you — Senior Data Analyst')).toBeTruthy()
    expect(fake.to('processes.get')).toEqual([{ id: p.id }])
    expect(useApp.getState().details[p.id]).toEqual(p)
    expect(useApp.getState().processes[p.id]).toEqual(summarizeProcess(p))
  })

  it('uses the process it already holds without asking again', async () => {
    const p = whole()
    seed([p])
    const fake = installAfterview({ 'notes.get': () => ({ text: '' }) })
    render(<ProcessScreen id={p.id} />)
    expect(screen.getByRole('heading', { level: 1, name: p.company })).toBeTruthy()
    expect(fake.to('processes.get')).toEqual([])
  })

  it('says the process is no longer here when main no longer has it', async () => {
    const p = whole()
    seedSummaryOnly(p)
    installAfterview({
      'processes.get': () => {
        throw refuse('That interview process no longer exists.', [], 'not-found')
      }
    })
    render(<ProcessScreen id={p.id} />)
    expect(await screen.findByRole('heading', { name: 'This interview is no longer here' })).toBeTruthy()
    await waitFor(() => expect(useApp.getState().processes[p.id]).toBeUndefined())
  })
})

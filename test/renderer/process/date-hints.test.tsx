// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { installAfterview, makeProcess, makeRound, seed } from './fake-afterview'

afterEach(cleanup)

// A date or time picker shows the system's format (mm/dd/yyyy, --:-- --, dd/mm/yyyy…): the
// words under it must not name another one.

const FORMAT_WORDS = /YYYY|MM[-/]DD|DD[-/]MM|HH:MM|\b\d{1,2}:\d{2}\b/i

function messagesUnder(input: HTMLElement): string[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '')
}

function setup() {
  const p = makeProcess({ rounds: [makeRound('r1', '2026-07-01', { label: 'Phone screen' })] })
  seed([p])
  installAfterview({ 'notes.get': () => ({ text: '' }) })
  render(<ProcessScreen id={p.id} />)
}

describe('hints and messages under date and time fields', () => {
  it('name no format when a round is saved with its date or time left incomplete', () => {
    setup()
    fireEvent.click(screen.getByRole('button', { name: '+ Add round' }))
    const dialog = screen.getByRole('dialog')
    const date = within(dialog).getByLabelText('Date')
    const time = within(dialog).getByLabelText('Time')
    fireEvent.change(date, { target: { value: '' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add round' }))
    const shown = [...messagesUnder(date), ...messagesUnder(time)]
    expect(shown).toContain('Enter a full date (day, month and year)')
    for (const text of shown) expect(text).not.toMatch(FORMAT_WORDS)
  })

  it('name no format under the logged message date and the decision date', () => {
    setup()
    const decision = screen.getByLabelText('They said they would decide by')
    for (const text of messagesUnder(decision)) expect(text).not.toMatch(FORMAT_WORDS)
    fireEvent.click(screen.getByRole('button', { name: '+ Log a message' }))
    const dialog = screen.getByRole('dialog')
    const date = within(dialog).getByLabelText('Date')
    fireEvent.change(date, { target: { value: '' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log message' }))
    const shown = messagesUnder(date)
    expect(shown.length).toBeGreaterThan(0)
    for (const text of shown) expect(text).not.toMatch(FORMAT_WORDS)
  })
})

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { installAfterview, makeProcess, makeRound, seed } from '../process/fake-afterview'

// One way of writing a time on every screen: the timeline's round row and the round card
// both follow the system locale.

const original = navigator.languages
function setLanguages(...languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })
  Object.defineProperty(navigator, 'language', { value: languages[0] ?? '', configurable: true })
}
afterEach(() => {
  cleanup()
  setLanguages(...original)
})

function shownTimes() {
  const p = makeProcess({ rounds: [makeRound('r1', '2026-07-08', { label: 'Panel', time: '14:00', format: 'panel' })] })
  seed([p])
  installAfterview({ 'notes.get': () => ({ text: '' }) })
  render(<ProcessScreen id={p.id} />)
  const card = screen.getAllByRole('article')[0].textContent ?? ''
  const row = [...document.querySelectorAll('g.tl-row')].find((g) => g.querySelector('.tl-label')?.textContent === 'Panel')
  return { card, timeline: row?.querySelector('.tl-detail')?.textContent ?? '' }
}

describe('times on the timeline', () => {
  it('read as on the round card in en-US', () => {
    setLanguages('en-US')
    const { card, timeline } = shownTimes()
    expect(timeline).toMatch(/^Panel · 2:00\sPM$/)
    expect(card).toMatch(/2:00\sPM/)
  })

  it('read as on the round card in en-GB', () => {
    setLanguages('en-GB')
    const { card, timeline } = shownTimes()
    expect(timeline).toBe('Panel · 14:00')
    expect(card).toContain('14:00')
  })
})

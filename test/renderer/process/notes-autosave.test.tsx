// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { NotesEditor } from '../../../src/renderer/src/screens/process/NotesEditor'
import { useApp } from '../../../src/renderer/src/store'
import { installAfterview, makeProcess, makeRound, refuse, seed } from './fake-afterview'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

async function mountEditor(save: (input: { text: string }) => unknown = () => ({ savedAt: 'now' }), stored = 'stored notes') {
  seed([makeProcess({ rounds: [makeRound('r1', '2026-07-01')] })])
  const fake = installAfterview({ 'notes.get': () => ({ text: stored }), 'notes.save': save })
  const view = render(<NotesEditor processId="p1" roundId="r1" roundLabel="Phone screen" />)
  const box = screen.getByLabelText('Notes') as HTMLTextAreaElement
  // Loaded with real timers; the debounce is then driven by fake ones.
  await vi.waitFor(() => expect(box.value).toBe(stored))
  vi.useFakeTimers()
  return { fake, box, view }
}

const type = (box: HTMLTextAreaElement, text: string) => fireEvent.input(box, { target: { value: text } })

describe('Round notes autosave', () => {
  it('saves once typing pauses for 600 ms, sending only the latest text', async () => {
    const { fake, box } = await mountEditor()
    type(box, 'stored notes a')
    await act(() => vi.advanceTimersByTimeAsync(400))
    type(box, 'stored notes ab')
    await act(() => vi.advanceTimersByTimeAsync(599))
    expect(fake.to('notes.save')).toEqual([])
    expect(screen.getByText('Saving…')).toBeTruthy()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(fake.to('notes.save')).toEqual([{ processId: 'p1', roundId: 'r1', text: 'stored notes ab' }])
    expect(screen.getByText('Saved')).toBeTruthy()
  })

  it('saves at once on blur and again on unmount if something is left', async () => {
    const { fake, box, view } = await mountEditor()
    type(box, 'first')
    fireEvent.blur(box)
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(fake.to('notes.save').map((c) => c.text)).toEqual(['first'])
    type(box, 'second')
    view.unmount()
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(fake.to('notes.save').map((c) => c.text)).toEqual(['first', 'second'])
  })

  it('keeps the text and shows the error when a save fails, then retries', async () => {
    let fail = true
    const { fake, box } = await mountEditor(({ text }) => {
      if (fail) throw refuse('The disk is full', [], 'internal')
      return { savedAt: text }
    })
    type(box, 'precious words')
    await act(() => vi.advanceTimersByTimeAsync(600))
    expect(screen.getByRole('alert').textContent).toContain('Not saved: The disk is full')
    expect(box.value).toBe('precious words')
    fail = false
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(fake.to('notes.save').map((c) => c.text)).toEqual(['precious words', 'precious words'])
    expect(screen.getByText('Saved')).toBeTruthy()
  })

  it('never lets an older save land after a newer one', async () => {
    const resolvers: (() => void)[] = []
    const { fake, box } = await mountEditor(() => new Promise((resolve) => resolvers.push(() => resolve({ savedAt: 'x' }))))
    type(box, 'v1')
    await act(() => vi.advanceTimersByTimeAsync(600))
    type(box, 'v2')
    await act(() => vi.advanceTimersByTimeAsync(600))
    // v1 is still in flight: v2 waits for it instead of racing it.
    expect(fake.to('notes.save').map((c) => c.text)).toEqual(['v1'])
    await act(async () => resolvers.shift()!())
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(fake.to('notes.save').map((c) => c.text)).toEqual(['v1', 'v2'])
    await act(async () => resolvers.shift()!())
    expect(screen.getByText('Saved')).toBeTruthy()
  })

  it('keeps text whose save failed after leaving and offers it when the round is opened again', async () => {
    const { box, view } = await mountEditor(() => {
      throw refuse('Store is read-only', [], 'internal')
    })
    type(box, 'typed just before leaving')
    view.unmount()
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(useApp.getState().toasts.at(-1)?.message).toMatch(/could not be saved yet/)
    vi.useRealTimers()
    const fake = installAfterview({ 'notes.get': () => ({ text: 'old stored text' }), 'notes.save': () => ({ savedAt: 'now' }) })
    render(<NotesEditor processId="p1" roundId="r1" roundLabel="Phone screen" />)
    const again = screen.getByLabelText('Notes') as HTMLTextAreaElement
    await vi.waitFor(() => expect(again.value).toBe('typed just before leaving'))
    expect(fake.to('notes.get')).toEqual([])
    await vi.waitFor(() => expect(fake.to('notes.save').map((c) => c.text)).toEqual(['typed just before leaving']), { timeout: 2000 })
  })

  it('handles a 1 MB note without putting it in the store', async () => {
    const big = 'x'.repeat(1_000_000)
    const { fake, box } = await mountEditor(undefined, big)
    type(box, big + '!')
    await act(() => vi.advanceTimersByTimeAsync(600))
    expect(fake.to('notes.save')[0].text).toHaveLength(1_000_001)
    expect(JSON.stringify(useApp.getState()).length).toBeLessThan(100_000)
  })
})

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { Toasts } from '../../../src/renderer/src/components/Toasts'
import { useApp } from '../../../src/renderer/src/store'
import { UNDO_MS } from '../../../src/renderer/src/store/undo-delete'
import type { Process } from '../../../src/shared/model'
import { installAfterview, makeMessage, makePerson, makeProcess, makeRound, seed } from './fake-afterview'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  useApp.setState({ toasts: [] })
})

// Each delete offers Undo for a few seconds; Undo hands main the process exactly as it was
// (same ids) with the deleted round's notes, and main's answer is what the window shows.

const original = () =>
  makeProcess({
    rounds: [makeRound('r1', '2026-07-01', { label: 'Phone screen' }), makeRound('r2', '2026-07-03', { label: 'Panel' })],
    people: [makePerson('dana', 'Dana Whitfield', { roundIds: ['r1'] })],
    messages: [makeMessage('m1', { subject: 'Thanks for today' })],
    updatedAt: '2026-07-05T10:00:00.000Z'
  })

function mount(p: Process) {
  let stored: Process | null = p
  const fake = installAfterview({
    'notes.get': ({ roundId }) => ({ text: roundId === 'r1' ? 'my notes for r1' : '' }),
    'rounds.delete': ({ roundId }) =>
      (stored = { ...stored!, rounds: stored!.rounds.filter((r) => r.id !== roundId), updatedAt: '2026-07-05T11:00:00.000Z' }),
    'people.delete': ({ personId }) =>
      (stored = { ...stored!, people: stored!.people.filter((x) => x.id !== personId), updatedAt: '2026-07-05T11:00:00.000Z' }),
    'messages.delete': ({ messageId }) =>
      (stored = { ...stored!, messages: stored!.messages.filter((x) => x.id !== messageId), updatedAt: '2026-07-05T11:00:00.000Z' }),
    'processes.delete': () => {
      stored = null
      return { ok: true }
    },
    'processes.restore': ({ process }) => (stored = { ...process, updatedAt: '2026-07-05T12:00:00.000Z' })
  })
  seed([p])
  render(
    <>
      <ProcessScreen id={p.id} />
      <Toasts />
    </>
  )
  return fake
}

const confirm = (label: string) => fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: label }))
const undo = async () => fireEvent.click(await screen.findByRole('button', { name: 'Undo' }))

describe('undo after a delete', () => {
  it('brings a deleted round back with its id, points and notes', async () => {
    const p = original()
    const fake = mount(p)
    const round = document.getElementById('round-r1')!
    fireEvent.click(within(round).getByRole('button', { name: /Delete/ }))
    confirm('Delete round')
    await waitFor(() => expect(useApp.getState().processes[p.id].rounds.map((r) => r.id)).toEqual(['r2']))
    await undo()
    await waitFor(() => expect(fake.to('processes.restore')).toHaveLength(1))
    const [restore] = fake.to('processes.restore') as { process: Process; notes: Record<string, string>; expectUpdatedAt: string }[]
    expect(restore.process).toEqual(p)
    expect(restore.notes).toEqual({ r1: 'my notes for r1' })
    // Only if nothing changed since the delete.
    expect(restore.expectUpdatedAt).toBe('2026-07-05T11:00:00.000Z')
    await waitFor(() => expect(useApp.getState().processes[p.id].rounds.map((r) => r.id)).toEqual(['r1', 'r2']))
  })

  it('brings back a removed person', async () => {
    const p = original()
    const fake = mount(p)
    fireEvent.click(screen.getByRole('button', { name: /Remove Dana Whitfield|Delete Dana Whitfield/ }))
    confirm('Remove')
    await waitFor(() => expect(useApp.getState().processes[p.id].people).toEqual([]))
    await undo()
    await waitFor(() => expect(useApp.getState().processes[p.id].people.map((x) => x.id)).toEqual(['dana']))
    expect((fake.to('processes.restore')[0] as { process: Process }).process.people).toEqual(p.people)
  })

  it('brings back a deleted process with every round’s notes', async () => {
    const p = original()
    const fake = mount(p)
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    confirm('Delete')
    await waitFor(() => expect(useApp.getState().processes[p.id]).toBeUndefined())
    await undo()
    await waitFor(() => expect(useApp.getState().processes[p.id]?.id).toBe(p.id))
    expect(fake.to('processes.restore')[0]).toEqual({ process: p, notes: { r1: 'my notes for r1' }, expectUpdatedAt: null })
  })

  it('offers Undo for eight seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const p = original()
    mount(p)
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    confirm('Delete')
    await screen.findByRole('button', { name: 'Undo' })
    act(() => vi.advanceTimersByTime(UNDO_MS - 500))
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })
})

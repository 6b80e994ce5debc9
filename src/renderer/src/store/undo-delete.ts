import type { Process } from '../../../shared/model'
import { call, errorMessage } from '../api'
import { changeProcess } from './actions'
import { useApp } from './index'

// Deletes that can be taken back for a few seconds. Main deletes straight away (it stays the
// source of truth); the window keeps what was deleted, the process as it was and its rounds'
// notes, and Undo hands that back to main with the same ids (processes.restore).

export const UNDO_MS = 8000

type ChildDelete =
  | { channel: 'rounds.delete'; input: { processId: string; roundId: string } }
  | { channel: 'people.delete'; input: { processId: string; personId: string } }
  | { channel: 'messages.delete'; input: { processId: string; messageId: string } }

async function notesOf(p: Process, roundIds: string[]): Promise<Record<string, string>> {
  const notes: Record<string, string> = {}
  for (const roundId of roundIds) {
    // Notes that cannot be read now cannot be brought back either; the delete still goes ahead.
    const text = await call('notes.get', { processId: p.id, roundId }).then((r) => r.text, () => '')
    if (text) notes[roundId] = text
  }
  return notes
}

function offerUndo(message: string, restore: () => Promise<void>): void {
  useApp.getState().toast(
    message,
    'success',
    {
      label: 'Undo',
      run: () =>
        void restore().catch((err) => useApp.getState().toast(`Could not undo: ${errorMessage(err)}`, 'error'))
    },
    undefined,
    UNDO_MS
  )
}

/** Deletes a round, person or message and offers to undo it; `what` names it in the toast. */
export async function deleteChildWithUndo(before: Process, del: ChildDelete, what: string): Promise<void> {
  // A round's notes go with it: keep them first, or the undo could not bring them back.
  const notes = del.channel === 'rounds.delete' ? await notesOf(before, [del.input.roundId]) : {}
  const after = await changeProcess(del.channel, del.input as never)
  offerUndo(`Deleted ${what}.`, async () => {
    const restored = await call('processes.restore', { process: before, notes, expectUpdatedAt: after.updatedAt })
    useApp.getState().upsertProcess(restored)
  })
}

/** Deletes a whole process (after keeping its notes) and offers to undo it. */
export async function deleteProcessWithUndo(before: Process, what: string): Promise<void> {
  const notes = await notesOf(before, before.rounds.map((r) => r.id))
  await call('processes.delete', { id: before.id })
  useApp.getState().removeProcess(before.id)
  offerUndo(`Deleted ${what}.`, async () => {
    const restored = await call('processes.restore', { process: before, notes, expectUpdatedAt: null })
    useApp.getState().upsertProcess(restored)
  })
}

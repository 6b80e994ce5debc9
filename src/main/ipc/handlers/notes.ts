import type { Handlers } from '../dispatch'
import { HandlerError } from '../dispatch'
import type { HandlerContext } from '../context'

type NotesHandlers = Pick<Handlers, 'notes.get' | 'notes.save' | 'search.notes'>

export function notesHandlers({ store }: HandlerContext): NotesHandlers {
  const requireRound = (processId: string, roundId: string) => {
    const p = store.getProcess(processId)
    if (!p || !p.rounds.some((r) => r.id === roundId)) {
      throw new HandlerError('not-found', 'That interview round no longer exists.')
    }
  }
  return {
    'notes.get': async ({ processId, roundId }) => {
      requireRound(processId, roundId)
      return { text: await store.getNotes(processId, roundId) }
    },
    'notes.save': async ({ processId, roundId, text }) => {
      requireRound(processId, roundId)
      await store.saveNotes(processId, roundId, text)
      return { savedAt: new Date().toISOString() }
    },
    'search.notes': async ({ query }) => {
      const q = query.trim()
      return { ids: q.length < 2 ? [] : await store.searchNotes(q) }
    }
  }
}

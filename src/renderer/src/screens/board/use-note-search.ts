import { useEffect, useRef, useState } from 'react'
import { call } from '../../api'
import { useApp } from '../../store'

export const NOTE_SEARCH_DELAY_MS = 200
const MIN_QUERY = 2

/**
 * Asks the main process which processes' notes match the query (note bodies never come to the
 * renderer), debounced so typing stays instant. Answers that arrive after the query changed
 * again are dropped. Returns true while an answer is awaited.
 */
export function useNoteSearch(): boolean {
  const query = useApp((s) => s.query)
  const matchedFor = useRef('')
  const latest = useRef(0)
  const [pending, setPending] = useState(false)

  useEffect(() => {
    const q = query.trim()
    const { setNoteMatches } = useApp.getState()
    // Matches for "acme" are a superset of those for "acme corp", so they may stay on screen
    // while the narrower answer is on its way; anything else is cleared straight away.
    if (!q || q.length < MIN_QUERY || !q.toLowerCase().startsWith(matchedFor.current.toLowerCase())) {
      matchedFor.current = ''
      if (useApp.getState().noteMatches.length) setNoteMatches([])
    }
    const ticket = ++latest.current
    if (q.length < MIN_QUERY) {
      setPending(false)
      return
    }
    setPending(true)
    const timer = setTimeout(() => {
      call('search.notes', { query: q.slice(0, 200) })
        .then(({ ids }) => {
          if (ticket !== latest.current) return
          matchedFor.current = q
          const current = useApp.getState().noteMatches
          // The same answer again (often none at all) must not re-filter and re-render the board.
          if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) setNoteMatches(ids)
        })
        .catch(() => {
          // Searching notes is a bonus on top of the instant search; a failure there is not
          // worth interrupting the user for, and the board still filters by everything else.
          if (ticket === latest.current && useApp.getState().noteMatches.length) setNoteMatches([])
        })
        .finally(() => {
          if (ticket === latest.current) setPending(false)
        })
    }, NOTE_SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [query])

  return pending
}

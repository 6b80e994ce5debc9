import { useEffect, useMemo, useState } from 'react'
import { ownWords } from '../../../../shared/compose/grammar'
import type { Process, Round, Settings } from '../../../../shared/model'
import { call } from '../../api'

// The words the grammar checker must accept in a draft: the user's own name and signature, the
// company, the role, the people met, and the terms in this round's notes and key points.

export function useOwnWords(process: Process, settings: Settings, round: Round | null): string[] {
  const [notes, setNotes] = useState('')
  const processId = process.id
  const roundId = round?.id ?? null

  useEffect(() => {
    if (!roundId) return
    let live = true
    call('notes.get', { processId, roundId }).then(
      ({ text }) => live && setNotes(text),
      // Without the notes the checker still knows the names; nothing to tell the user.
      () => undefined
    )
    return () => {
      live = false
    }
  }, [processId, roundId])

  return useMemo(() => {
    const names = [
      process.company,
      process.role,
      settings.name,
      settings.signature,
      ...process.people.flatMap((p) => [p.name, p.title]),
      ...process.rounds.flatMap((r) => [r.label, r.location])
    ]
    const points = process.rounds.flatMap((r) => r.points.flatMap((p) => [p.text, p.mention ?? '']))
    return ownWords({ names, notes: [notes, ...points] })
  }, [process, settings.name, settings.signature, notes])
}

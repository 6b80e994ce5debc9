import type { Outcome, Stage } from '../../../../shared/model'
import { ApiError, errorMessage } from '../../api'
import { changeProcess } from '../../store/actions'
import { useApp } from '../../store'

/**
 * Moves a card at once and asks the main process to do the same; what main answers wins. If it
 * refuses, the card goes back where it was (unless something newer replaced it meanwhile).
 */
export async function moveProcess(id: string, stage: Stage, outcome?: Outcome): Promise<boolean> {
  const { processes, setSummary, toast } = useApp.getState()
  const before = processes[id]
  if (!before) return false
  const optimistic = { ...before, stage, outcome: stage === 'closed' ? (outcome ?? null) : null }
  setSummary(optimistic)
  try {
    await changeProcess('processes.move', stage === 'closed' ? { id, stage, outcome } : { id, stage })
    return true
  } catch (err) {
    if (useApp.getState().processes[id] === optimistic) setSummary(before)
    // changeProcess leaves validation errors to forms; a move has no form, so say it here.
    if (err instanceof ApiError && err.code === 'invalid-input') toast(errorMessage(err), 'error')
    return false
  }
}

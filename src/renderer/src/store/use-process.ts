import { useEffect } from 'react'
import type { Process } from '../../../shared/model'
import { ApiError, call, errorMessage } from '../api'
import { useApp } from './index'

// Screens about one process need all of it; the window starts with summaries only (see
// data-slice.ts), so the first such screen for a process asks main for the whole of it.

export type ProcessLookup = { state: 'ready'; process: Process } | { state: 'loading' } | { state: 'missing' }

// Asked and not answered yet: a second screen or render asking meanwhile waits for that answer.
const asking = new Set<string>()

export async function fetchProcess(id: string): Promise<void> {
  if (asking.has(id)) return
  asking.add(id)
  try {
    const p = await call('processes.get', { id })
    const { processes, details, upsertProcess } = useApp.getState()
    // Deleted meanwhile, or a change already brought a newer copy: keep what the window has.
    const held = details[id]
    if (processes[id] && (!held || held.updatedAt <= p.updatedAt)) upsertProcess(p)
  } catch (err) {
    if (err instanceof ApiError && err.code === 'not-found') useApp.getState().removeProcess(id)
    else useApp.getState().toast(errorMessage(err), 'error')
  } finally {
    asking.delete(id)
  }
}

/** The whole process `id`: ready, on its way from main, or not (any more) in the data. */
export function useProcess(id: string): ProcessLookup {
  const known = useApp((s) => id in s.processes)
  const process = useApp((s) => s.details[id])
  useEffect(() => {
    if (known && !process) void fetchProcess(id)
  }, [id, known, process])
  if (process) return { state: 'ready', process }
  return known ? { state: 'loading' } : { state: 'missing' }
}

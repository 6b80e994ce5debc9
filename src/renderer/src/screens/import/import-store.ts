import { create } from 'zustand'
import { call, errorMessage } from '../../api'
import { useApp } from '../../store'
import { SHARED_MAIL } from './ProcessPicker'
import { readImport, userTimeZone, type ImportSource, type ReadImport } from './read-import'
import type { ProcessSummary } from '../../../../shared/process-summary'

// The invite or reply waiting in the preview dialog, and where it was dropped: a process, or the
// board (null: the dialog offers the process it fits best).

export type Pending = Exclude<ReadImport, { kind: 'error' }> & { processId: string | null; id: number }

interface ImportState {
  pending: Pending | null
  show(p: Omit<Pending, 'id'>): void
  /** Closes that preview only: a later import may have replaced it meanwhile. */
  close(id: number): void
}

let nextId = 1

export const useImport = create<ImportState>()((set, get) => ({
  pending: null,
  show: (pending) => set({ pending: { ...pending, id: nextId++ } as Pending }),
  close: (id) => {
    if (get().pending?.id === id) set({ pending: null })
  }
}))

/** Reads what was dropped, pasted or picked; a preview opens, or a toast says why not. */
export async function startImport(source: ImportSource, processId: string | null): Promise<void> {
  const { settings, info, toast } = useApp.getState()
  if (info?.readOnly) {
    return toast('This window is read-only: another Afterview owns the data. Nothing was imported.', 'error')
  }
  let read: ReadImport
  try {
    const today = info?.today ?? new Date().toISOString().slice(0, 10)
    read = await readImport(source, { timeZone: userTimeZone(), selfEmail: settings?.email ?? '', today })
  } catch (err) {
    read = { kind: 'error', message: errorMessage(err) }
  }
  if (read.kind === 'error') return toast(read.message, 'error')
  useImport.getState().show({ ...read, processId })
}

/** File → Import…: main opens the picker; the bytes come back base64. */
export async function importFromPicker(): Promise<void> {
  const { route, toast } = useApp.getState()
  try {
    const picked = await call('file.openImport')
    if ('canceled' in picked) return
    const binary = atob(picked.base64)
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    await startImport({ kind: 'file', name: picked.name, bytes }, route.name === 'process' ? route.id : null)
  } catch (err) {
    toast(errorMessage(err), 'error')
  }
}

const lower = (s: string) => s.trim().toLowerCase()
const domainOf = (email: string) => lower(email).split('@')[1] ?? ''

/**
 * The process an invite or reply from the board belongs to: the one holding the invite's event,
 * then one that knows an address, then one with people at the same company domain.
 */
export function bestProcess(processes: ProcessSummary[], emails: string[], uid?: string): ProcessSummary | null {
  const open = processes.filter((p) => p.stage !== 'closed')
  const pool = open.length ? open : processes
  if (uid) {
    const byUid = processes.find((p) => p.rounds.some((r) => r.uid === uid))
    if (byUid) return byUid
  }
  const wanted = new Set(emails.map(lower).filter(Boolean))
  const byEmail = pool.find((p) => p.people.some((person) => wanted.has(lower(person.email))))
  if (byEmail) return byEmail
  const domains = new Set([...wanted].map(domainOf).filter((d) => d && !SHARED_MAIL.test(d.split('.')[0])))
  return pool.find((p) => p.people.some((person) => domains.has(domainOf(person.email)))) ?? null
}

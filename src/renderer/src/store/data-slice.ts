import type { StateCreator } from 'zustand'
import type { Process, Settings } from '../../../shared/model'
import { summarizeProcess, type ProcessSummary } from '../../../shared/process-summary'
import type { AppInfo } from '../../../shared/ipc/contract'
import { call, errorMessage } from '../api'
import type { AppState } from './index'

// A mirror of what the main process holds: the main process stays the source of truth and
// every change comes back from it before it shows here. Every process is mirrored as a summary
// (what the board, agenda and insights read); whole processes only once a screen asked for one
// (see use-process.ts) or a change returned one.

export interface DataSlice {
  processes: Record<string, ProcessSummary>
  /** Whole processes, by id: each one's summary is in `processes` too. */
  details: Record<string, Process>
  settings: Settings | null
  info: AppInfo | null
  loaded: boolean
  loadError: string | null
  load(): Promise<void>
  /** A whole process from main: its summary and the whole of it. */
  upsertProcess(p: Process): void
  /** Only the summary (a card moved before main answers, or put back after it refused). */
  setSummary(p: ProcessSummary): void
  removeProcess(id: string): void
  setSettings(s: Settings): void
  /** A new local date from main (after midnight or sleep): badges, agenda and default dates follow. */
  setToday(today: string): void
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  processes: {},
  details: {},
  settings: null,
  info: null,
  loaded: false,
  loadError: null,
  async load() {
    try {
      const [info, settings, list] = await Promise.all([
        call('app.info'),
        call('settings.get'),
        call('processes.summaries')
      ])
      const processes: Record<string, ProcessSummary> = {}
      for (const p of list) processes[p.id] = p
      // Whole processes held from before may be out of date now (an import, a restore): the
      // screen showing one asks for it again.
      set({ info, settings, processes, details: {}, loaded: true, loadError: null })
      // The board benchmark measures first render from here.
      performance.mark('afterview:data-loaded')
    } catch (err) {
      set({ loaded: true, loadError: errorMessage(err) })
    }
  },
  upsertProcess: (p) =>
    set((s) => ({ processes: { ...s.processes, [p.id]: summarizeProcess(p) }, details: { ...s.details, [p.id]: p } })),
  setSummary: (p) => set((s) => ({ processes: { ...s.processes, [p.id]: p } })),
  removeProcess: (id) =>
    set((s) => {
      const processes = { ...s.processes }
      const details = { ...s.details }
      delete processes[id]
      delete details[id]
      return { processes, details }
    }),
  setSettings: (settings) => set({ settings }),
  setToday: (today) => set((s) => (s.info && s.info.today !== today ? { info: { ...s.info, today } } : {}))
})

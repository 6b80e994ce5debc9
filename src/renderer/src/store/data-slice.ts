import type { StateCreator } from 'zustand'
import type { Process, Settings } from '../../../shared/model'
import type { AppInfo } from '../../../shared/ipc/contract'
import { call, errorMessage } from '../api'
import type { AppState } from './index'

// A mirror of what the main process holds: the main process stays the source of truth and
// every change comes back from it before it shows here.

export interface DataSlice {
  processes: Record<string, Process>
  settings: Settings | null
  info: AppInfo | null
  loaded: boolean
  loadError: string | null
  load(): Promise<void>
  upsertProcess(p: Process): void
  removeProcess(id: string): void
  setSettings(s: Settings): void
  /** A new local date from main (after midnight or sleep): badges, agenda and default dates follow. */
  setToday(today: string): void
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  processes: {},
  settings: null,
  info: null,
  loaded: false,
  loadError: null,
  async load() {
    try {
      const [info, settings, list] = await Promise.all([call('app.info'), call('settings.get'), call('processes.list')])
      const processes: Record<string, Process> = {}
      for (const p of list) processes[p.id] = p
      set({ info, settings, processes, loaded: true, loadError: null })
      // The board benchmark measures first render from here.
      performance.mark('afterview:data-loaded')
    } catch (err) {
      set({ loaded: true, loadError: errorMessage(err) })
    }
  },
  upsertProcess: (p) => set((s) => ({ processes: { ...s.processes, [p.id]: p } })),
  removeProcess: (id) =>
    set((s) => {
      const next = { ...s.processes }
      delete next[id]
      return { processes: next }
    }),
  setSettings: (settings) => set({ settings }),
  setToday: (today) => set((s) => (s.info && s.info.today !== today ? { info: { ...s.info, today } } : {}))
})

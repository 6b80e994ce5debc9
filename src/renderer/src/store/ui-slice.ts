import type { StateCreator } from 'zustand'
import type { Stage } from '../../../shared/model'
import type { AppState } from './index'

export type Route =
  | { name: 'board' }
  | { name: 'agenda' }
  | { name: 'stats' }
  | { name: 'settings' }
  | { name: 'process'; id: string; roundId?: string }
  | { name: 'review'; processId: string; roundId: string }
  | { name: 'compose'; processId: string; situation?: string; step?: string; personId?: string }

export interface Filters {
  stages: Stage[]
  dueOnly: boolean
}

export interface UiSlice {
  route: Route
  history: Route[]
  query: string
  filters: Filters
  /** Process ids whose notes match the query (answered by the main process). */
  noteMatches: string[]
  /** Set by the app menu's New process; the board opens its create dialog and clears it. */
  newProcessRequested: boolean
  navigate(route: Route): void
  requestNewProcess(): void
  clearNewProcessRequest(): void
  back(): void
  setQuery(q: string): void
  setFilters(f: Partial<Filters>): void
  setNoteMatches(ids: string[]): void
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  route: { name: 'board' },
  history: [],
  query: '',
  filters: { stages: [], dueOnly: false },
  noteMatches: [],
  newProcessRequested: false,
  navigate: (route) => set((s) => ({ route, history: [...s.history.slice(-30), s.route] })),
  requestNewProcess: () =>
    set((s) =>
      s.route.name === 'board'
        ? { newProcessRequested: true }
        : { newProcessRequested: true, route: { name: 'board' }, history: [...s.history.slice(-30), s.route] }
    ),
  clearNewProcessRequest: () => set({ newProcessRequested: false }),
  back: () =>
    set((s) => {
      const prev = s.history[s.history.length - 1]
      return prev ? { route: prev, history: s.history.slice(0, -1) } : { route: { name: 'board' } }
    }),
  setQuery: (query) => set({ query }),
  setFilters: (f) => set((s) => ({ filters: { ...s.filters, ...f } })),
  setNoteMatches: (noteMatches) => set({ noteMatches })
})

import type { StateCreator } from 'zustand'
import type { AppState } from './index'

export interface Toast {
  id: number
  kind: 'info' | 'success' | 'error' | 'reminder'
  message: string
  action?: { label: string; run: () => void }
  /** A reminder about this process: it goes away once the process changes (a step was handled). */
  processId?: string
}

export interface ToastSlice {
  toasts: Toast[]
  /** `durationMs`: how long an info or success toast stays (4 s unless said). */
  toast(message: string, kind?: Toast['kind'], action?: Toast['action'], processId?: string, durationMs?: number): void
  dismissToast(id: number): void
  dismissToastsFor(processId: string): void
}

let nextId = 1

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  toast(message, kind = 'info', action, processId, durationMs = 4000) {
    const id = nextId++
    set((s) => ({ toasts: [...s.toasts.slice(-4), { id, kind, message, action, processId }] }))
    // Errors and reminders stay until dismissed: the user must get to read them.
    if (kind === 'info' || kind === 'success') setTimeout(() => get().dismissToast(id), durationMs)
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  dismissToastsFor: (processId) =>
    set((s) => (s.toasts.some((t) => t.processId === processId) ? { toasts: s.toasts.filter((t) => t.processId !== processId) } : s))
})

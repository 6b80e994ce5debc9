import type { StateCreator } from 'zustand'
import type { AppState } from './index'

export interface Toast {
  id: number
  kind: 'info' | 'success' | 'error' | 'reminder'
  message: string
  action?: { label: string; run: () => void }
}

export interface ToastSlice {
  toasts: Toast[]
  toast(message: string, kind?: Toast['kind'], action?: Toast['action']): void
  dismissToast(id: number): void
}

let nextId = 1

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  toast(message, kind = 'info', action) {
    const id = nextId++
    set((s) => ({ toasts: [...s.toasts.slice(-4), { id, kind, message, action }] }))
    // Errors and reminders stay until dismissed: the user must get to read them.
    if (kind === 'info' || kind === 'success') setTimeout(() => get().dismissToast(id), 4000)
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
})

import { create } from 'zustand'
import { createDataSlice, type DataSlice } from './data-slice'
import { createUiSlice, type UiSlice } from './ui-slice'
import { createToastSlice, type ToastSlice } from './toast-slice'

export type AppState = DataSlice & UiSlice & ToastSlice

export const useApp = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createUiSlice(...a),
  ...createToastSlice(...a)
}))

export type { Route, Filters } from './ui-slice'
export type { Toast } from './toast-slice'

import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../api'

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string }

export interface Autosave<T = string> {
  state: SaveState
  /** Record the latest value; it is saved once typing pauses for `delay` ms. */
  change(value: T): void
  /** Save now whatever has not been saved yet (blur, leaving the screen). */
  flush(): Promise<void>
}

/**
 * Debounced, serialized saving of one value (notes text, review points, a reflection). Only the
 * latest value is ever sent, saves never overlap (so an older save cannot land after a newer
 * one), and a failed save keeps the value as unsaved so the next change, blur or retry sends it
 * again: nothing typed is dropped. Notes text lives with the caller (an uncontrolled textarea),
 * not in React state, so a 1 MB note costs nothing per keystroke here.
 */
export function useAutosave<T = string>(
  save: (value: T) => Promise<unknown>,
  delay = 600,
  onUnsavedAtUnmount?: (value: T) => void
): Autosave<T> {
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const unsaved = useRef<T | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const running = useRef<Promise<void> | null>(null)
  const saveRef = useRef(save)
  saveRef.current = save
  const unmountRef = useRef(onUnsavedAtUnmount)
  unmountRef.current = onUnsavedAtUnmount

  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    if (running.current) return running.current.then(() => (unsaved.current !== null ? flush() : undefined))
    if (unsaved.current === null) return Promise.resolve()
    const work = (async () => {
      while (unsaved.current !== null) {
        const text = unsaved.current
        unsaved.current = null
        setState({ kind: 'saving' })
        try {
          await saveRef.current(text)
        } catch (err) {
          // Keep it unless something newer arrived meanwhile; the newer text wins.
          if (unsaved.current === null) unsaved.current = text
          setState({ kind: 'error', message: errorMessage(err) })
          throw err
        }
      }
      setState({ kind: 'saved', at: new Date() })
    })()
    running.current = work.then(
      () => {
        running.current = null
      },
      () => {
        running.current = null
      }
    )
    return running.current
  }, [])

  const change = useCallback(
    (value: T) => {
      unsaved.current = value
      setState((s) => (s.kind === 'pending' ? s : { kind: 'pending' }))
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), delay)
    },
    [delay, flush]
  )

  // Leaving the screen (or closing the window) saves what is left.
  useEffect(() => {
    const onHide = () => void flush()
    window.addEventListener('pagehide', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      if (unsaved.current !== null) {
        void flush().then(() => {
          if (unsaved.current !== null) unmountRef.current?.(unsaved.current)
        })
      }
    }
  }, [flush])

  return { state, change, flush }
}

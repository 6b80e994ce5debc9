import { useCallback, useEffect, useRef, useState } from 'react'
import type { Settings } from '../../../../shared/model'
import { ApiError, call, errorMessage } from '../../api'
import { issuesByField } from '../../components/Field'
import { useApp } from '../../store'

export type SettingKey = Exclude<keyof Settings, 'onboarded'>
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error'

export interface SettingsForm {
  /** What the control shows: the value being edited, else the stored one. */
  value<K extends SettingKey>(key: K): Settings[K]
  /**
   * Change one setting. Text is saved after `delay` ms without typing; choices (delay 0) are
   * applied to the store at once, so a theme switch shows before the save returns.
   */
  update<K extends SettingKey>(key: K, value: Settings[K], delay?: number): void
  /** Save a setting's pending text now (on blur). */
  flush(key: SettingKey): void
  /** Validation messages of the last refused save of `key`, by field name. */
  errors(key: SettingKey): Record<string, string>
  status: SaveStatus
}

/**
 * Saves each setting on its own, so a bad email never holds back a good name, and shows the
 * main process's validation messages next to the field they belong to.
 */
export function useSettingsForm(): SettingsForm {
  const settings = useApp((s) => s.settings)
  const [draft, setDraft] = useState<Partial<Settings>>({})
  const [errorMap, setErrorMap] = useState<Partial<Record<SettingKey, Record<string, string>>>>({})
  const [status, setStatus] = useState<SaveStatus>('idle')
  const pending = useRef(new Map<SettingKey, unknown>())
  const timers = useRef(new Map<SettingKey, ReturnType<typeof setTimeout>>())
  const inFlight = useRef(0)

  const save = useCallback(async (key: SettingKey) => {
    const t = timers.current.get(key)
    if (t) clearTimeout(t)
    timers.current.delete(key)
    if (!pending.current.has(key)) return
    const value = pending.current.get(key)
    pending.current.delete(key)
    inFlight.current++
    setStatus('saving')
    try {
      const saved = await call('settings.update', { [key]: value })
      useApp.getState().setSettings(saved)
      setErrorMap((m) => {
        if (!m[key]) return m
        const next = { ...m }
        delete next[key]
        return next
      })
      // The stored value takes over unless the user typed more meanwhile.
      if (!pending.current.has(key)) {
        setDraft((d) => {
          const next = { ...d }
          delete next[key]
          return next
        })
      }
      if (--inFlight.current === 0) setStatus('saved')
    } catch (err) {
      inFlight.current--
      setStatus('error')
      if (err instanceof ApiError && err.code === 'invalid-input') {
        const fields = err.issues.length ? issuesByField(err.issues) : { [key]: err.message }
        setErrorMap((m) => ({ ...m, [key]: fields }))
      } else {
        useApp.getState().toast(errorMessage(err), 'error')
      }
      // A choice applied optimistically goes back to what is stored.
      const stored = await call('settings.get').catch(() => null)
      if (stored) useApp.getState().setSettings(stored)
    }
  }, [])

  const update = useCallback(
    <K extends SettingKey>(key: K, value: Settings[K], delay = 0) => {
      setDraft((d) => ({ ...d, [key]: value }))
      pending.current.set(key, value)
      const t = timers.current.get(key)
      if (t) clearTimeout(t)
      if (delay <= 0) {
        const current = useApp.getState().settings
        if (current) useApp.getState().setSettings({ ...current, [key]: value })
        void save(key)
      } else {
        timers.current.set(
          key,
          setTimeout(() => void save(key), delay)
        )
      }
    },
    [save]
  )

  const flush = useCallback((key: SettingKey) => void save(key), [save])

  // Leaving Settings saves what is still waiting for its debounce.
  useEffect(
    () => () => {
      for (const key of [...pending.current.keys()]) void save(key)
    },
    [save]
  )

  return {
    value: <K extends SettingKey>(key: K) => (key in draft ? (draft[key] as Settings[K]) : (settings as Settings)[key]),
    update,
    flush,
    errors: (key) => errorMap[key] ?? {},
    status
  }
}

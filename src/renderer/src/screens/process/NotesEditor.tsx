import { useEffect, useId, useRef, useState } from 'react'
import { call, errorMessage } from '../../api'
import { useApp } from '../../store'
import { SaveBadge } from '../../components/SaveBadge'
import { useAutosave } from './use-autosave'

// Text whose save failed after its editor was gone (the user left the screen). The next editor
// for that round starts from it instead of the stored notes, so nothing typed is lost.
const orphanedDrafts = new Map<string, string>()

interface NotesEditorProps {
  processId: string
  roundId: string
  roundLabel: string
  /** Debounce before saving, in ms. */
  delay?: number
}

/**
 * The notes of one round. The textarea is uncontrolled: the text (up to a couple of MB) stays in
 * the DOM and only goes to the main process, debounced, never into the global store.
 */
export function NotesEditor({ processId, roundId, roundLabel, delay = 600 }: NotesEditorProps) {
  const key = `${processId}/${roundId}`
  const ref = useRef<HTMLTextAreaElement>(null)
  const [loadState, setLoadState] = useState<'loading' | 'ready' | { error: string }>('loading')
  const labelId = useId()
  const statusId = useId()
  const autosave = useAutosave(
    (text) => call('notes.save', { processId, roundId, text }),
    delay,
    (text) => {
      orphanedDrafts.set(key, text)
      useApp.getState().toast(`Notes for “${roundLabel}” could not be saved yet; they are kept until you reopen the round.`, 'error')
    }
  )

  useEffect(() => {
    let live = true
    const draft = orphanedDrafts.get(key)
    const load = draft !== undefined ? Promise.resolve({ text: draft }) : call('notes.get', { processId, roundId })
    load.then(
      ({ text }) => {
        if (!live || !ref.current) return
        ref.current.value = text
        setLoadState('ready')
        if (draft !== undefined) {
          orphanedDrafts.delete(key)
          autosave.change(draft)
        }
      },
      (err) => live && setLoadState({ error: errorMessage(err) })
    )
    return () => {
      live = false
    }
    // Load once per round; autosave is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const loading = loadState === 'loading'
  const loadError = typeof loadState === 'object' ? loadState.error : null

  return (
    <div className="notes-editor">
      <div className="notes-head">
        <label id={labelId} className="field-label" htmlFor={`notes-${roundId}`}>
          Notes
        </label>
        <SaveBadge id={statusId} state={autosave.state} onRetry={() => void autosave.flush()} />
      </div>
      {loadError ? (
        <p className="field-error" role="alert">
          The notes could not be loaded: {loadError}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={`notes-${roundId}`}
        className="textarea notes-textarea user-text"
        spellCheck
        dir="auto"
        aria-describedby={statusId}
        placeholder={loading ? 'Loading notes…' : 'What was said, who you met, what they asked, what they will do next…'}
        readOnly={loading || !!loadError}
        aria-busy={loading}
        onInput={(e) => autosave.change(e.currentTarget.value)}
        onBlur={() => void autosave.flush()}
      />
    </div>
  )
}

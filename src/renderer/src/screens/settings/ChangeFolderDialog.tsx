import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { call, errorMessage } from '../../api'

interface Props {
  path: string
  kind: 'empty' | 'afterview' | 'other'
  onClose(): void
}

/** Confirms a move to a folder the user picked: copy the data into an empty one, or open one that has data. */
export function ChangeFolderDialog({ path, kind, onClose }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const go = async () => {
    setBusy(true)
    setError(null)
    try {
      await call('data.switchFolder', { path, copyCurrent: kind === 'empty' })
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }
  const text =
    kind === 'empty'
      ? 'Afterview will copy all your data into this folder, use it from now on, and restart. The old folder is left as it is.'
      : kind === 'afterview'
        ? 'This folder already holds Afterview data. Afterview will open that data instead of the current one and restart. Nothing is copied or deleted.'
        : 'This folder has other files in it. Pick an empty folder, or one that already holds Afterview data.'
  return (
    <Dialog
      title="Change the data folder"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          {kind !== 'other' && (
            <button type="button" className="btn btn-primary" onClick={go} disabled={busy} data-autofocus>
              {busy ? 'Switching…' : kind === 'empty' ? 'Copy and restart' : 'Open and restart'}
            </button>
          )}
        </>
      }
    >
      <p className="mono user-text">{path}</p>
      <p className="muted">{text}</p>
      {error && (
        <p className="field-error user-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}

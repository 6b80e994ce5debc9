import { useState, type ReactNode } from 'react'
import './controls.css'
import { Dialog } from './Dialog'
import { errorMessage } from '../api'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  /** Destructive actions get the danger style. */
  danger?: boolean
  onConfirm(): Promise<unknown> | void
  onClose(): void
}

/**
 * Asks before doing something that cannot be undone. The confirm button stays busy while the
 * work runs; a failure is shown inside the dialog so the user sees what did not happen.
 */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await onConfirm()
      onClose()
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={title}
      onClose={onClose}
      width={440}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="button" className={danger ? 'btn btn-danger-solid' : 'btn btn-primary'} onClick={confirm} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </>
      }
    >
      <div className="confirm-body">{children}</div>
      {error && (
        <p className="field-error user-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}

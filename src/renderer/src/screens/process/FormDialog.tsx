import { useId, type FormEvent, type ReactNode } from 'react'
import { Dialog } from '../../components/Dialog'

interface FormDialogProps {
  title: string
  /** What the dialog is for, read out by screen readers. */
  description?: string
  submitLabel: string
  busy: boolean
  /** A message not tied to one field (a failed save, a missing process). */
  formError?: string
  onSubmit(): void
  onClose(): void
  children: ReactNode
  width?: number
}

/** A dialog holding one form, with Cancel and the submit button in its footer. */
export function FormDialog({ title, description, submitLabel, busy, formError, onSubmit, onClose, children, width }: FormDialogProps) {
  const formId = useId()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!busy) onSubmit()
  }
  return (
    <Dialog
      title={title}
      description={description}
      onClose={onClose}
      width={width}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        {children}
        {formError && (
          <p className="field-error user-text" role="alert">
            {formError}
          </p>
        )}
      </form>
    </Dialog>
  )
}

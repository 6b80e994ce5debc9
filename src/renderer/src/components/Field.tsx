import { useId, type ReactElement, cloneElement } from 'react'

interface FieldProps {
  label: string
  error?: string
  hint?: string
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>
  className?: string
}

/** A labelled control with its inline validation message wired for screen readers. */
export function Field({ label, error, hint, children, className }: FieldProps) {
  const id = useId()
  const msgId = useId()
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error || hint ? msgId : undefined
  })
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {control}
      {error ? (
        <span id={msgId} className="field-error" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span id={msgId} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  )
}

/** Maps the main process's validation issues to form fields by their path's last part. */
export function issuesByField(issues: { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const i of issues) {
    const key = i.path.split('.').pop() || 'form'
    out[key] ??= i.message
  }
  return out
}

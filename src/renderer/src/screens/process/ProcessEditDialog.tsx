import { useState } from 'react'
import type { Process } from '../../../../shared/model'
import { processDraftSchema } from '../../../../shared/ipc/contract'
import { Field } from '../../components/Field'
import { changeProcess } from '../../store/actions'
import { FormDialog } from './FormDialog'
import { formErrors, zodErrors, type FormErrors } from './form-errors'

/** Company, role and job posting link of one process. */
export function ProcessEditDialog({ process, onClose }: { process: Process; onClose(): void }) {
  const [company, setCompany] = useState(process.company)
  const [role, setRole] = useState(process.role)
  const [postingUrl, setPostingUrl] = useState(process.postingUrl)
  const [errors, setErrors] = useState<FormErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const patch = { company, role, postingUrl: postingUrl.trim() }
    const local = processDraftSchema.omit({ stage: true }).safeParse(patch)
    if (!local.success) return setErrors(zodErrors(local.error))
    setBusy(true)
    try {
      await changeProcess('processes.update', { id: process.id, patch })
      onClose()
    } catch (err) {
      setErrors(formErrors(err))
      setBusy(false)
    }
  }

  return (
    <FormDialog title="Edit interview" submitLabel="Save" busy={busy} formError={errors.form} onSubmit={submit} onClose={onClose}>
      <Field label="Company" error={errors.company}>
        <input className="input user-text" dir="auto" value={company} onChange={(e) => setCompany(e.target.value)} />
      </Field>
      <Field label="Role" error={errors.role}>
        <input className="input user-text" dir="auto" value={role} onChange={(e) => setRole(e.target.value)} />
      </Field>
      <Field label="Job posting link" error={errors.postingUrl} hint="Optional. Opens in your browser.">
        <input className="input" type="url" value={postingUrl} placeholder="https://" onChange={(e) => setPostingUrl(e.target.value)} />
      </Field>
    </FormDialog>
  )
}

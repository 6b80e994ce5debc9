import { useId, useState } from 'react'
import { processDraftSchema } from '../../../../shared/ipc/contract'
import { STAGES, STAGE_LABELS, type Process, type Stage } from '../../../../shared/model'
import { ApiError } from '../../api'
import { Dialog } from '../../components/Dialog'
import { Field, issuesByField } from '../../components/Field'
import { changeProcess } from '../../store/actions'

interface Draft {
  company: string
  role: string
  postingUrl: string
  stage: Stage
}

type Errors = Partial<Record<keyof Draft | 'form', string>>

// Closing needs an outcome, which belongs to an existing process: a new one starts open.
const CREATABLE_STAGES = STAGES.filter((s) => s !== 'closed')

/** "example.com/jobs/1" is what people paste; the stored link needs its scheme. */
export function withScheme(url: string): string {
  const v = url.trim()
  return v && !/^[a-z][a-z0-9+.-]*:/i.test(v) && /^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$/.test(v) ? `https://${v}` : v
}

/** The same rules the main process applies, so most mistakes show before anything is sent. */
export function validateDraft(d: Draft): Errors {
  const parsed = processDraftSchema.safeParse({ ...d, postingUrl: withScheme(d.postingUrl) })
  if (parsed.success) return {}
  return issuesByField(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
}

interface Props {
  initialStage?: Stage
  onClose(): void
  onCreated(p: Process): void
}

export function CreateProcessDialog({ initialStage = 'scheduled', onClose, onCreated }: Props) {
  const formId = useId()
  const [draft, setDraft] = useState<Draft>({ company: '', role: '', postingUrl: '', stage: initialStage })
  const [touched, setTouched] = useState<Partial<Record<keyof Draft, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)

  const clientErrors = validateDraft(draft)
  const shown = (k: keyof Draft): string | undefined =>
    (submitted || touched[k] ? clientErrors[k] : undefined) ?? serverErrors[k]

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }))
    // A message from main was about the old value; drop it once the user changes the field.
    setServerErrors(({ [k]: _gone, ...rest }) => rest)
  }
  const touch = (k: keyof Draft) => () => setTouched((t) => ({ ...t, [k]: true }))

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setSubmitted(true)
    if (busy || Object.keys(clientErrors).length > 0) return
    setBusy(true)
    try {
      const created = await changeProcess('processes.create', {
        company: draft.company.trim(),
        role: draft.role.trim(),
        postingUrl: withScheme(draft.postingUrl),
        stage: draft.stage
      })
      onCreated(created)
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid-input') {
        const byField = issuesByField(err.issues)
        setServerErrors(Object.keys(byField).length ? byField : { form: err.message })
      }
      // Anything else changeProcess has shown as a toast; the dialog stays so nothing typed is lost.
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="New interview process"
      description="One card per company and role. Add rounds, people and notes on the next screen."
      onClose={onClose}
      width={520}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create'}
          </button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Field label="Company" error={shown('company')}>
          <input
            className="input user-text"
            dir="auto"
            value={draft.company}
            onChange={(e) => set('company', e.target.value)}
            onBlur={touch('company')}
            autoComplete="organization"
            placeholder="e.g. Northwind Analytics"
            data-autofocus
          />
        </Field>
        <Field label="Role" error={shown('role')}>
          <input
            className="input user-text"
            dir="auto"
            value={draft.role}
            onChange={(e) => set('role', e.target.value)}
            onBlur={touch('role')}
            autoComplete="organization-title"
            placeholder="e.g. Senior Data Analyst"
          />
        </Field>
        <Field label="Job posting link" error={shown('postingUrl')} hint="Optional. Where you found the job.">
          <input
            className="input"
            type="url"
            inputMode="url"
            value={draft.postingUrl}
            onChange={(e) => set('postingUrl', e.target.value)}
            onBlur={touch('postingUrl')}
            placeholder="https://"
            spellCheck={false}
          />
        </Field>
        <Field label="Stage" error={shown('stage')}>
          <select className="select" value={draft.stage} onChange={(e) => set('stage', e.target.value as Stage)}>
            {CREATABLE_STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        {serverErrors.form && (
          <p className="field-error" role="alert">
            {serverErrors.form}
          </p>
        )}
      </form>
    </Dialog>
  )
}

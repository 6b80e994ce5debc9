import { useState } from 'react'
import { OUTCOMES, OUTCOME_LABELS, STAGES, STAGE_LABELS, type Outcome, type Process, type Stage } from '../../../../shared/model'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ExternalLink } from '../../components/ExternalLink'
import { Field } from '../../components/Field'
import { useApp } from '../../store'
import { changeProcess } from '../../store/actions'
import { FormDialog } from './FormDialog'
import { ProcessEditDialog } from './ProcessEditDialog'
import { deleteProcessWithUndo } from '../../store/undo-delete'

export const stageBadgeClass = (stage: Stage): string =>
  stage === 'offer' ? 'badge badge-ok' : stage === 'closed' ? 'badge' : stage === 'following-up' ? 'badge badge-warn' : 'badge badge-accent'

/** Company, role, stage and the actions on the whole process. */
export function ProcessHeader({ process }: { process: Process }) {
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'close' | null>(null)
  const navigate = useApp((s) => s.navigate)

  const moveTo = (stage: Stage) => {
    if (stage === process.stage) return
    if (stage === 'closed') return setDialog('close')
    void changeProcess('processes.move', { id: process.id, stage }).catch(() => undefined)
  }

  const remove = async () => {
    await deleteProcessWithUndo(process, `${process.company} — ${process.role}`)
    navigate({ name: 'board' })
  }

  return (
    <header className="process-header">
      <button type="button" className="btn btn-ghost btn-sm back-btn" onClick={() => navigate({ name: 'board' })}>
        <span aria-hidden="true">←</span> Board
      </button>
      <div className="process-title-row">
        <div className="process-title">
          <h1 className="user-text clamp-2" dir="auto">
            {process.company}
          </h1>
          <p className="process-role user-text clamp-2" dir="auto">
            {process.role}
          </p>
          <div className="row wrap process-meta">
            <span className={stageBadgeClass(process.stage)}>{STAGE_LABELS[process.stage]}</span>
            {process.stage === 'closed' && process.outcome && <span className="badge">{OUTCOME_LABELS[process.outcome]}</span>}
            {process.postingUrl && (
              <ExternalLink url={process.postingUrl} className="posting-link" label={`Open the job posting in your browser: ${process.postingUrl}`}>
                Job posting ↗
              </ExternalLink>
            )}
          </div>
        </div>
        <div className="process-actions">
          <label className="visually-hidden" htmlFor="process-stage">
            Stage
          </label>
          <select id="process-stage" className="select select-compact" value={process.stage} onChange={(e) => moveTo(e.target.value as Stage)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
          <button type="button" className="btn" onClick={() => setDialog('edit')}>
            Edit
          </button>
          <button type="button" className="btn btn-danger" onClick={() => setDialog('delete')}>
            Delete
          </button>
        </div>
      </div>
      {dialog === 'edit' && <ProcessEditDialog process={process} onClose={() => setDialog(null)} />}
      {dialog === 'close' && <CloseDialog process={process} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDialog title="Delete this interview?" confirmLabel="Delete" danger onConfirm={remove} onClose={() => setDialog(null)}>
          <p>
            <strong className="user-text"><bdi>{process.company}</bdi></strong> — <bdi className="user-text">{process.role}</bdi>
          </p>
          <p className="muted">
            Its rounds, notes, people and message history go with it. A backup is kept, so it can be restored from Settings.
          </p>
        </ConfirmDialog>
      )}
    </header>
  )
}

/** Moving to Closed needs an outcome. */
function CloseDialog({ process, onClose }: { process: Process; onClose(): void }) {
  const [outcome, setOutcome] = useState<Outcome>(process.outcome ?? 'no-response')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const submit = async () => {
    setBusy(true)
    try {
      await changeProcess('processes.move', { id: process.id, stage: 'closed', outcome })
      onClose()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setBusy(false)
    }
  }
  return (
    <FormDialog title="Close this interview" submitLabel="Close it" busy={busy} formError={error} onSubmit={submit} onClose={onClose} width={420}>
      <Field label="Outcome">
        <select className="select" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </Field>
    </FormDialog>
  )
}

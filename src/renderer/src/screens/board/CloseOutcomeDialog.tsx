import { useId, useState } from 'react'
import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '../../../../shared/model'
import { Dialog } from '../../components/Dialog'

const HINTS: Record<Outcome, string> = {
  accepted: 'You took the offer',
  declined: 'They offered, you said no',
  rejected: 'They said no',
  withdrawn: 'You stepped out of the process',
  'no-response': 'They never got back to you'
}

interface Props {
  company: string
  onCancel(): void
  onConfirm(outcome: Outcome): void
}

/** Closing a process asks how it ended; cancelling leaves the card where it was. */
export function CloseOutcomeDialog({ company, onCancel, onConfirm }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [tried, setTried] = useState(false)
  const name = useId()
  const errorId = useId()
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (outcome) onConfirm(outcome)
    else setTried(true)
  }
  return (
    <Dialog
      title="How did it end?"
      description={`Closing ${company.length > 80 ? `${company.slice(0, 80)}…` : company}. The outcome stays with it, and its follow-up reminders stop.`}
      onClose={onCancel}
      width={440}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form={name} className="btn btn-primary">
            Move to Closed
          </button>
        </>
      }
    >
      <form id={name} onSubmit={submit}>
        <fieldset className="outcome-options" aria-describedby={tried && !outcome ? errorId : undefined}>
          <legend className="visually-hidden">Outcome</legend>
          {OUTCOMES.map((o) => (
            <label key={o} className={`outcome-option${outcome === o ? ' is-selected' : ''}`}>
              <input type="radio" name={name} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              <span className="outcome-option-text">
                <span className="outcome-option-label">{OUTCOME_LABELS[o]}</span>
                <span className="outcome-option-hint">{HINTS[o]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {tried && !outcome && (
          <p id={errorId} className="field-error" role="alert">
            Choose how it ended to close it.
          </p>
        )}
      </form>
    </Dialog>
  )
}

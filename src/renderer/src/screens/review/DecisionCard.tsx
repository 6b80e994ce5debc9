import { useState } from 'react'
import type { DecisionDate } from '../../../../shared/extract/index'
import { DATE_RANGE_MESSAGE, FIRST_DATE, isIsoDate, isSupportedDate, LAST_DATE } from '../../../../shared/dates'
import { formatLongDate } from '../../locale-format'
import type { Process } from '../../../../shared/model'
import { changeProcess } from '../../store/actions'
import { DECISION_ID } from './NotesPane'

interface DecisionCardProps {
  process: Process
  found: DecisionDate | null
  today: string
  onActivate(id: string | null): void
}

const longDate = (date: string, today: string) => `${formatLongDate(date)}${date.slice(0, 4) !== today.slice(0, 4) ? `, ${date.slice(0, 4)}` : ''}`

/**
 * The date the employer said they would decide by, as found in the notes, for the user to
 * confirm: the confirmed date (on the process) is what the follow-up plan counts from.
 */
export function DecisionCard({ process, found, today, onActivate }: DecisionCardProps) {
  const [changing, setChanging] = useState(false)
  const [dismissed, setDismissed] = useState<string | null>(null)
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const confirmed = process.decisionBy
  const foundKey = found ? `${found.date}|${found.phrase}` : null
  const suggestion = found && foundKey !== dismissed ? found : null
  const matches = !!suggestion && confirmed === suggestion.date

  const save = async (decisionBy: string | null, decisionPhrase: string) => {
    setBusy(true)
    try {
      await changeProcess('processes.update', { id: process.id, patch: { decisionBy, decisionPhrase } })
      setChanging(false)
    } catch {
      // changeProcess has told the user; the form stays open to try again.
    } finally {
      setBusy(false)
    }
  }

  const notIt = () => {
    setDismissed(foundKey)
    // A date confirmed from this very phrase goes with it.
    if (found && confirmed === found.date && process.decisionPhrase === found.phrase) void save(null, '')
  }

  const startChange = () => {
    setValue(confirmed ?? suggestion?.date ?? today)
    setChanging(true)
  }

  return (
    <section
      className="panel decision-card"
      aria-labelledby="review-decision-heading"
      onMouseEnter={() => suggestion && onActivate(DECISION_ID)}
      onMouseLeave={() => onActivate(null)}
    >
      <h2 id="review-decision-heading" className="panel-title">
        Decision date
      </h2>
      {suggestion ? (
        <p className="decision-found">
          <q className="user-text" dir="auto">
            {suggestion.phrase}
          </q>{' '}
          <span aria-hidden="true">→</span> <strong>{longDate(suggestion.date, today)}</strong>
          {matches && <span className="badge badge-ok">✓ Confirmed</span>}
        </p>
      ) : confirmed ? (
        <p className="decision-found">
          <strong>{longDate(confirmed, today)}</strong> <span className="badge badge-ok">✓ Confirmed</span>
          {process.decisionPhrase && (
            <>
              {' '}
              <q className="user-text subtle" dir="auto">
                {process.decisionPhrase}
              </q>
            </>
          )}
        </p>
      ) : found ? (
        <p className="subtle">
          You set aside{' '}
          <q className="user-text" dir="auto">
            {found.phrase}
          </q>{' '}
          as not a decision date.{' '}
          <button type="button" className="link-btn" onClick={() => setDismissed(null)}>
            Undo
          </button>
        </p>
      ) : (
        <p className="subtle">No decision date found in these notes. Write down what they said (“we’ll decide by Friday”) or set it yourself.</p>
      )}
      {suggestion && confirmed && !matches && (
        <p className="decision-differs" role="status">
          Your confirmed date is <strong>{longDate(confirmed, today)}</strong>
          {process.decisionPhrase ? (
            <>
              {' '}
              (<q className="user-text">{process.decisionPhrase}</q>)
            </>
          ) : null}
          , not the date found in these notes.
        </p>
      )}
      {changing ? (
        <form
          className="decision-change"
          onSubmit={(e) => {
            e.preventDefault()
            if (isSupportedDate(value)) void save(value, suggestion?.phrase ?? process.decisionPhrase)
          }}
        >
          <label className="field-label" htmlFor="review-decision-date">
            They will decide by
          </label>
          <input
            id="review-decision-date"
            className="input"
            type="date"
            value={value}
            min={FIRST_DATE}
            max={LAST_DATE}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={isIsoDate(value) && !isSupportedDate(value) ? 'review-decision-range' : undefined}
            autoFocus
          />
          <button type="submit" className="btn btn-primary btn-sm" disabled={!isSupportedDate(value) || busy}>
            Save date
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setChanging(false)}>
            Cancel
          </button>
          {isIsoDate(value) && !isSupportedDate(value) && (
            <span id="review-decision-range" className="field-error" role="alert">
              {DATE_RANGE_MESSAGE}
            </span>
          )}
        </form>
      ) : (
        <div className="row wrap">
          {suggestion && !matches && (
            <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={() => void save(suggestion.date, suggestion.phrase)}>
              Confirm {formatLongDate(suggestion.date).split(',')[0]}
            </button>
          )}
          <button type="button" className="btn btn-sm" onClick={startChange}>
            {suggestion || confirmed ? 'Change' : 'Set a date'}
          </button>
          {suggestion && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={notIt} disabled={busy}>
              Not a decision date
            </button>
          )}
          {!suggestion && confirmed && (
            <button type="button" className="btn btn-ghost btn-sm" disabled={busy} onClick={() => void save(null, '')}>
              Clear
            </button>
          )}
        </div>
      )}
      <p className="subtle">The follow-up plan checks in the first business day after this date.</p>
    </section>
  )
}

import { useEffect, useState } from 'react'
import { OUTCOMES, OUTCOME_LABELS, type Outcome, type Process } from '../../../../shared/model'
import { DATE_RANGE_MESSAGE, FIRST_DATE, isIsoDate, isSupportedDate, LAST_DATE } from '../../../../shared/dates'
import { formatLongDate } from '../../locale-format'
import { OFFER_REMIND_DAYS_BEFORE } from '../../../../shared/plan/offer-answer'
import { Field } from '../../components/Field'
import { changeProcess } from '../../store/actions'
import { formErrors, type FormErrors } from './form-errors'

type Patch = { decisionBy?: string | null; decisionPhrase?: string; offerAnswerBy?: string | null; outcome?: Outcome | null }

/** A date saved as soon as it is a whole one inside 2000–2100; cleared when emptied. */
function SavedDateField(props: { label: string; stored: string | null; hint: string; error?: string; onSave(value: string | null): void; onRangeError(): void }) {
  const { stored, onSave } = props
  const [date, setDate] = useState(stored ?? '')
  // Follow changes made elsewhere (the review screen confirms a date found in the notes).
  useEffect(() => setDate(stored ?? ''), [stored])
  const commit = (value: string) => {
    setDate(value)
    if (value === '') return onSave(null)
    // A half-typed date (a year of 0002 on the way to 2026) stays local until it is a real one.
    if (isSupportedDate(value)) onSave(value)
  }
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      <input
        className="input"
        type="date"
        value={date}
        min={FIRST_DATE}
        max={LAST_DATE}
        onChange={(e) => commit(e.target.value)}
        onBlur={() => isIsoDate(date) && !isSupportedDate(date) && props.onRangeError()}
      />
    </Field>
  )
}

/**
 * The date the employer said they would decide by, the words it came from, an offer's own
 * answer-by date, and the outcome.
 */
export function DecisionPanel({ process }: { process: Process }) {
  const [phrase, setPhrase] = useState(process.decisionPhrase)
  const [errors, setErrors] = useState<FormErrors>({})

  useEffect(() => setPhrase(process.decisionPhrase), [process.decisionPhrase])

  const save = async (patch: Patch) => {
    try {
      await changeProcess('processes.update', { id: process.id, patch })
      setErrors({})
    } catch (err) {
      setErrors(formErrors(err))
    }
  }
  const answerBy = process.offerAnswerBy ?? null

  return (
    <section className="panel side-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="panel-title">
        Decision
      </h2>
      <div className="stack">
        {(process.stage === 'offer' || answerBy) && (
          <SavedDateField
            label="Answer the offer by"
            stored={answerBy}
            error={errors.offerAnswerBy}
            hint={answerBy ? `${formatLongDate(answerBy)}: you are reminded ${OFFER_REMIND_DAYS_BEFORE} days ahead and on the day.` : 'When they need your answer, if they said.'}
            onSave={(value) => void save({ offerAnswerBy: value })}
            onRangeError={() => setErrors({ offerAnswerBy: DATE_RANGE_MESSAGE })}
          />
        )}
        <SavedDateField
          label="They said they would decide by"
          stored={process.decisionBy}
          error={errors.decisionBy}
          hint={process.decisionBy ? formatLongDate(process.decisionBy) : 'No date stated yet'}
          onSave={(value) => void save({ decisionBy: value })}
          onRangeError={() => setErrors({ decisionBy: DATE_RANGE_MESSAGE })}
        />
        <Field label="In their words" error={errors.decisionPhrase} hint="The phrase the date came from, e.g. “we’ll decide by Friday”.">
          <input
            className="input user-text"
            dir="auto"
            value={phrase}
            maxLength={500}
            onChange={(e) => setPhrase(e.target.value)}
            onBlur={() => phrase !== process.decisionPhrase && void save({ decisionPhrase: phrase })}
          />
        </Field>
        {process.stage === 'closed' && (
          <Field label="Outcome" error={errors.outcome}>
            <select
              className="select"
              value={process.outcome ?? ''}
              onChange={(e) => void save({ outcome: (e.target.value || null) as Outcome | null })}
            >
              <option value="">Not set</option>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </Field>
        )}
        {errors.form && (
          <p className="field-error user-text" role="alert">
            {errors.form}
          </p>
        )}
      </div>
    </section>
  )
}

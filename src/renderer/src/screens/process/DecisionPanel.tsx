import { useEffect, useState } from 'react'
import { OUTCOMES, OUTCOME_LABELS, type Outcome, type Process } from '../../../../shared/model'
import { DATE_RANGE_MESSAGE, FIRST_DATE, isIsoDate, isSupportedDate, LAST_DATE } from '../../../../shared/dates'
import { formatLongDate } from '../../locale-format'
import { Field } from '../../components/Field'
import { changeProcess } from '../../store/actions'
import { formErrors, type FormErrors } from './form-errors'

type Patch = { decisionBy?: string | null; decisionPhrase?: string; outcome?: Outcome | null }

/** The date the employer said they would decide by, the words it came from, and the outcome. */
export function DecisionPanel({ process }: { process: Process }) {
  const [date, setDate] = useState(process.decisionBy ?? '')
  const [phrase, setPhrase] = useState(process.decisionPhrase)
  const [errors, setErrors] = useState<FormErrors>({})

  // Follow changes made elsewhere (the review screen confirms a date found in the notes).
  useEffect(() => setDate(process.decisionBy ?? ''), [process.decisionBy])
  useEffect(() => setPhrase(process.decisionPhrase), [process.decisionPhrase])

  const save = async (patch: Patch) => {
    try {
      await changeProcess('processes.update', { id: process.id, patch })
      setErrors({})
    } catch (err) {
      setErrors(formErrors(err))
    }
  }

  const commitDate = (value: string) => {
    setDate(value)
    if (value === '') return void save({ decisionBy: null })
    // A half-typed date (a year of 0002 on the way to 2026) stays local until it is a real one.
    if (isSupportedDate(value)) void save({ decisionBy: value })
  }
  const checkDate = () => {
    if (isIsoDate(date) && !isSupportedDate(date)) setErrors({ decisionBy: DATE_RANGE_MESSAGE })
  }

  return (
    <section className="panel side-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="panel-title">
        Decision
      </h2>
      <div className="stack">
        <Field
          label="They said they would decide by"
          error={errors.decisionBy}
          hint={process.decisionBy ? formatLongDate(process.decisionBy) : 'No date stated yet'}
        >
          <input
            className="input"
            type="date"
            value={date}
            min={FIRST_DATE}
            max={LAST_DATE}
            onChange={(e) => commitDate(e.target.value)}
            onBlur={checkDate}
          />
        </Field>
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

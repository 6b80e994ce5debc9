import { useState } from 'react'
import { FORMAT_LABELS, ROUND_FORMATS, type Process, type Round, type RoundFormat } from '../../../../shared/model'
import { roundInputSchema } from '../../../../shared/ipc/contract'
import { FIRST_DATE, LAST_DATE } from '../../../../shared/dates'
import { Field } from '../../components/Field'
import { useApp } from '../../store'
import { changeProcess } from '../../store/actions'
import { FormDialog } from './FormDialog'
import { formErrors, zodErrors, type FormErrors } from './form-errors'

/** Add a round (round = null) or edit one: label, date, time, format, location or link. */
export function RoundDialog({ process, round, onClose }: { process: Process; round: Round | null; onClose(): void }) {
  const today = useApp((s) => s.info?.today ?? '')
  const [label, setLabel] = useState(round?.label ?? (process.rounds.length ? `Round ${process.rounds.length + 1}` : 'First interview'))
  const [date, setDate] = useState(round?.date ?? today)
  const [time, setTime] = useState(round?.time ?? '')
  const [format, setFormat] = useState<RoundFormat>(round?.format ?? 'video')
  const [location, setLocation] = useState(round?.location ?? '')
  const [errors, setErrors] = useState<FormErrors>({})
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const input = { ...(round ? { id: round.id } : {}), label: label.trim(), date, time, format, location: location.trim() }
    const local = roundInputSchema.safeParse(input)
    if (!local.success) return setErrors(zodErrors(local.error))
    setBusy(true)
    try {
      await changeProcess('rounds.save', { processId: process.id, round: input })
      onClose()
    } catch (err) {
      setErrors(formErrors(err))
      setBusy(false)
    }
  }

  return (
    <FormDialog title={round ? 'Edit round' : 'Add a round'} submitLabel={round ? 'Save' : 'Add round'} busy={busy} formError={errors.form} onSubmit={submit} onClose={onClose}>
      <Field label="Label" error={errors.label} hint="e.g. Hiring manager, Technical, Panel">
        <input className="input user-text" dir="auto" value={label} onChange={(e) => setLabel(e.target.value)} />
      </Field>
      <div className="grid-2">
        <Field label="Date" error={errors.date}>
          <input className="input" type="date" value={date} min={FIRST_DATE} max={LAST_DATE} onChange={(e) => setDate(e.target.value)} required />
        </Field>
        <Field label="Time" error={errors.time} hint="Optional">
          <input className="input" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </Field>
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Format</legend>
        <div className="segmented">
          {ROUND_FORMATS.map((f) => (
            <label key={f} className={`segment ${format === f ? 'selected' : ''}`}>
              <input type="radio" name="round-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {FORMAT_LABELS[f]}
            </label>
          ))}
        </div>
        {errors.format && <span className="field-error">{errors.format}</span>}
      </fieldset>
      <Field label={format === 'onsite' || format === 'panel' ? 'Location or link' : 'Link or phone number'} error={errors.location} hint="Optional">
        <input className="input user-text" dir="auto" value={location} onChange={(e) => setLocation(e.target.value)} />
      </Field>
    </FormDialog>
  )
}

import { useState } from 'react'
import { STEPS, type Channel, type Message, type Process } from '../../../../shared/model'
import { messageInputSchema } from '../../../../shared/ipc/contract'
import { Field } from '../../components/Field'
import { DateChannelFields, SubjectBodyFields } from '../../components/MessageFields'
import { useApp } from '../../store'
import { changeProcess } from '../../store/actions'
import { FormDialog } from './FormDialog'
import { formErrors, zodErrors, type FormErrors } from './form-errors'
import { STEP_LABELS, situationOptions, stepForSituation } from './message-labels'

type Direction = Message['direction']
type Step = NonNullable<Message['step']>

/** Log a message sent or received outside the composer (a call, a reply, a LinkedIn note). */
export function MessageDialog({ process, onClose }: { process: Process; onClose(): void }) {
  const today = useApp((s) => s.info?.today ?? '')
  const [direction, setDirection] = useState<Direction>('sent')
  const [channel, setChannel] = useState<Channel>('email')
  const [date, setDate] = useState(today)
  const [situation, setSituation] = useState('')
  const [step, setStep] = useState<Step | ''>('')
  const [personId, setPersonId] = useState(process.mainContactId ?? '')
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})
  const [busy, setBusy] = useState(false)

  const pickDirection = (d: Direction) => {
    setDirection(d)
    setSituation('')
    setStep('')
  }
  const pickSituation = (id: string) => {
    setSituation(id)
    if (direction === 'sent') setStep(stepForSituation(id) ?? '')
  }

  const submit = async () => {
    const message = {
      direction,
      channel,
      date,
      situation,
      step: direction === 'sent' && step ? step : null,
      subject: subject.trim(),
      body,
      personId: personId || null
    }
    const local = messageInputSchema.safeParse(message)
    if (!local.success) return setErrors(zodErrors(local.error))
    setBusy(true)
    try {
      await changeProcess('messages.add', { processId: process.id, message })
      onClose()
    } catch (err) {
      setErrors(formErrors(err))
      setBusy(false)
    }
  }

  return (
    <FormDialog title="Log a message" submitLabel="Log message" busy={busy} formError={errors.form} onSubmit={submit} onClose={onClose} width={600}>
      <fieldset className="fieldset">
        <legend className="field-label">Direction</legend>
        <div className="segmented">
          {(['sent', 'received'] as const).map((d) => (
            <label key={d} className={`segment ${direction === d ? 'selected' : ''}`}>
              <input type="radio" name="message-direction" value={d} checked={direction === d} onChange={() => pickDirection(d)} />
              {d === 'sent' ? 'I sent it' : 'I received it'}
            </label>
          ))}
        </div>
      </fieldset>
      <DateChannelFields
        dateLabel="Date"
        date={date}
        onDate={setDate}
        channel={channel}
        onChannel={setChannel}
        errors={errors}
        extra={
          <Field label={direction === 'sent' ? 'To' : 'From'} error={errors.personId}>
            <select className="select user-text" value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">Someone else</option>
              {process.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
        }
      />
      <div className="grid-2">
        <Field label="What it was" error={errors.situation}>
          <select className="select" value={situation} onChange={(e) => pickSituation(e.target.value)}>
            <option value="">General message</option>
            {situationOptions(direction).map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
        {direction === 'sent' && (
          <Field label="Follow-up step" error={errors.step} hint="Counts toward the follow-up plan">
            <select className="select" value={step} onChange={(e) => setStep(e.target.value as Step | '')}>
              <option value="">None</option>
              {STEPS.map((s) => (
                <option key={s} value={s}>
                  {STEP_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <SubjectBodyFields
        subject={subject}
        onSubject={setSubject}
        body={body}
        onBody={setBody}
        bodyLabel="Message"
        bodyHint="Optional. Paste the text to keep it with the interview."
        errors={errors}
      />
    </FormDialog>
  )
}

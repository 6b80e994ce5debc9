import { useState } from 'react'
import type { Channel, Message, Process } from '../../../../shared/model'
import { messageInputSchema } from '../../../../shared/ipc/contract'
import { Field } from '../../components/Field'
import { DateChannelFields, SubjectBodyFields } from '../../components/MessageFields'
import { useApp } from '../../store'
import { changeProcess } from '../../store/actions'
import { FormDialog } from '../process/FormDialog'
import { formErrors, zodErrors, type FormErrors } from '../process/form-errors'
import { RECEIVED_SITUATIONS, STEP_LABELS } from '../process/message-labels'
import type { Composer } from './use-composer'

interface LogMessageDialogProps {
  process: Process
  composer: Composer
  direction: Message['direction']
  onClose(): void
  onLogged(updated: Process, message: Omit<Message, 'id'>): void
}

const defaultChannel = (c: Composer['info']['channel']): Channel => c

/**
 * "Mark as sent" records the draft as it stands, with the plan step it fulfils (main moves the
 * card and the plan on). "Log a reply" records what came back, which stops the chasing.
 */
export function LogMessageDialog({ process, composer, direction, onClose, onLogged }: LogMessageDialogProps) {
  const today = useApp((s) => s.info?.today ?? '')
  const sent = direction === 'sent'
  const [date, setDate] = useState(today)
  const [channel, setChannel] = useState<Channel>(sent ? defaultChannel(composer.info.channel) : 'email')
  const [personId, setPersonId] = useState(composer.person?.id ?? process.mainContactId ?? '')
  const [situation, setSituation] = useState(sent ? composer.situation : 'reply')
  const [subject, setSubject] = useState(sent ? '' : composer.info.hasSubject ? `Re: ${composer.text.subject}` : '')
  const [body, setBody] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})
  const [busy, setBusy] = useState(false)
  const step = sent ? composer.info.step : null

  const submit = async () => {
    const message = {
      direction,
      channel,
      date,
      situation,
      step,
      subject: (sent ? composer.text.subject : subject).trim(),
      body: sent ? composer.text.body : body,
      personId: personId || null
    }
    const local = messageInputSchema.safeParse(message)
    if (!local.success) return setErrors(zodErrors(local.error))
    setBusy(true)
    try {
      const updated = await changeProcess('messages.add', { processId: process.id, message })
      onLogged(updated, message)
    } catch (err) {
      setErrors(formErrors(err))
      setBusy(false)
    }
  }

  return (
    <FormDialog
      title={sent ? 'Mark as sent' : 'Log a reply'}
      submitLabel={sent ? 'Mark as sent' : 'Log reply'}
      busy={busy}
      formError={errors.form ?? errors.subject ?? errors.body}
      onSubmit={submit}
      onClose={onClose}
      width={sent ? 460 : 560}
    >
      <DateChannelFields
        dateLabel={sent ? 'Sent on' : 'Received on'}
        date={date}
        onDate={setDate}
        channel={channel}
        onChannel={setChannel}
        errors={errors}
        max={today || undefined}
      />
      <Field label={sent ? 'To' : 'From'} error={errors.personId}>
        <select className="select user-text" value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">Someone else</option>
          {process.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      {sent ? (
        <p className="subtle">
          {step
            ? `Recorded in the history as the ${STEP_LABELS[step].toLowerCase()}: the follow-up plan moves on from this date.`
            : 'Recorded in the history. This message does not change the follow-up plan.'}
        </p>
      ) : (
        <>
          <Field label="What it was" error={errors.situation}>
            <select className="select" value={situation} onChange={(e) => setSituation(e.target.value)}>
              {RECEIVED_SITUATIONS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <SubjectBodyFields
            subject={subject}
            onSubject={setSubject}
            body={body}
            onBody={setBody}
            bodyLabel="Their message"
            bodyHint="Optional. Paste it to keep it with the interview."
          />
          <p className="subtle">A reply stops the follow-up reminders until you send something again.</p>
        </>
      )}
    </FormDialog>
  )
}

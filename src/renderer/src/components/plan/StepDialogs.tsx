import { useState } from 'react'
import { isIsoDate, type IsoDate } from '../../../../shared/dates'
import type { Channel } from '../../../../shared/model'
import { errorMessage } from '../../api'
import { Field } from '../Field'
import { DateChannelFields } from '../MessageFields'
import { FormDialog } from '../../screens/process/FormDialog'

export interface LoggedMessage {
  date: IsoDate
  channel: Channel
  note: string
}

interface LogDialogProps {
  title: string
  description: string
  submitLabel: string
  today: IsoDate
  /** "They replied" has room for a line about what they said. */
  withNote?: boolean
  onSubmit(value: LoggedMessage): Promise<unknown>
  onClose(): void
}

function dateError(date: string, today: IsoDate): string | undefined {
  if (!isIsoDate(date)) return 'Pick the day it happened'
  // The plan counts from real dates; a future one would quietly push every later step back.
  if (date > today) return 'That day has not come yet'
  return undefined
}

/** A small form for "Mark sent" and "They replied": when, how, and optionally a note. */
export function LogMessageDialog({ title, description, submitLabel, today, withNote, onSubmit, onClose }: LogDialogProps) {
  const [date, setDate] = useState<string>(today)
  const [channel, setChannel] = useState<Channel>('email')
  const [note, setNote] = useState('')
  const [error, setError] = useState<{ date?: string; form?: string }>({})
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const bad = dateError(date, today)
    if (bad) return setError({ date: bad })
    setBusy(true)
    setError({})
    try {
      await onSubmit({ date, channel, note: note.trim() })
      onClose()
    } catch (err) {
      setError({ form: errorMessage(err) })
      setBusy(false)
    }
  }

  return (
    <FormDialog
      title={title}
      description={description}
      submitLabel={submitLabel}
      busy={busy}
      formError={error.form}
      onSubmit={submit}
      onClose={onClose}
      width={440}
    >
      <DateChannelFields
        dateLabel="Date"
        date={date}
        onDate={setDate}
        channel={channel}
        onChannel={setChannel}
        errors={{ date: error.date }}
        max={today}
        autoFocus
      />
      {withNote && (
        <Field label="What they said" hint="Optional">
          <textarea className="textarea user-text" dir="auto" rows={3} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      )}
    </FormDialog>
  )
}

import type { ReactNode } from 'react'
import { CHANNELS, type Channel } from '../../../shared/model'
import { FIRST_DATE, LAST_DATE } from '../../../shared/dates'
import { CHANNEL_LABELS } from '../screens/process/message-labels'
import { Field } from './Field'

// The fields every "log a message" form asks for, so the three of them (the process screen's
// dialog, the composer's "Mark as sent"/"Log a reply", the plan's "Mark sent"/"They replied")
// present and name them alike.

interface DateChannelFieldsProps {
  dateLabel: string
  date: string
  onDate(date: string): void
  channel: Channel
  onChannel(channel: Channel): void
  errors?: { date?: string; channel?: string }
  /** The last day the date picker offers (today, where a future day makes no sense). */
  max?: string
  /** Focus the date when the dialog opens. */
  autoFocus?: boolean
  /** A further field for the same row. */
  extra?: ReactNode
}

/** When the message went or came, and how, side by side. */
export function DateChannelFields({ dateLabel, date, onDate, channel, onChannel, errors = {}, max, autoFocus, extra }: DateChannelFieldsProps) {
  return (
    <div className={extra ? 'grid-3' : 'grid-2'}>
      <Field label={dateLabel} error={errors.date}>
        <input className="input" type="date" value={date} min={FIRST_DATE} max={max ?? LAST_DATE} onChange={(e) => onDate(e.target.value)} data-autofocus={autoFocus || undefined} />
      </Field>
      <Field label="Channel" error={errors.channel}>
        <select className="select" value={channel} onChange={(e) => onChannel(e.target.value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </Field>
      {extra}
    </div>
  )
}

interface SubjectBodyFieldsProps {
  subject: string
  onSubject(subject: string): void
  body: string
  onBody(body: string): void
  bodyLabel: string
  bodyHint: string
  errors?: { subject?: string; body?: string }
}

/** The message's optional subject and text, pasted in to keep it with the interview. */
export function SubjectBodyFields({ subject, onSubject, body, onBody, bodyLabel, bodyHint, errors = {} }: SubjectBodyFieldsProps) {
  return (
    <>
      <Field label="Subject" error={errors.subject} hint="Optional">
        <input className="input user-text" dir="auto" value={subject} onChange={(e) => onSubject(e.target.value)} />
      </Field>
      <Field label={bodyLabel} error={errors.body} hint={bodyHint}>
        <textarea className="textarea user-text" dir="auto" rows={6} spellCheck value={body} onChange={(e) => onBody(e.target.value)} />
      </Field>
    </>
  )
}

import { useState } from 'react'
import { FIRST_DATE, LAST_DATE, isSupportedDate } from '../../../../shared/dates'
import { Field } from '../../components/Field'
import { formatFullDate } from '../../locale-format'
import { useApp } from '../../store'
import { errorMessage } from '../../api'
import { FormDialog } from '../process/FormDialog'
import { applyReply, knownPerson } from './apply-import'
import { ProcessPicker } from './ProcessPicker'
import type { ReplyDraft } from './read-import'
import { useTarget } from './use-target'

const KIND_LABELS = {
  offer: 'an offer',
  rejection: 'a rejection',
  scheduling: 'about scheduling',
  other: 'a reply'
} as const

interface Props {
  reply: ReplyDraft
  /** The process it was dropped on; null from the board. */
  droppedOn: string | null
  onClose(): void
}

/** A received email before it is logged: who, when, what it says, and the changes it suggests. */
export function ReplyPreview({ reply, droppedOn, onClose }: Props) {
  const t = useTarget(droppedOn, [reply.fromAddress], undefined, reply.subject)
  const toast = useApp((s) => s.toast)
  const navigate = useApp((s) => s.navigate)
  const known = t.target ? knownPerson(t.target, reply.fromAddress) : undefined
  const [personChoice, setPersonChoice] = useState<string | null>(null)
  const personId = personChoice ?? known?.id ?? (reply.fromAddress ? 'new' : (t.target?.mainContactId ?? ''))
  const [date, setDate] = useState(reply.date)
  const { kind, decisionBy } = reply.reading
  const [setDecision, setSetDecision] = useState(true)
  const [moveStage, setMoveStage] = useState(true)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  const decisionOffered = !!decisionBy && decisionBy !== t.target?.decisionBy
  const closedAsRejected = t.target?.stage === 'closed' && t.target.outcome === 'rejected'
  const stageOffered = (kind === 'offer' && t.target?.stage !== 'offer') || (kind === 'rejection' && !closedAsRejected)

  const submit = async () => {
    if (!isSupportedDate(date)) return setErrors({ date: 'Use a real date between 2000 and 2100' })
    setBusy(true)
    const done: string[] = []
    try {
      const got = await t.ensure()
      if ('errors' in got) {
        setErrors(got.errors)
        return setBusy(false)
      }
      const choices = {
        personId,
        date,
        setDecision: decisionOffered && setDecision,
        moveStage: stageOffered && moveStage
      }
      await applyReply(got.process, reply, choices, done)
      toast('The reply was logged.', 'success')
      onClose()
      if (!droppedOn) navigate({ name: 'process', id: got.process.id })
    } catch (err) {
      // Part of it is in: trying again would add it twice, so say what was saved and stop here.
      if (done.length) {
        toast(`${errorMessage(err)} Already saved: ${done.join(', ')}.`, 'error')
        return onClose()
      }
      setErrors({ form: errorMessage(err) })
      setBusy(false)
    }
  }

  const sender = reply.fromName ? `${reply.fromName} <${reply.fromAddress}>` : reply.fromAddress

  return (
    <FormDialog
      title="Log a received reply"
      description="Nothing is saved until you confirm."
      submitLabel="Log reply"
      busy={busy}
      formError={errors.form}
      onSubmit={submit}
      onClose={onClose}
      width={600}
    >
      {!t.fixed && <ProcessPicker target={t} errors={errors} />}
      <div className="grid-2">
        <Field label="From" error={errors.personId} hint={reply.fromAddress && `Sent by ${reply.fromAddress}`}>
          <select className="select user-text" value={personId} onChange={(e) => setPersonChoice(e.target.value)}>
            {!known && reply.fromAddress && <option value="new">Add {sender} as a person</option>}
            {(t.target?.people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value="">Someone not listed</option>
          </select>
        </Field>
        <Field label="Received on" error={errors.date}>
          <input
            className="input"
            type="date"
            value={date}
            min={FIRST_DATE}
            max={LAST_DATE}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
      </div>
      {reply.subject && (
        <p className="import-subject">
          <span className="muted">Subject: </span>
          <span className="user-text">{reply.subject}</span>
        </p>
      )}
      <div className="import-message user-text" dir="auto" tabIndex={0} aria-label="Message text">
        {reply.text}
      </div>
      <p className="muted">
        Reads as <strong>{KIND_LABELS[kind]}</strong>. Logging it stops the follow-up reminders, as any reply does.
      </p>
      {decisionOffered && (
        <label className="check">
          <input type="checkbox" checked={setDecision} onChange={(e) => setSetDecision(e.target.checked)} />
          {kind === 'offer' ? 'They want an answer by' : 'They will decide by'} {formatFullDate(decisionBy!)}: set it as
          the decision date
        </label>
      )}
      {stageOffered && (
        <label className="check">
          <input type="checkbox" checked={moveStage} onChange={(e) => setMoveStage(e.target.checked)} />
          {kind === 'offer' ? 'Move the process to Offer' : 'Close the process as Rejected'}
        </label>
      )}
    </FormDialog>
  )
}

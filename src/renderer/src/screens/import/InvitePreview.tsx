import { useState } from 'react'
import { FORMAT_LABELS, ROUND_FORMATS, type RoundFormat } from '../../../../shared/model'
import type { Invite } from '../../../../shared/import/invite'
import { Field } from '../../components/Field'
import { formatFullDate, formatTime } from '../../locale-format'
import { useApp } from '../../store'
import { errorMessage } from '../../api'
import { FormDialog } from '../process/FormDialog'
import { applyInvite, knownPerson, removeCancelledRound, roundForInvite } from './apply-import'
import { ProcessPicker } from './ProcessPicker'
import { useTarget } from './use-target'

const whenOf = (date: string, time: string) => `${formatFullDate(date)}${time ? `, ${formatTime(time)}` : ''}`

interface Props {
  invite: Invite
  /** The process it was dropped on; null from the board. */
  droppedOn: string | null
  onClose(): void
}

/** The round and people an invite would add or change, before anything is saved. */
export function InvitePreview({ invite, droppedOn, onClose }: Props) {
  const emails = invite.people.map((p) => p.email)
  const t = useTarget(droppedOn, emails, invite.uid || undefined, invite.title)
  const toast = useApp((s) => s.toast)
  const navigate = useApp((s) => s.navigate)
  const existing = t.target ? roundForInvite(t.target, invite) : undefined
  // An update keeps the name the user gave the round.
  const [label, setLabel] = useState(existing?.label ?? (invite.title || 'Interview'))
  const [format, setFormat] = useState<RoundFormat>(invite.format ?? existing?.format ?? 'video')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (invite.cancelled && !existing) return onClose()
    if (!label.trim()) return setErrors({ label: 'A label is needed' })
    setBusy(true)
    const done: string[] = []
    try {
      const got = await t.ensure()
      if ('errors' in got) {
        setErrors(got.errors)
        return setBusy(false)
      }
      if (invite.cancelled) {
        await removeCancelledRound(got.process, invite)
        toast('The cancelled round was removed.', 'success')
      } else {
        await applyInvite(got.process, invite, { label: label.trim().slice(0, 120), format }, done)
        toast(existing ? 'The round was updated from the invite.' : 'The round was added from the invite.', 'success')
      }
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

  const title = invite.cancelled
    ? 'Cancelled invite'
    : existing
      ? 'Update the round from this invite'
      : 'Add a round from this invite'
  const submitLabel = invite.cancelled ? (existing ? 'Remove round' : 'Close') : existing ? 'Update round' : 'Add round'
  const when = whenOf(invite.date, invite.time)

  return (
    <FormDialog
      title={title}
      description="Nothing is saved until you confirm."
      submitLabel={submitLabel}
      busy={busy}
      formError={errors.form}
      onSubmit={submit}
      onClose={onClose}
      width={560}
    >
      {!t.fixed && <ProcessPicker target={t} errors={errors} />}
      {invite.cancelled ? (
        <p className="import-cancelled" role="status">
          {existing ? (
            <>
              The organizer cancelled <strong className="user-text">{existing.label}</strong> on{' '}
              {formatFullDate(existing.date)}. Remove this round?
            </>
          ) : (
            'The organizer cancelled this event. No round in this process comes from it, so there is nothing to remove.'
          )}
        </p>
      ) : (
        <>
          <Field label="Round" error={errors.label}>
            <input
              className="input user-text"
              dir="auto"
              value={label}
              maxLength={120}
              onChange={(e) => setLabel(e.target.value)}
            />
          </Field>
          <dl className="import-facts">
            <dt>When</dt>
            <dd>
              {when} <span className="muted">(your time)</span>
              {existing && (existing.date !== invite.date || existing.time !== invite.time) && (
                <span className="badge badge-warn">moved from {whenOf(existing.date, existing.time)}</span>
              )}
            </dd>
            <dt>{format === 'onsite' ? 'Where' : 'Link or place'}</dt>
            <dd className="user-text import-location">{invite.location || <span className="muted">Not given</span>}</dd>
          </dl>
          <fieldset className="fieldset">
            <legend className="field-label">Format{invite.format ? '' : ' (the invite does not say)'}</legend>
            <div className="segmented">
              {ROUND_FORMATS.map((f) => (
                <label key={f} className={`segment ${format === f ? 'selected' : ''}`}>
                  <input
                    type="radio"
                    name="import-format"
                    value={f}
                    checked={format === f}
                    onChange={() => setFormat(f)}
                  />
                  {FORMAT_LABELS[f]}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
      {!invite.cancelled && (
        <section aria-labelledby="import-people-heading">
          <h3 id="import-people-heading" className="field-label">
            People
          </h3>
          {invite.people.length === 0 ? (
            <p className="muted">The invite names nobody besides you.</p>
          ) : (
            <ul className="import-people">
              {invite.people.map((p) => {
                const known = t.target ? knownPerson(t.target, p.email) : undefined
                return (
                  <li key={p.email}>
                    <span className="user-text import-person-name">{known?.name ?? p.name}</span>
                    <span className="muted user-text import-person-email" title={p.email}>
                      {p.email}
                    </span>
                    <span className={known ? 'badge' : 'badge badge-accent'}>{known ? 'Known' : 'New'}</span>
                  </li>
                )
              })}
            </ul>
          )}
        </section>
      )}
    </FormDialog>
  )
}

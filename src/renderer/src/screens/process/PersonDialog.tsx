import { useState } from 'react'
import type { Person, Process } from '../../../../shared/model'
import { personInputSchema } from '../../../../shared/ipc/contract'
import { Field } from '../../components/Field'
import { changeProcess } from '../../store/actions'
import { FormDialog } from './FormDialog'
import { formErrors, zodErrors, type FormErrors } from './form-errors'
import { sortRounds } from './RoundsSection'

/** LinkedIn profiles are https; anything else is more likely a typo or a hostile link. */
const linkedinError = (url: string): string | undefined =>
  url === '' || /^https:\/\/\S+$/i.test(url) ? undefined : 'Use the profile’s https:// address'

/** Add (person = null) or edit someone met during the process. */
export function PersonDialog({ process, person, onClose }: { process: Process; person: Person | null; onClose(): void }) {
  const [name, setName] = useState(person?.name ?? '')
  const [title, setTitle] = useState(person?.title ?? '')
  const [email, setEmail] = useState(person?.email ?? '')
  const [linkedin, setLinkedin] = useState(person?.linkedin ?? '')
  const [roundIds, setRoundIds] = useState<string[]>(person?.roundIds ?? (process.rounds.length === 1 ? [process.rounds[0].id] : []))
  const [mainContact, setMainContact] = useState(person ? process.mainContactId === person.id : !process.mainContactId)
  const [errors, setErrors] = useState<FormErrors>({})
  const [busy, setBusy] = useState(false)

  const toggleRound = (id: string, on: boolean) => setRoundIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))

  const submit = async () => {
    const input = { ...(person ? { id: person.id } : {}), name: name.trim(), title: title.trim(), email: email.trim(), linkedin: linkedin.trim(), roundIds }
    const local = personInputSchema.safeParse(input)
    const found: FormErrors = local.success ? {} : zodErrors(local.error)
    const li = linkedinError(input.linkedin)
    if (li) found.linkedin ??= li
    if (Object.keys(found).length) return setErrors(found)
    setBusy(true)
    try {
      await changeProcess('people.save', { processId: process.id, person: input, mainContact })
      onClose()
    } catch (err) {
      setErrors(formErrors(err))
      setBusy(false)
    }
  }

  return (
    <FormDialog title={person ? 'Edit person' : 'Add someone you met'} submitLabel={person ? 'Save' : 'Add person'} busy={busy} formError={errors.form} onSubmit={submit} onClose={onClose}>
      <div className="grid-2">
        <Field label="Name" error={errors.name}>
          <input className="input user-text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Title" error={errors.title} hint="Optional">
          <input className="input user-text" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
      </div>
      <Field label="Email" error={errors.email} hint="Optional">
        <input className="input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field label="LinkedIn profile" error={errors.linkedin} hint="Optional, e.g. https://www.linkedin.com/in/…">
        <input className="input" type="url" value={linkedin} placeholder="https://" onChange={(e) => setLinkedin(e.target.value)} />
      </Field>
      {process.rounds.length > 0 && (
        <fieldset className="fieldset">
          <legend className="field-label">Rounds they were in</legend>
          <div className="check-list">
            {sortRounds(process.rounds).map((r) => (
              <label key={r.id} className="check">
                <input type="checkbox" checked={roundIds.includes(r.id)} onChange={(e) => toggleRound(r.id, e.target.checked)} />
                <span className="user-text">{r.label}</span>
                <span className="subtle">{r.date}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <label className="check">
        <input type="checkbox" checked={mainContact} onChange={(e) => setMainContact(e.target.checked)} />
        Main contact <span className="subtle">(follow-ups go to them)</span>
      </label>
    </FormDialog>
  )
}

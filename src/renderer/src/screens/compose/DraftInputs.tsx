import { useId, useMemo } from 'react'
import { formatLongDate } from '../../locale-format'
import type { Process } from '../../../../shared/model'
import { Field } from '../../components/Field'
import { MentionLine } from '../review/MentionLine'
import { extraFieldsFor, type ExtraField } from './situation-groups'
import type { Composer } from './use-composer'

// The inputs a draft is built from: who it goes to, the situation's own details, and which
// round and key points it draws on.

/** The round (when there are several) and its accepted key points. */
export function KeyPointsPanel({ process, composer }: { process: Process; composer: Composer }) {
  return (
    <section className="panel compose-side-panel" aria-labelledby="compose-points-title">
      <h2 id="compose-points-title" className="compose-section-title">
        Key points
      </h2>
      {process.rounds.length > 1 && <RoundPicker process={process} composer={composer} />}
      <LeftOut composer={composer} />
      <KeyPointsPicker process={process} composer={composer} />
    </section>
  )
}

function RoundPicker({ process, composer }: { process: Process; composer: Composer }) {
  const rounds = [...process.rounds].sort((a, b) => b.date.localeCompare(a.date) || b.time.localeCompare(a.time))
  return (
    <Field label="Round">
      <select className="select" value={composer.round?.id ?? ''} onChange={(e) => composer.setRound(e.target.value)}>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label || 'Interview'} — {formatLongDate(r.date)}
          </option>
        ))}
      </select>
    </Field>
  )
}

/** "To": a picker of the process's people, or the current tab's interviewer. */
export function RecipientPicker({ composer }: { composer: Composer }) {
  const { person, info, tabs } = composer
  const address =
    person && info.channel === 'email' ? (person.email ? person.email : 'No email address on file: your mail app will ask for one.') : null
  if (!composer.people.length) {
    return (
      <div className="compose-to">
        <span className="field-label">To</span>
        <p className="subtle">No one recorded yet. Add the people you met on the interview page and their names and addresses fill in here.</p>
      </div>
    )
  }
  return (
    <div className="compose-to">
      {tabs ? (
        <span className="field-label">To</span>
      ) : (
        <label className="field-label" htmlFor="compose-to">
          To
        </label>
      )}
      {tabs ? (
        <span id="compose-to" className="user-text compose-to-name">
          {person?.name}
        </span>
      ) : (
        <select id="compose-to" className="select user-text" value={person?.id ?? ''} onChange={(e) => composer.setPerson(e.target.value || null)}>
          {!person && <option value="">Choose someone</option>}
          {composer.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.title ? ` — ${p.title}` : ''}
            </option>
          ))}
        </select>
      )}
      {address && <span className={`subtle user-text ${person?.email ? '' : 'compose-to-missing'}`}>{address}</span>}
    </div>
  )
}

/** Accepted points the draft does not use, each added in one click in the sentence made for it. */
function LeftOut({ composer }: { composer: Composer }) {
  const { leftOut, info } = composer
  if (!leftOut.length || !info.usesKeyPoint) return null
  return (
    <section className="compose-left-out" aria-labelledby="compose-left-out-title">
      <h3 id="compose-left-out-title" className="compose-left-out-title">
        Not in this draft <span className="badge">{leftOut.length}</span>
      </h3>
      <ul className="compose-left-out-list">
        {leftOut.map((m) => (
          <li key={m.id} className="compose-left-out-item">
            <span className={`point-cat cat-${m.category}`}>{m.category.replace('-', ' ')}</span>
            <span className="user-text" dir="auto">
              {m.text}
            </span>
            <button type="button" className="btn btn-sm" onClick={() => composer.addPoint(m.id)} aria-label={`Add to the draft: ${m.text}`}>
              Add
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

function KeyPointsPicker({ process, composer }: { process: Process; composer: Composer }) {
  const { accepted, usedPointIds, info } = composer
  const context = useMemo(() => ({ company: process.company, people: process.people.map((p) => p.name) }), [process.company, process.people])
  return (
    <fieldset className="fieldset">
      <legend className="visually-hidden">Key points to use</legend>
      {accepted.length === 0 ? (
        <p className="subtle">
          No accepted key points for this round yet. Review the notes to pick what to mention{info.usesKeyPoint ? ', or add a detail by hand' : ''}.
        </p>
      ) : (
        <>
          <p className="subtle">{info.usesKeyPoint ? 'Checked points are woven into the draft.' : 'This situation rarely needs them; checked ones may still be used.'}</p>
          <ul className="compose-points">
            {accepted.map((p) => (
              <li key={p.id} className="compose-point-item">
                <label className="compose-point">
                  <input type="checkbox" checked={usedPointIds.has(p.id)} onChange={() => composer.togglePoint(p.id)} />
                  <span className={`point-cat cat-${p.category}`}>{p.category.replace('-', ' ')}</span>
                  <span className="user-text clamp-2" dir="auto">
                    {p.text}
                  </span>
                </label>
                {p.category !== 'next-step' && (
                  <MentionLine point={p} context={context} onChange={(mention) => composer.setMention(p.id, mention)} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  )
}

export function ExtraInputs({ composer }: { composer: Composer }) {
  const fields = extraFieldsFor(composer.situation)
  if (!fields.length) return null
  return (
    <fieldset className="fieldset compose-extra">
      <legend className="field-label">Details for this message</legend>
      {fields.map((f) => (
        <ExtraInput key={f.key} field={f} composer={composer} />
      ))}
    </fieldset>
  )
}

function ExtraInput({ field, composer }: { field: ExtraField; composer: Composer }) {
  const id = useId()
  const value = composer.extra[field.key]
  if (field.kind === 'checkbox') {
    return (
      <label className="check compose-offer-check" htmlFor={id}>
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => composer.setExtra({ [field.key]: e.target.checked })} />
        {field.label}
      </label>
    )
  }
  const text = typeof value === 'string' ? value : ''
  const set = (v: string) => composer.setExtra({ [field.key]: v })
  return (
    <Field label={field.label} hint={field.hint}>
      {field.kind === 'textarea' ? (
        <textarea className="textarea user-text" dir="auto" rows={3} spellCheck value={text} onChange={(e) => set(e.target.value)} />
      ) : (
        <input
          className="input user-text"
          dir="auto"
          type={field.kind === 'date' ? 'date' : 'text'}
          spellCheck={field.kind === 'text'}
          value={text}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </Field>
  )
}

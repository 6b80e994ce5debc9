import { useState } from 'react'
import type { Person, Process } from '../../../../shared/model'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ExternalLink } from '../../components/ExternalLink'
import { changeProcess } from '../../store/actions'
import { PersonDialog } from './PersonDialog'
import { deleteChildWithUndo } from '../../store/undo-delete'

/** The people met, their rounds, and which one is the main contact for follow-ups. */
export function PeopleSection({ process }: { process: Process }) {
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Person | null>(null)
  const roundLabel = new Map(process.rounds.map((r) => [r.id, r.label]))

  const makeMain = (id: string) => void changeProcess('processes.update', { id: process.id, patch: { mainContactId: id } }).catch(() => undefined)

  return (
    <section className="panel side-panel" aria-labelledby="people-heading">
      <div className="section-head">
        <h2 id="people-heading" className="panel-title">
          People met
        </h2>
        <span className="spacer" />
        <button type="button" className="btn btn-sm" onClick={() => setEditing('new')}>
          + Add
        </button>
      </div>
      {process.people.length === 0 ? (
        <p className="subtle">Nobody yet. Add your interviewers so thank-yous and follow-ups go to the right person.</p>
      ) : (
        <fieldset className="fieldset">
          <legend className="visually-hidden">Main contact</legend>
          <ul className="people-list">
            {process.people.map((p) => {
              const main = process.mainContactId === p.id
              return (
                <li key={p.id} className={`person ${main ? 'main' : ''}`}>
                  <div className="person-top">
                    <div className="person-name">
                      <strong className="user-text clamp-1" dir="auto">
                        {p.name}
                      </strong>
                      {p.title && (
                        <span className="subtle user-text clamp-1" dir="auto">
                          {p.title}
                        </span>
                      )}
                    </div>
                    <label className={`star ${main ? 'on' : ''}`} title={main ? 'Main contact: follow-ups go to them' : 'Make main contact'}>
                      <input type="radio" name={`main-contact-${process.id}`} checked={main} onChange={() => makeMain(p.id)} />
                      <span aria-hidden="true">{main ? '★' : '☆'}</span>
                      <span className="visually-hidden">Main contact: {p.name}</span>
                    </label>
                  </div>
                  {(p.email || p.linkedin) && (
                    <div className="person-links">
                      {p.email && <span className="user-text person-email">{p.email}</span>}
                      {p.linkedin && (
                        <ExternalLink url={p.linkedin} label={`Open ${p.name}’s LinkedIn profile`}>
                          LinkedIn ↗
                        </ExternalLink>
                      )}
                    </div>
                  )}
                  {p.roundIds.length > 0 && (
                    <div className="chips" aria-label="Rounds attended">
                      {p.roundIds
                        .filter((id) => roundLabel.has(id))
                        .map((id) => (
                          <span key={id} className="chip user-text">
                            {roundLabel.get(id)}
                          </span>
                        ))}
                    </div>
                  )}
                  <div className="person-tools">
                    {main && <span className="badge badge-accent">Main contact</span>}
                    <span className="spacer" />
                    <button type="button" className="btn btn-ghost btn-sm" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
                      Edit
                    </button>
                    <button type="button" className="btn btn-ghost btn-sm danger-text" onClick={() => setDeleting(p)} aria-label={`Delete ${p.name}`}>
                      Delete
                    </button>
                  </div>
                </li>
              )
            })}
          </ul>
        </fieldset>
      )}
      {editing && <PersonDialog process={process} person={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title="Remove this person?"
          confirmLabel="Remove"
          danger
          onConfirm={() => deleteChildWithUndo(process, { channel: 'people.delete', input: { processId: process.id, personId: deleting.id } }, deleting.name)}
          onClose={() => setDeleting(null)}
        >
          <p>
            <strong className="user-text">{deleting.name}</strong> will be removed from this interview. Messages already logged stay in the history.
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}

import { useState } from 'react'
import type { FoundPerson } from '../../../../shared/extract/index'
import type { Input } from '../../../../shared/ipc/contract'
import type { Process } from '../../../../shared/model'
import { findKnownPerson } from '../../../../shared/review/known-people'
import { changeProcess } from '../../store/actions'

interface PeopleFoundProps {
  process: Process
  roundId: string
  people: FoundPerson[]
}

/** People named in the notes, each one click away from the process's people. */
export function PeopleFound({ process, roundId, people }: PeopleFoundProps) {
  const [busy, setBusy] = useState<string | null>(null)

  const save = async (key: string, person: Input<'people.save'>['person']) => {
    setBusy(key)
    try {
      await changeProcess('people.save', { processId: process.id, person })
    } catch {
      // Shown as a toast by changeProcess.
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="panel people-found" aria-labelledby="review-people-heading">
      <h2 id="review-people-heading" className="panel-title">
        People in these notes
      </h2>
      {people.length === 0 ? (
        <p className="subtle">Nobody named yet. Write who you met (“met w/ Raj, eng mgr”) and they show up here.</p>
      ) : (
        <ul className="found-people">
          {people.map((found) => {
            const known = findKnownPerson(found.name, process.people)
            const inRound = !!known && known.roundIds.includes(roundId)
            const key = found.name.toLowerCase()
            return (
              <li key={key} className={`found-person ${known ? 'known' : ''}`}>
                <div className="found-person-text">
                  <span className="user-text found-name" dir="auto">
                    {found.name}
                  </span>
                  {(found.role || found.email) && (
                    <span className="subtle user-text" dir="auto">
                      {[found.role, found.email].filter(Boolean).join(' · ')}
                    </span>
                  )}
                  {known && known.name.toLowerCase() !== found.name.toLowerCase() && (
                    <span className="subtle user-text" dir="auto">
                      Listed as {known.name}
                    </span>
                  )}
                </div>
                {inRound ? (
                  <span className="badge badge-ok">✓ In people</span>
                ) : known ? (
                  <button
                    type="button"
                    className="btn btn-sm"
                    disabled={busy === key}
                    aria-label={`Add ${known.name} to this round`}
                    onClick={() => void save(key, { ...known, roundIds: [...known.roundIds, roundId] })}
                  >
                    Add to this round
                  </button>
                ) : (
                  <button
                    type="button"
                    className="btn btn-sm"
                    disabled={busy === key}
                    aria-label={`Add ${found.name} to people`}
                    onClick={() =>
                      void save(key, { name: found.name, title: found.role ?? '', email: found.email ?? '', linkedin: '', roundIds: [roundId] })
                    }
                  >
                    + Add to people
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

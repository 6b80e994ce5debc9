import { useEffect, useState } from 'react'
import { FORMAT_LABELS, type Process, type Round } from '../../../../shared/model'
import { formatFullDate, formatLongDate, formatTime } from '../../locale-format'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ExternalLink, isOpenableUrl } from '../../components/ExternalLink'
import { useApp } from '../../store'
import { NotesEditor } from './NotesEditor'
import { RoundDialog } from './RoundDialog'
import { deleteChildWithUndo } from '../../store/undo-delete'

/** Rounds by date then time: the order they happened in. */
export const sortRounds = (rounds: readonly Round[]): Round[] =>
  [...rounds].sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.label.localeCompare(b.label))

export function RoundsSection({ process, focusRoundId }: { process: Process; focusRoundId?: string }) {
  const [editing, setEditing] = useState<Round | 'new' | null>(null)
  const rounds = sortRounds(process.rounds)

  useEffect(() => {
    if (!focusRoundId) return
    const el = document.getElementById(`round-${focusRoundId}`)
    el?.scrollIntoView?.({ block: 'start', behavior: 'smooth' })
    el?.focus({ preventScroll: true })
    // Only when the route asks for a round, not on every change of the process.
  }, [focusRoundId])

  return (
    <section className="process-section" aria-labelledby="rounds-heading">
      <div className="section-head">
        <h2 id="rounds-heading">Rounds</h2>
        <span className="badge">{rounds.length}</span>
        <span className="spacer" />
        <button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing('new')}>
          + Add round
        </button>
      </div>
      {rounds.length === 0 ? (
        <div className="panel empty-panel">
          <p>No rounds yet. Add the interview’s date and format, then write your notes right after it.</p>
        </div>
      ) : (
        <ol className="round-list">
          {rounds.map((r, i) => (
            <li key={r.id}>
              <RoundCard process={process} round={r} index={i} highlighted={r.id === focusRoundId} onEdit={() => setEditing(r)} />
            </li>
          ))}
        </ol>
      )}
      {editing && <RoundDialog process={process} round={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </section>
  )
}

function RoundCard({ process, round, index, highlighted, onEdit }: { process: Process; round: Round; index: number; highlighted: boolean; onEdit(): void }) {
  const [confirming, setConfirming] = useState(false)
  const navigate = useApp((s) => s.navigate)
  const headingId = `round-${round.id}-heading`
  const attendees = process.people.filter((p) => p.roundIds.includes(round.id))

  return (
    <article id={`round-${round.id}`} className={`panel round-card ${highlighted ? 'highlighted' : ''}`} tabIndex={-1} aria-labelledby={headingId}>
      <header className="round-head">
        <span className="round-index" aria-hidden="true">
          {index + 1}
        </span>
        <div className="round-title">
          <h3 id={headingId} className="user-text clamp-2" dir="auto">
            {round.label || `Round ${index + 1}`}
          </h3>
          <p className="round-when">
            <time dateTime={round.date}>
              {formatFullDate(round.date)}
            </time>
            {round.time && <span> · {formatTime(round.time)}</span>}
            <span className="badge round-format">{FORMAT_LABELS[round.format]}</span>
          </p>
          {round.location && (
            <p className="round-location">
              {isOpenableUrl(round.location) ? (
                <ExternalLink url={round.location} label={`Open the meeting link: ${round.location}`}>
                  {round.location}
                </ExternalLink>
              ) : (
                <span className="user-text" dir="auto">
                  {round.location}
                </span>
              )}
            </p>
          )}
          {attendees.length > 0 && (
            <p className="subtle user-text clamp-2">
              With {attendees.map((p) => p.name).join(', ')}
            </p>
          )}
        </div>
        <div className="round-tools">
          <button type="button" className="btn btn-ghost btn-sm" onClick={onEdit} aria-label={`Edit round ${round.label}`}>
            Edit
          </button>
          <button type="button" className="btn btn-ghost btn-sm danger-text" onClick={() => setConfirming(true)} aria-label={`Delete round ${round.label}`}>
            Delete
          </button>
        </div>
      </header>
      <NotesEditor processId={process.id} roundId={round.id} roundLabel={round.label} />
      <div className="round-actions">
        <button type="button" className="btn" onClick={() => navigate({ name: 'review', processId: process.id, roundId: round.id })}>
          Review notes
        </button>
        <button type="button" className="btn" onClick={() => navigate({ name: 'compose', processId: process.id, situation: 'thank-you' })}>
          Compose thank-you
        </button>
        {round.points.length > 0 && (
          <span className="subtle">
            {round.points.filter((p) => p.status === 'accepted').length} accepted key point
            {round.points.filter((p) => p.status === 'accepted').length === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title="Delete this round?"
          confirmLabel="Delete round"
          danger
          onConfirm={() => deleteChildWithUndo(process, { channel: 'rounds.delete', input: { processId: process.id, roundId: round.id } }, `the round ${round.label}`)}
          onClose={() => setConfirming(false)}
        >
          <p>
            <strong className="user-text">{round.label}</strong> on {formatLongDate(round.date)}, with its notes, key points and reflection.
          </p>
        </ConfirmDialog>
      )}
    </article>
  )
}

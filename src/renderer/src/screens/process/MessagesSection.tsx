import { useState } from 'react'
import type { Message, Process } from '../../../../shared/model'
import { formatLongDate } from '../../locale-format'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { MessageDialog } from './MessageDialog'
import { CHANNEL_LABELS, STEP_LABELS, situationLabel } from './message-labels'
import { deleteChildWithUndo } from '../../store/undo-delete'

/** Newest first; same-day messages keep the order they were logged in (reversed). */
const newestFirst = (messages: readonly Message[]): Message[] =>
  messages.map((m, i) => ({ m, i })).sort((a, b) => b.m.date.localeCompare(a.m.date) || b.i - a.i).map(({ m }) => m)

/** Every message sent or received in this process. */
export function MessagesSection({ process }: { process: Process }) {
  const [logging, setLogging] = useState(false)
  const [deleting, setDeleting] = useState<Message | null>(null)
  const people = new Map(process.people.map((p) => [p.id, p.name]))
  const messages = newestFirst(process.messages)

  return (
    <section className="process-section" aria-labelledby="messages-heading">
      <div className="section-head">
        <h2 id="messages-heading">Messages</h2>
        <span className="badge">{messages.length}</span>
        <span className="spacer" />
        <button type="button" className="btn btn-sm" onClick={() => setLogging(true)}>
          + Log a message
        </button>
      </div>
      {messages.length === 0 ? (
        <div className="panel empty-panel">
          <p>No messages yet. Messages you send from the composer appear here; log calls and replies yourself.</p>
        </div>
      ) : (
        <ul className="panel message-list">
          {messages.map((m) => (
            <MessageRow key={m.id} message={m} personName={m.personId ? people.get(m.personId) : undefined} onDelete={() => setDeleting(m)} />
          ))}
        </ul>
      )}
      {logging && <MessageDialog process={process} onClose={() => setLogging(false)} />}
      {deleting && (
        <ConfirmDialog
          title="Delete this message from the history?"
          confirmLabel="Delete"
          danger
          onConfirm={() => deleteChildWithUndo(process, { channel: 'messages.delete', input: { processId: process.id, messageId: deleting.id } }, 'the message')}
          onClose={() => setDeleting(null)}
        >
          <p className="user-text">{deleting.subject || situationLabel(deleting.situation) || 'Message'}</p>
          {deleting.step && <p className="muted">The follow-up plan will count as if this {STEP_LABELS[deleting.step].toLowerCase()} was never sent.</p>}
        </ConfirmDialog>
      )}
    </section>
  )
}

function MessageRow({ message: m, personName, onDelete }: { message: Message; personName?: string; onDelete(): void }) {
  const [open, setOpen] = useState(false)
  const bodyId = `message-${m.id}-body`
  const title = m.subject || (m.situation ? situationLabel(m.situation) : m.direction === 'sent' ? 'Message sent' : 'Message received')
  return (
    <li className="message">
      <div className="message-row">
        <span className={`direction ${m.direction}`} aria-label={m.direction === 'sent' ? 'Sent' : 'Received'} title={m.direction === 'sent' ? 'Sent' : 'Received'}>
          {m.direction === 'sent' ? '↗' : '↙'}
        </span>
        <div className="message-main">
          <button type="button" className="message-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
            <span className="message-subject user-text clamp-1" dir="auto">
              {title}
            </span>
          </button>
          <div className="message-meta subtle">
            <time dateTime={m.date}>{formatLongDate(m.date)}, {m.date.slice(0, 4)}</time>
            <span>· {m.direction === 'sent' ? 'Sent' : 'Received'} by {CHANNEL_LABELS[m.channel].toLowerCase()}</span>
            {personName && (
              <span className="user-text">
                · {m.direction === 'sent' ? 'to' : 'from'} {personName}
              </span>
            )}
            {m.situation && m.subject && (!m.step || situationLabel(m.situation) !== STEP_LABELS[m.step]) && <span className="badge">{situationLabel(m.situation)}</span>}
            {m.step && <span className="badge badge-accent">{STEP_LABELS[m.step]}</span>}
          </div>
        </div>
        <button type="button" className="btn btn-ghost btn-sm danger-text" onClick={onDelete} aria-label={`Delete message: ${title}`}>
          Delete
        </button>
      </div>
      <div id={bodyId} hidden={!open} className="message-body">
        {open &&
          (m.body ? (
            <p className="pre user-text" dir="auto">
              {m.body}
            </p>
          ) : (
            <p className="subtle">No text was kept for this message.</p>
          ))}
      </div>
    </li>
  )
}

import { useState } from 'react'
import { call } from '../../api'
import { run } from '../../store/actions'
import { useApp } from '../../store'

interface Props {
  readOnly: boolean
  onAdd(): void
}

const STEPS = [
  { icon: '✎', title: 'Write it down', text: 'Log each interview and jot your notes right after, while they are fresh.' },
  { icon: '✦', title: 'See what mattered', text: 'Afterview pulls out the key points: praise, concerns, next steps.' },
  { icon: '◷', title: 'Follow up on time', text: 'It tells you when to send a thank-you or a follow-up, and when to stop.' },
  { icon: '✉', title: 'Send the right words', text: 'Drafts for each moment, built from what was actually said.' }
]

/** The first thing a new user sees: what Afterview does, and two ways to start. */
export function EmptyBoard({ readOnly, onAdd }: Props) {
  const [loading, setLoading] = useState(false)
  const trySample = async () => {
    setLoading(true)
    const loaded = await run(() => call('sample.load'))
    if (loaded) {
      await useApp.getState().load()
      useApp.getState().toast(`Added ${loaded.length} sample processes. Delete them any time.`, 'success')
    }
    setLoading(false)
  }
  return (
    <section className="board-welcome" aria-labelledby="board-welcome-title">
      <div className="board-welcome-card card">
        <p className="board-welcome-eyebrow">Welcome to Afterview</p>
        <h1 id="board-welcome-title">The weeks after an interview, handled.</h1>
        <p className="board-welcome-lead muted">
          Keep every interview process on one board, turn your notes into the points worth mentioning, and know exactly
          when to follow up. Everything stays on this computer.
        </p>
        <ol className="board-welcome-steps">
          {STEPS.map((s) => (
            <li key={s.title}>
              <span className="board-welcome-icon" aria-hidden="true">
                {s.icon}
              </span>
              <span>
                <strong>{s.title}</strong>
                <span className="muted">{s.text}</span>
              </span>
            </li>
          ))}
        </ol>
        <div className="board-welcome-actions">
          <button type="button" className="btn btn-primary btn-lg" onClick={onAdd} disabled={readOnly}>
            Add your first interview
          </button>
          <button type="button" className="btn btn-lg" onClick={trySample} disabled={readOnly || loading} aria-busy={loading}>
            {loading ? 'Adding sample data…' : 'Try with sample data'}
          </button>
        </div>
        <p className="subtle">Tip: press Ctrl+N (⌘N on a Mac) to add an interview from the board.</p>
      </div>
    </section>
  )
}

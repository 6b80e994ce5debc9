import { formatShortDate } from '../../locale-format'
import type { Process } from '../../../../shared/model'
import { useApp } from '../../store'
import { sortRounds } from '../process/RoundsSection'

/** Every round of the process, in the order they happened; the current one is marked. */
export function RoundSwitcher({ process, roundId }: { process: Process; roundId: string }) {
  const navigate = useApp((s) => s.navigate)
  const rounds = sortRounds(process.rounds)
  if (rounds.length < 2) {
    const r = rounds[0]
    return r ? <span className="round-current subtle user-text">{`${r.label || 'Round 1'} · ${formatShortDate(r.date)}`}</span> : null
  }
  return (
    <nav className="round-switcher" aria-label="Rounds">
      {rounds.map((r, i) => {
        const current = r.id === roundId
        return (
          <button
            key={r.id}
            type="button"
            className={`round-tab ${current ? 'current' : ''}`}
            aria-current={current ? 'page' : undefined}
            onClick={() => !current && navigate({ name: 'review', processId: process.id, roundId: r.id })}
          >
            <span className="user-text clamp-1">{r.label || `Round ${i + 1}`}</span>
            <span className="round-tab-date">{formatShortDate(r.date)}</span>
          </button>
        )
      })}
    </nav>
  )
}

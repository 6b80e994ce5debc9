import { memo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { STAGES, STAGE_LABELS, type Stage } from '../../../../shared/model'
import { useApp } from '../../store'

/** Search and filters. Owns its own subscriptions so typing re-renders only this and the input. */
export const BoardToolbar = memo(function BoardToolbar() {
  const query = useApp((s) => s.query)
  const setQuery = useApp((s) => s.setQuery)
  const setFilters = useApp((s) => s.setFilters)
  const { stages, dueOnly } = useApp(useShallow((s) => ({ stages: s.filters.stages, dueOnly: s.filters.dueOnly })))

  const toggleStage = (stage: Stage) =>
    setFilters({ stages: stages.includes(stage) ? stages.filter((s) => s !== stage) : [...stages, stage] })
  const anyFilter = stages.length > 0 || dueOnly || query !== ''

  return (
    <div className="board-toolbar" role="search">
      <div className="board-search">
        <span className="board-search-icon" aria-hidden="true">
          ⌕
        </span>
        <input
          id="board-search"
          className="input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault()
              setQuery('')
            }
          }}
          placeholder="Search companies, people, notes…"
          aria-label="Search processes"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
      </div>
      <div className="board-chips" role="group" aria-label="Show stages">
        {STAGES.map((stage) => (
          <button
            key={stage}
            type="button"
            className={`board-chip${stages.includes(stage) ? ' is-on' : ''}`}
            aria-pressed={stages.includes(stage)}
            onClick={() => toggleStage(stage)}
          >
            <span className={`stage-dot stage-dot-${stage}`} aria-hidden="true" />
            {STAGE_LABELS[stage]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className={`board-chip board-chip-due${dueOnly ? ' is-on' : ''}`}
        aria-pressed={dueOnly}
        onClick={() => setFilters({ dueOnly: !dueOnly })}
      >
        Due or overdue only
      </button>
      {/* Always laid out, only hidden while there is nothing to clear: appearing with the first
          letter typed, it wrapped the toolbar and moved (and repainted) the whole board. */}
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        disabled={!anyFilter}
        style={anyFilter ? undefined : { visibility: 'hidden' }}
        onClick={() => {
          setQuery('')
          setFilters({ stages: [], dueOnly: false })
        }}
      >
        Clear
      </button>
    </div>
  )
})

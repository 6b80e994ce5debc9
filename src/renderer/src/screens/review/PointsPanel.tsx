import { useId, useMemo, useState } from 'react'
import type { KeyPointCategory, ReviewPoint } from '../../../../shared/model'
import { AddPointForm } from './AddPointForm'
import { PointItem } from './PointItem'
import { SaveBadge } from '../../components/SaveBadge'
import { CATEGORIES, CATEGORY_HEADING, CATEGORY_HINT } from './categories'
import type { Review } from './use-review'

interface PointsPanelProps {
  review: Review
  points: ReviewPoint[]
  notes: string
  /** Names of the process's people, to pick a point's speaker from. */
  people: readonly string[]
  company: string
  activeId: string | null
  onActivate(id: string | null): void
  onChange(id: string, change: Partial<ReviewPoint>): void
  onAdd(category: KeyPointCategory, text: string): void
}

/** The key points by category, each with its actions; dropped ones are kept aside to restore. */
export function PointsPanel({ review, points, notes, people, company, activeId, onActivate, onChange, onAdd }: PointsPanelProps) {
  const [droppedOpen, setDroppedOpen] = useState(false)
  const hintId = useId()
  const live = points.filter((p) => p.status !== 'dropped')
  const dropped = points.filter((p) => p.status === 'dropped')
  const accepted = live.filter((p) => p.status === 'accepted').length
  const pending = live.length - accepted
  const mentionContext = useMemo(() => ({ company, people: [...people] }), [company, people])

  const item = (p: ReviewPoint) => (
    <PointItem key={p.id} point={p} notes={notes} people={people} mentionContext={mentionContext} active={p.id === activeId} onActivate={onActivate} onChange={onChange} />
  )

  return (
    <section className="panel points-panel" aria-labelledby="review-points-heading" aria-describedby={hintId}>
      <div className="points-head">
        <h2 id="review-points-heading" className="panel-title">
          Key points
        </h2>
        <span className="subtle" aria-live="polite">
          {accepted} accepted · {pending} to review{dropped.length ? ` · ${dropped.length} dropped` : ''}
        </span>
        <span className="spacer" />
        <SaveBadge state={review.pointsSave} onRetry={review.retrySaves} label="Points" />
        {pending > 0 && (
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => review.updateAll((p) => (p.status === 'pending' ? { ...p, status: 'accepted' } : p))}
          >
            Accept all {pending}
          </button>
        )}
      </div>
      <p id={hintId} className="shortcut-hint subtle">
        On a point: <kbd>A</kbd> accept · <kbd>D</kbd> drop or restore · <kbd>E</kbd> edit · <kbd>C</kbd> category · <kbd>S</kbd> said by · <kbd>↑</kbd>
        <kbd>↓</kbd> next. Editing a point, its category or who said it keeps it.
      </p>
      <AddPointForm onAdd={onAdd} />
      {CATEGORIES.map((category) => {
        const inGroup = live.filter((p) => p.category === category)
        const headingId = `points-${category}-heading`
        return (
          <section key={category} className={`point-group cat-${category}`} aria-labelledby={headingId}>
            <h3 id={headingId} className="point-group-title" title={CATEGORY_HINT[category]}>
              <span className="cat-dot" aria-hidden="true" />
              {CATEGORY_HEADING[category]}
              <span className="badge group-count" aria-label={`${inGroup.length} points`}>
                {inGroup.length}
              </span>
            </h3>
            {inGroup.length > 0 ? <ul className="point-list">{inGroup.map(item)}</ul> : <p className="subtle group-empty">{CATEGORY_HINT[category]} — none yet.</p>}
          </section>
        )
      })}
      {dropped.length > 0 && (
        <details className="dropped-group" open={droppedOpen} onToggle={(e) => setDroppedOpen(e.currentTarget.open)}>
          <summary>
            Dropped <span className="badge">{dropped.length}</span>
          </summary>
          <ul className="point-list">{dropped.map(item)}</ul>
        </details>
      )}
    </section>
  )
}

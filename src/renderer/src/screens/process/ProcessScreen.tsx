import { useApp } from '../../store'
import { DecisionPanel } from './DecisionPanel'
import { MessagesSection } from './MessagesSection'
import { PeopleSection } from './PeopleSection'
import { ProcessHeader } from './ProcessHeader'
import { ProcessPlanPanel } from './ProcessPlanPanel'
import { ReflectionsPanel } from './ReflectionsPanel'
import { RoundsSection } from './RoundsSection'
import './process.css'

/** Interview detail: everything about one process, rounds and notes first. */
export function ProcessScreen({ id, roundId }: { id: string; roundId?: string }) {
  const process = useApp((s) => s.processes[id])
  const navigate = useApp((s) => s.navigate)

  if (!process) {
    return (
      <div className="screen">
        <div className="empty" role="status">
          <h1>This interview is no longer here</h1>
          <p className="muted">It may have been deleted or replaced by an import.</p>
          <p>
            <button type="button" className="btn" onClick={() => navigate({ name: 'board' })}>
              Back to the board
            </button>
          </p>
        </div>
      </div>
    )
  }

  return (
    <div className="screen process-screen">
      <ProcessHeader process={process} />
      <div className="process-grid">
        <div className="process-main">
          <RoundsSection process={process} focusRoundId={roundId} />
          <MessagesSection process={process} />
        </div>
        <aside className="process-aside" aria-label="Plan, decision and people">
          <ProcessPlanPanel process={process} />
          <DecisionPanel process={process} />
          <PeopleSection process={process} />
          <ReflectionsPanel process={process} />
        </aside>
      </div>
    </div>
  )
}

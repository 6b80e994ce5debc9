import { useProcess } from '../../store/use-process'
import { NoLongerHere, StillLoading } from '../../components/NoLongerHere'
import { DecisionPanel } from './DecisionPanel'
import { MessagesSection } from './MessagesSection'
import { PeopleSection } from './PeopleSection'
import { ProcessHeader } from './ProcessHeader'
import { ProcessPlanPanel } from './ProcessPlanPanel'
import { ReflectionsPanel } from './ReflectionsPanel'
import { RoundsSection } from './RoundsSection'
import { useImportDrop } from '../import/use-import-drop'
import './process.css'

/** Interview detail: everything about one process, rounds and notes first. */
export function ProcessScreen({ id, roundId }: { id: string; roundId?: string }) {
  const found = useProcess(id)
  const process = found.state === 'ready' ? found.process : null
  const drop = useImportDrop(process ? id : null)

  if (found.state === 'missing') return <NoLongerHere />
  if (!process) return <StillLoading />

  return (
    <div {...drop} className={`screen process-screen ${drop.className}`}>
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

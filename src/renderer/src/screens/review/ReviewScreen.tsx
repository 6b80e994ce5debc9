import { useMemo, useState } from 'react'
import type { KeyPointCategory, Process, ReviewPoint, Round } from '../../../../shared/model'
import { localIsoDate } from '../../../../shared/dates'
import { useApp } from '../../store'
import { NoLongerHere, StillLoading } from '../../components/NoLongerHere'
import { useProcess } from '../../store/use-process'
import { DecisionCard } from './DecisionCard'
import { NotesPane, type Selection } from './NotesPane'
import { PeopleFound } from './PeopleFound'
import { focusPointSoon } from './PointItem'
import { PointsPanel } from './PointsPanel'
import { ReflectionForm } from './ReflectionForm'
import { RoundSwitcher } from './RoundSwitcher'
import { useReview } from './use-review'
import './review.css'

/** Note review: a round's notes beside the key points found in them, the decision date, the people, and a reflection. */
export function ReviewScreen({ processId, roundId }: { processId: string; roundId: string }) {
  const found = useProcess(processId)
  const process = found.state === 'ready' ? found.process : null
  const round = process?.rounds.find((r) => r.id === roundId)

  if (found.state === 'missing') return <NoLongerHere />
  if (!process) return <StillLoading />
  if (!round) return <NoLongerHere what="round" backTo={{ name: 'process', id: process.id }} backLabel="Back to the interview" />
  return <ReviewBody process={process} round={round} />
}

function ReviewBody({ process, round }: { process: Process; round: Round }) {
  const navigate = useApp((s) => s.navigate)
  const today = useApp((s) => s.info?.today) ?? localIsoDate(new Date())
  const people = useMemo(() => process.people.map((p) => p.name), [process.people])
  const review = useReview(process.id, round, people)
  const [activeId, setActiveId] = useState<string | null>(null)
  const { state } = review
  const points = state?.points ?? []
  const notes = state?.notes ?? ''

  const addSelection = (category: KeyPointCategory, selection: Selection) => {
      const now = review.current()
      if (!now) return
      const current = now.notes
      const raw = current.slice(selection.start, selection.end)
      const start = selection.start + (raw.length - raw.trimStart().length)
      const end = selection.end - (raw.length - raw.trimEnd().length)
      if (end <= start) return
      // Selecting exactly a suggestion (or a dropped one) decides that point instead of adding a twin.
      const same = now.points.find((p) => p.start === start && p.end === end && p.source === 'extracted')
      if (same) {
        review.updatePoint(same.id, { category, status: 'accepted' })
        focusPointSoon(same.id)
        return
      }
      const id = review.addPoint({ category, text: current.slice(start, end), start, end, status: 'accepted', source: 'user' })
      focusPointSoon(id)
  }

  const addManual = (category: KeyPointCategory, text: string) => {
    const id = review.addPoint({ category, text, start: null, end: null, status: 'accepted', source: 'user' })
    focusPointSoon(id)
  }

  const change = (id: string, c: Partial<ReviewPoint>) => review.updatePoint(id, c)

  return (
    <div className="screen review-screen">
      <header className="review-header">
        <button type="button" className="btn btn-ghost btn-sm back-link" onClick={() => navigate({ name: 'process', id: process.id, roundId: round.id })}>
          <span aria-hidden="true">←</span>{' '}
          {/* Each name isolated, so a right-to-left one cannot reorder the separator and the other. */}
          <span className="user-text clamp-1">
            <bdi>{process.company}</bdi> · <bdi>{process.role}</bdi>
          </span>
        </button>
        <div className="review-title-row">
          <h1>Review notes</h1>
          <RoundSwitcher process={process} roundId={round.id} />
        </div>
      </header>
      <div className="review-grid">
        <div className="review-left">
          <NotesPane
            review={review}
            points={points}
            decisionSpan={state?.extraction.decisionBy ?? null}
            activeId={activeId}
            onActivate={setActiveId}
            onPick={(id) => focusPointSoon(id)}
            onAddSelection={addSelection}
          />
        </div>
        <div className="review-right">
          <DecisionCard process={process} found={state?.extraction.decisionBy ?? null} today={today} onActivate={setActiveId} />
          <PointsPanel review={review} points={points} notes={notes} people={people} company={process.company} activeId={activeId} onActivate={setActiveId} onChange={change} onAdd={addManual} />
          <PeopleFound process={process} roundId={round.id} people={state?.extraction.people ?? []} />
          <ReflectionForm processId={process.id} round={round} />
        </div>
      </div>
    </div>
  )
}

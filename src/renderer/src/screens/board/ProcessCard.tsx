import { memo, useCallback, useLayoutEffect, useRef } from 'react'
import { useDraggable } from '@dnd-kit/core'
import { DEFAULT_SETTINGS, type Settings, type Stage } from '../../../../shared/model'
import type { ProcessSummary } from '../../../../shared/process-summary'
import { useApp } from '../../store'
import { cachedLatestRound, cachedPlan } from './board-model'
import { cardLabel, lineText, nextLine, roundLine, type CardLine, type NextLine } from './card-text'
import { MoveMenu } from './MoveMenu'

interface CardProps {
  id: string
  readOnly: boolean
  onOpen(id: string): void
  onMove(id: string, stage: Stage): void
}

interface CardView {
  round: CardLine
  next: NextLine
  label: string
}

// Kept per process object (and per settings and day), not per mounted card: a search brings the
// same cards in and out of view keystroke after keystroke, and each comes back with its words.
let viewsFor: { settings: Settings; today: string } | null = null
let views = new WeakMap<ProcessSummary, CardView>()

function cardView(p: ProcessSummary, settings: Settings, today: string): CardView {
  if (viewsFor?.settings !== settings || viewsFor.today !== today) {
    viewsFor = { settings, today }
    views = new WeakMap()
  }
  let view = views.get(p)
  if (!view) {
    const round = cachedLatestRound(p)
    const next = nextLine(p, cachedPlan(p, settings, today), today)
    view = { round: roundLine(round, today), next, label: cardLabel(p, round, next, today) }
    views.set(p, view)
  }
  return view
}

/** What a card shows, from the process object: recomputed only when that object changes. */
function useCardView(p: ProcessSummary | undefined): CardView | null {
  const settings = useApp((s) => s.settings) ?? DEFAULT_SETTINGS
  const today = useApp((s) => s.info?.today ?? '')
  return p && today ? cardView(p, settings, today) : null
}

/** A card on the board: the whole card opens the process; ⋯ moves it; it can be dragged. */
export const ProcessCard = memo(function ProcessCard({ id, readOnly, onOpen, onMove }: CardProps) {
  const p = useApp((s) => s.processes[id])
  const view = useCardView(p)
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id,
    data: { stage: p?.stage },
    disabled: readOnly,
    attributes: { roleDescription: 'movable card' }
  })
  const focusNode = useFocusWithProcess(id)
  const setCardRef = useCallback(
    (node: HTMLDivElement | null) => {
      setNodeRef(node)
      focusNode.current = node
    },
    [setNodeRef, focusNode]
  )
  if (!p || !view) return null
  return (
    <div
      ref={setCardRef}
      data-card-id={id} className={`board-card stage-${p.stage}${isDragging ? ' is-dragging' : ''}`}>
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="board-card-open"
        {...attributes}
        {...listeners}
        aria-label={view.label}
        onClick={() => onOpen(id)}
      >
        <CardBody p={p} round={view.round} next={view.next} />
      </button>
      <MoveMenu owner={id} current={p.stage} subject={p.company} disabled={readOnly} onMove={(stage) => onMove(id, stage)} />
    </div>
  )
})

/**
 * A long column reuses a card's elements for another process when its list changes (see
 * VirtualList). The keyboard focus belongs to the process, so if it was in this card it follows
 * the process to where it is shown now, or leaves the board if it is no longer shown, as it
 * would if the card had been removed.
 */
function useFocusWithProcess(id: string) {
  const node = useRef<HTMLDivElement | null>(null)
  const shown = useRef(id)
  useLayoutEffect(() => {
    const before = shown.current
    shown.current = id
    const card = node.current
    if (before === id || !card || !card.contains(document.activeElement)) return
    const same = [...document.querySelectorAll<HTMLElement>('.board-card')].find((c) => c.dataset.cardId === before)
    const open = same?.querySelector<HTMLElement>('.board-card-open')
    if (open) open.focus()
    else (document.activeElement as HTMLElement).blur()
  }, [id])
  return node
}

interface BodyProps {
  p: ProcessSummary
  round: CardLine
  next: NextLine
}

// The {' '} between parts draw nothing (flex items) but keep words apart in the text that
// assistive tech and speech input read from the card.
function CardBody({ p, round, next }: BodyProps) {
  return (
    <>
      <span className="board-card-company user-text" title={p.company} dir="auto">
        {p.company}
      </span>{' '}
      <span className="board-card-role user-text" title={p.role} dir="auto">
        {p.role}
      </span>{' '}
      <span className="board-card-line board-card-round" title={lineText(round)}>
        <span className="board-card-line-text user-text">{round.text}</span>{' '}
        {round.when && <span className="board-card-line-when">· {round.when}</span>}
      </span>{' '}
      <span className={`board-card-next tone-${next.tone}`} title={lineText(next)}>
        {p.stage === 'closed' ? (
          <span className={`badge outcome-${p.outcome ?? 'none'}`}>{next.text}</span>
        ) : (
          <>
            <span className="board-card-line-text">{next.text}</span>{' '}
            {next.badge ? (
              <span className={`badge ${next.tone === 'overdue' ? 'badge-danger' : 'badge-warn'}`}>{next.badge}</span>
            ) : (
              next.when && <span className="board-card-line-when">{next.when}</span>
            )}
          </>
        )}
      </span>
    </>
  )
}

/** The card under the pointer while dragging (no drag hooks, no menu). */
export function CardPreview({ id }: { id: string }) {
  const p = useApp((s) => s.processes[id])
  const view = useCardView(p)
  if (!p || !view) return null
  return (
    <div className={`board-card board-card-overlay stage-${p.stage}`}>
      <div className="board-card-open">
        <CardBody p={p} round={view.round} next={view.next} />
      </div>
    </div>
  )
}

import { memo, useMemo, useState } from 'react'
import {
  DndContext,
  DragOverlay,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter
} from '@dnd-kit/core'
import { STAGE_LABELS, type Stage } from '../../../../shared/model'
import { useApp } from '../../store'
import type { ColumnIds } from './board-model'
import { BoardColumn, columnDropId } from './BoardColumn'
import { CardPreview } from './ProcessCard'

interface BoardColumnsProps {
  stages: readonly Stage[]
  columns: ColumnIds
  totals: Record<Stage, number>
  readOnly: boolean
  onOpen(id: string): void
  onMove(id: string, stage: Stage): void
}

const stageOf = (dropId: unknown): Stage | null =>
  typeof dropId === 'string' && dropId.startsWith('column:') ? (dropId.slice(7) as Stage) : null

// The pointer decides where a card lands; the keyboard has no pointer, so the card's own
// rectangle decides then.
const collision: CollisionDetection = (args) => {
  const hits = args.pointerCoordinates ? pointerWithin(args) : []
  return hits.length > 0 ? hits : rectIntersection(args)
}

/** Left and right jump a whole column; up and down do nothing (order within a column is automatic). */
function columnJumper(stages: readonly Stage[]): KeyboardCoordinateGetter {
  return (event, { context, currentCoordinates }) => {
    const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0
    if (step === 0) {
      if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) event.preventDefault()
      return undefined
    }
    event.preventDefault()
    const from = stageOf(context.over?.id) ?? (context.active?.data.current?.stage as Stage | undefined)
    const index = from ? stages.indexOf(from) : -1
    const target = stages[index + step]
    if (!target) return undefined
    const rect = context.droppableRects.get(columnDropId(target))
    const size = context.collisionRect ?? context.draggingNodeRect
    if (!rect || !size) return undefined
    return { x: rect.left + (rect.width - size.width) / 2, y: Math.max(rect.top + 48, currentCoordinates.y) }
  }
}

// A few pixels of travel before a drag starts, so a click still opens the card.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } }

export const BoardColumns = memo(function BoardColumns({ stages, columns, totals, readOnly, onOpen, onMove }: BoardColumnsProps) {
  const [activeId, setActiveId] = useState<string | null>(null)
  // Sensor options must keep their identity: new ones make new activators, which change the
  // drag context every card reads, and then a keystroke that changes one column re-renders
  // every card on the board.
  const keyboardOptions = useMemo(
    () => ({
      coordinateGetter: columnJumper(stages),
      // Enter stays "open the card"; Space picks it up and puts it down.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] }
    }),
    [stages]
  )
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions))
  const announcements = useMemo(() => makeAnnouncements(), [])

  const onDragStart = (e: DragStartEvent) => setActiveId(String(e.active.id))
  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null)
    const to = stageOf(e.over?.id)
    const from = e.active.data.current?.stage as Stage | undefined
    if (to && to !== from) onMove(String(e.active.id), to)
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'Press Enter to open this process. To move it, press Space, then the left and right arrow keys to choose a column, and Space again to drop it there, or Escape to cancel. The ⋯ button next to it also moves it.'
        }
      }}
    >
      <div
        className="board-columns"
        // A stage filter showing two columns should not stretch each across half the screen.
        style={{ gridTemplateColumns: `repeat(${stages.length}, minmax(172px, 1fr))`, maxWidth: stages.length * 380 }}
      >
        {stages.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            ids={columns[stage]}
            total={totals[stage]}
            readOnly={readOnly}
            onOpen={onOpen}
            onMove={onMove}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{activeId ? <CardPreview id={activeId} /> : null}</DragOverlay>
    </DndContext>
  )
})

function makeAnnouncements(): Announcements {
  const name = (id: string | number) => useApp.getState().processes[String(id)]?.company ?? 'The card'
  const column = (id: string | number | undefined) => {
    const s = stageOf(id)
    return s ? STAGE_LABELS[s] : null
  }
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}. Left and right arrows choose a column; Space drops, Escape cancels.`,
    onDragOver: ({ active, over }) => {
      const c = column(over?.id)
      return c ? `${name(active.id)} is over ${c}.` : `${name(active.id)} is not over a column.`
    },
    onDragEnd: ({ active, over }) => {
      const c = column(over?.id)
      return c ? `${name(active.id)} dropped in ${c}.` : `${name(active.id)} was put back.`
    },
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled; it stays where it was.`
  }
}

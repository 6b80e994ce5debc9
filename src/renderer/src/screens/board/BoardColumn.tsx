import { memo, useId, useRef } from 'react'
import { useDroppable } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { STAGE_LABELS, type Stage } from '../../../../shared/model'
import { ProcessCard } from './ProcessCard'

/** Columns longer than this are virtualised; shorter ones render plainly (and print, and test). */
export const VIRTUALIZE_AFTER = 40
/**
 * Every card has this height (board.css lays the lines out to fit it), so the virtual list can
 * place cards without measuring them: measuring forces a layout in every commit, which is what
 * made typing in the search box stutter with 5,000 processes.
 */
export const CARD_HEIGHT = 136
const CARD_GAP = 8

export const columnDropId = (stage: Stage): string => `column:${stage}`

interface ColumnProps {
  stage: Stage
  ids: string[]
  /** How many the column holds before search and filters. */
  total: number
  readOnly: boolean
  onOpen(id: string): void
  onMove(id: string, stage: Stage): void
}

export const BoardColumn = memo(function BoardColumn({ stage, ids, total, readOnly, onOpen, onMove }: ColumnProps) {
  const headingId = useId()
  const { setNodeRef, isOver, active } = useDroppable({ id: columnDropId(stage), data: { stage } })
  const fromHere = active?.data.current?.stage === stage
  const filtered = ids.length !== total
  const countText = filtered ? `${ids.length} of ${total}` : String(total)
  // Column headers are narrow: "3/12" on screen, "3 of 12" for screen readers and the tooltip.
  const countShort = filtered ? `${ids.length}/${total}` : String(total)
  return (
    <section
      className={`board-column stage-${stage}${isOver && !fromHere ? ' is-over' : ''}`}
      aria-labelledby={headingId}
      ref={setNodeRef}
    >
      <header className="board-column-header">
        <span className={`stage-dot stage-dot-${stage}`} aria-hidden="true" />
        <h2 id={headingId}>
          {STAGE_LABELS[stage]}
          <span className="visually-hidden">, {countText} {total === 1 ? 'process' : 'processes'}</span>
        </h2>
        <span className="board-column-count" aria-hidden="true" title={filtered ? `${ids.length} shown of ${total}` : undefined}>
          {countShort}
        </span>
      </header>
      {ids.length === 0 ? (
        <div className="board-column-empty">{total > 0 ? 'None match' : emptyHint(stage)}</div>
      ) : ids.length > VIRTUALIZE_AFTER ? (
        <VirtualList ids={ids} label={STAGE_LABELS[stage]} readOnly={readOnly} onOpen={onOpen} onMove={onMove} />
      ) : (
        <div className="board-column-body" role="list" aria-label={STAGE_LABELS[stage]}>
          {ids.map((id) => (
            <div role="listitem" key={id} className="board-column-item" style={{ height: CARD_HEIGHT }}>
              <ProcessCard id={id} readOnly={readOnly} onOpen={onOpen} onMove={onMove} />
            </div>
          ))}
        </div>
      )}
    </section>
  )
})

function emptyHint(stage: Stage): string {
  switch (stage) {
    case 'scheduled':
      return 'Interviews coming up'
    case 'interviewed':
      return 'Done, thank-you not sent yet'
    case 'waiting':
      return 'Thank-you sent'
    case 'following-up':
      return 'Chasing an answer'
    case 'offer':
      return 'Offers to decide on'
    case 'closed':
      return 'Finished, with an outcome'
  }
}

interface ListProps {
  ids: string[]
  label: string
  readOnly: boolean
  onOpen(id: string): void
  onMove(id: string, stage: Stage): void
}

/** Only the cards in view (plus a few) are in the DOM, so 5,000 processes render as fast as 50. */
function VirtualList({ ids, label, readOnly, onOpen, onMove }: ListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + CARD_GAP,
    getItemKey: (i) => ids[i],
    overscan: 3
  })
  return (
    <div ref={scrollRef} className="board-column-body is-virtual">
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            role="listitem"
            key={item.key}
            aria-setsize={ids.length}
            aria-posinset={item.index + 1}
            className="board-column-item"
            style={{ position: 'absolute', top: 0, left: 0, right: 0, height: CARD_HEIGHT, transform: `translateY(${item.start}px)` }}
          >
            <ProcessCard id={ids[item.index]} readOnly={readOnly} onOpen={onOpen} onMove={onMove} />
          </div>
        ))}
      </div>
    </div>
  )
}

import { memo, useId, useRef, type UIEvent } from 'react'
import { useDroppable } from '@dnd-kit/core'
import { elementScroll, observeElementRect, useVirtualizer, type VirtualizerOptions, type Rect, type Virtualizer } from '@tanstack/react-virtual'
import { STAGE_LABELS, type Stage } from '../../../../shared/model'
import { ProcessCard } from './ProcessCard'

/**
 * Columns longer than this are virtualised; shorter ones render plainly (and print, and test).
 * About what a tall window shows of a column anyway: a search that leaves 30 cards in each
 * column should mount the dozen on screen, not 180.
 */
export const VIRTUALIZE_AFTER = 12
/**
 * Every card has this height (board.css lays the lines out to fit it), so the virtual list can
 * place cards without measuring them: measuring forces a layout in every commit, which is what
 * made typing in the search box stutter with 5,000 processes.
 */
export const CARD_HEIGHT = 156
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
      ) : (
        <CardList ids={ids} label={STAGE_LABELS[stage]} readOnly={readOnly} onOpen={onOpen} onMove={onMove} />
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

// Every column body has the same size (the grid gives them one height and width). A list that
// appears while typing (a column growing past VIRTUALIZE_AFTER) starts from the last size any
// of them measured instead of reading its own: that read would force a layout of the whole board
// in the middle of the keystroke, and without a size its first render would hold no cards. A
// ResizeObserver, which runs once layout is done anyway, corrects the size if it differs.
let lastBodyRect: Rect = { width: 0, height: 0 }
function observeBodyRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  const report = (rect: Rect) => {
    if (rect.height > 0) lastBodyRect = rect
    cb(rect)
  }
  const element = instance.scrollElement
  if (!element || lastBodyRect.height === 0 || typeof ResizeObserver === 'undefined') return observeElementRect(instance, report)
  cb(lastBodyRect)
  const observer = new ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }))
  observer.observe(element)
  return () => observer.disconnect()
}

// On attaching to a list the virtualizer scrolls it to where it believes it is, the top for a list
// that has just appeared or grown past VIRTUALIZE_AFTER. When the list is already there, the
// write would only force a layout of the whole board in the middle of that keystroke. Where a
// list is comes from its scroll events, as reading it would force the same layout.
const scrollTops = new WeakMap<Element, number>()
const noteScroll = (e: UIEvent<HTMLDivElement>) => scrollTops.set(e.currentTarget, e.currentTarget.scrollTop)
const scrollColumn: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement
  if (element && offset === 0 && !options.adjustments && !options.behavior && !scrollTops.get(element)) return
  elementScroll(offset, options, instance)
}

/**
 * A column's cards. Past VIRTUALIZE_AFTER only the cards in view (plus a few) are in the DOM, so
 * 5,000 processes render as fast as 50. Short and long lists are the same elements, rows keyed
 * by position rather than by process: a keystroke that changes what a column shows (or takes it
 * past the threshold either way) rewrites the text of the cards on screen instead of tearing
 * down and building their elements, which was most of what such a keystroke cost. ProcessCard
 * keeps the keyboard focus with its process when its row changes hands.
 */
function CardList({ ids, label, readOnly, onOpen, onMove }: ListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = ids.length > VIRTUALIZE_AFTER
  const virtualizer = useVirtualizer({
    enabled: virtual,
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + CARD_GAP,
    // Items keep the default key, their position, like the rows below: a key per process (a new
    // function each render) made the virtualizer lay out all of a column's items again, 800 for
    // a column of 5,000 processes, on every keystroke, even ones that left the count as it was.
    initialRect: lastBodyRect,
    observeElementRect: observeBodyRect,
    scrollToFn: scrollColumn,
    // Two cards beyond each edge keep keyboard focus and the wheel smooth; each further one is
    // work on every keystroke that changes the column.
    overscan: 2
  })
  const rows = virtual ? virtualizer.getVirtualItems() : ids.map((_, index) => ({ index, start: 0 }))
  return (
    <div ref={scrollRef} className={`board-column-body${virtual ? ' is-virtual' : ''}`} onScroll={noteScroll}>
      <div
        role="list"
        aria-label={label}
        className="board-column-list"
        style={virtual ? { height: virtualizer.getTotalSize(), position: 'relative' } : undefined}
      >
        {rows.map(({ index, start }) => (
          <div
            role="listitem"
            key={index}
            aria-setsize={virtual ? ids.length : undefined}
            aria-posinset={virtual ? index + 1 : undefined}
            className="board-column-item"
            style={
              virtual
                ? { position: 'absolute', top: 0, left: 0, right: 0, height: CARD_HEIGHT, transform: `translateY(${start}px)` }
                : { height: CARD_HEIGHT }
            }
          >
            <ProcessCard id={ids[index]} readOnly={readOnly} onOpen={onOpen} onMove={onMove} />
          </div>
        ))}
      </div>
    </div>
  )
}

import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { IsoDate } from '../../../../shared/dates'
import { formatShortDate } from '../../locale-format'
import type { Process } from '../../../../shared/model'
import type { ProcessPlan } from '../../../../shared/plan/process-plan'
import { gapText, layoutTimeline, timelineEntries, timelineSummary, type EntryKind } from './timeline-model'
import './plan.css'

const DATE_RIGHT = 60
const AXIS_X = 74
const LABEL_X = 90
const DEFAULT_WIDTH = 320

const LEGEND: { kind: EntryKind; text: string }[] = [
  { kind: 'round', text: 'Interview' },
  { kind: 'sent', text: 'Sent' },
  { kind: 'received', text: 'Received' },
  { kind: 'decision', text: 'Decision date' },
  { kind: 'next', text: 'Next step' },
  { kind: 'overdue', text: 'Overdue' },
  { kind: 'planned', text: 'Planned' },
  { kind: 'skipped', text: 'Skipped' }
]

/** Each kind has its own shape as well as colour, so the picture reads without colour too. */
function Marker({ kind, x, y }: { kind: EntryKind; x: number; y: number }) {
  const cls = `tl-marker tl-${kind}`
  switch (kind) {
    case 'round':
      return <rect className={cls} x={x - 6} y={y - 6} width={12} height={12} rx={3} />
    case 'received':
      return <polygon className={cls} points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`} />
    case 'decision':
      // A flag on a pole: the day they said they would decide.
      return <path className={cls} d={`M${x - 5} ${y + 7} V${y - 8} H${x - 3} L${x + 7} ${y - 4} L${x - 3} ${y} V${y + 7} Z`} />
    case 'skipped':
      return (
        <g className={cls}>
          <circle cx={x} cy={y} r={5.5} />
          <line x1={x - 4} y1={y + 4} x2={x + 4} y2={y - 4} />
        </g>
      )
    default:
      return <circle className={cls} cx={x} cy={y} r={kind === 'sent' ? 6 : 5.5} />
  }
}

// SVG text does not wrap: cut by an average glyph width so a long label never runs off the edge.
function fit(text: string, width: number, charWidth: number): string {
  const max = Math.max(4, Math.floor(width / charWidth))
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

function dayText(date: IsoDate, today: IsoDate): string {
  if (date === today) return 'Today'
  const short = formatShortDate(date)
  return date.slice(0, 4) === today.slice(0, 4) ? short : `${short} ’${date.slice(2, 4)}`
}

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(DEFAULT_WIDTH)
  useLayoutEffect(() => {
    const node = ref.current
    if (!node) return
    const measure = () => node.clientWidth > 0 && setWidth(node.clientWidth)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(node)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

interface TimelineProps {
  process: Process
  plan: ProcessPlan | null
  today: IsoDate
}

/** Rounds, messages both ways, the decision date and the steps ahead, on one date axis. */
export function Timeline({ process, plan, today }: TimelineProps) {
  const [wrapRef, width] = useWidth<HTMLDivElement>()
  const scrollRef = useRef<HTMLDivElement>(null)
  const entries = useMemo(() => timelineEntries(process, plan, today), [process, plan, today])
  const layout = useMemo(() => layoutTimeline(entries, today), [entries, today])
  const summary = useMemo(() => timelineSummary(process, entries, plan, today), [process, entries, plan, today])
  const kinds = new Set(entries.map((e) => e.kind))
  const todayHasRows = layout.rows.some((r) => r.date === today)

  const [scrolls, setScrolls] = useState(false)
  // A long history scrolls: start with today in view rather than the first interview.
  useLayoutEffect(() => {
    const node = scrollRef.current
    const overflows = !!node && node.scrollHeight > node.clientHeight
    setScrolls(overflows)
    if (node && overflows) node.scrollTop = Math.max(0, layout.todayY - node.clientHeight / 3)
  }, [layout.todayY, layout.height])

  const labelWidth = width - LABEL_X - 6
  const todayEnd = Math.min(Math.max(layout.todayY, layout.axisTop), layout.axisBottom)

  return (
    <div className="tl" ref={wrapRef}>
      <div className={`tl-scroll ${scrolls ? 'tl-scrolls' : ''}`} ref={scrollRef}>
        <svg className="tl-svg" role="img" aria-label={summary} width={width} height={layout.height} viewBox={`0 0 ${width} ${layout.height}`}>
          <line className="tl-axis" x1={AXIS_X} x2={AXIS_X} y1={layout.axisTop} y2={todayEnd} />
          <line className="tl-axis tl-axis-future" x1={AXIS_X} x2={AXIS_X} y1={todayEnd} y2={layout.axisBottom} />
          {layout.gaps.map((g) => (
            <g key={g.y} className="tl-gap">
              <line x1={AXIS_X - 5} x2={AXIS_X + 5} y1={g.y - 1} y2={g.y - 4} />
              <line x1={AXIS_X - 5} x2={AXIS_X + 5} y1={g.y + 4} y2={g.y + 1} />
              <text x={DATE_RIGHT} y={g.y + 4} textAnchor="end">
                {gapText(g.days)}
              </text>
            </g>
          ))}
          <line className="tl-today" x1={0} x2={width} y1={layout.todayY} y2={layout.todayY} />
          {!todayHasRows && (
            <text className="tl-date tl-date-today" x={DATE_RIGHT} y={layout.todayY + 15} textAnchor="end">
              Today
            </text>
          )}
          {layout.rows.map((r) => (
            <g key={r.key} className={`tl-row tl-row-${r.kind}`}>
              <title>{`${r.date}: ${r.label} — ${r.detail}`}</title>
              {r.firstOfDay && (
                <text className={`tl-date ${r.date === today ? 'tl-date-today' : ''}`} x={DATE_RIGHT} y={r.y + 4} textAnchor="end">
                  {dayText(r.date, today)}
                </text>
              )}
              <Marker kind={r.kind} x={AXIS_X} y={r.y} />
              <text className="tl-label" x={LABEL_X} y={r.y - 2}>
                {fit(r.label, labelWidth, 7.2)}
              </text>
              <text className="tl-detail" x={LABEL_X} y={r.y + 13}>
                {fit(r.detail, labelWidth, 6)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <ul className="tl-legend" aria-hidden="true">
        {LEGEND.filter((l) => kinds.has(l.kind)).map((l) => (
          <li key={l.kind}>
            <svg width={14} height={14} viewBox="0 0 14 14">
              <Marker kind={l.kind} x={7} y={7} />
            </svg>
            {l.text}
          </li>
        ))}
      </ul>
    </div>
  )
}

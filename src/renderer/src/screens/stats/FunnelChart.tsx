import { OUTCOME_LABELS, OUTCOMES } from '../../../../shared/model'
import type { OutcomeFunnel } from '../../../../shared/stats'
import { percent } from './chart-kit'

const WIDTH = 440
const LABEL = 172
const RATE = 60
const ROW = 34
const HEAD = 18

/** Centred bars narrowing from every process tracked to offers accepted. */
export function FunnelChart({ funnel }: { funnel: OutcomeFunnel }) {
  const plot = WIDTH - LABEL - RATE
  const first = Math.max(1, funnel.steps[0].count)
  const height = HEAD + funnel.steps.length * ROW
  const label = funnel.steps
    .map((s) => `${s.label}: ${s.count}${s.fromPrevious === null ? '' : ` (${percent(s.fromPrevious)} of the step before)`}`)
    .join('; ')
  const closed = [...OUTCOMES, 'unknown' as const].filter((o) => funnel.closed[o] > 0)
  return (
    <figure className="chart-figure">
      <svg className="chart" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Outcomes funnel. ${label}.`}>
        <text className="chart-tick" x={WIDTH - 4} y={11} textAnchor="end">
          from previous
        </text>
        {funnel.steps.map((step, i) => {
          const w = (step.count / first) * plot
          const y = HEAD + i * ROW + 4
          const cx = LABEL + plot / 2
          const inside = w >= 36
          return (
            <g key={step.step}>
              <text className="chart-label" x={LABEL - 10} y={y + 16} textAnchor="end">
                {step.label}
              </text>
              {w > 0 && <rect className={`chart-funnel chart-funnel-${i}`} x={cx - w / 2} y={y} width={w} height={24} rx={4} />}
              <text className={inside ? 'chart-value-inverse' : 'chart-value'} x={inside ? cx : cx + w / 2 + 6} y={y + 16} textAnchor={inside ? 'middle' : 'start'}>
                {step.count}
              </text>
              {step.fromPrevious !== null && (
                <text className="chart-tick" x={WIDTH - 4} y={y + 16} textAnchor="end">
                  {percent(step.fromPrevious)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <figcaption className="chart-facts">
        <span className="badge">{funnel.open} open</span>
        {closed.map((o) => (
          <span key={o} className={`badge${o === 'accepted' ? ' badge-ok' : ''}`}>
            {funnel.closed[o]} {o === 'unknown' ? 'closed, no outcome' : OUTCOME_LABELS[o].toLowerCase()}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}

import { STAGE_LABELS } from '../../../../shared/model'
import type { StageResponse } from '../../../../shared/stats'
import { percent } from './chart-kit'

const WIDTH = 440
const LABEL = 96
const VALUE = 84
const ROW = 30
const AXIS = 36

/** Horizontal bars: the share of processes that heard back, per stage reached. */
export function ResponseRateChart({ rows }: { rows: StageResponse[] }) {
  const plot = WIDTH - LABEL - VALUE
  const height = rows.length * ROW + AXIS
  const x = (rate: number) => LABEL + rate * plot
  const label = rows
    .map((r) => `${STAGE_LABELS[r.stage]}: ${r.rate === null ? 'no process yet' : `${percent(r.rate)} (${r.replied} of ${r.reached})`}`)
    .join('; ')
  return (
    <svg className="chart" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Response rate by stage. ${label}.`}>
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <g key={t}>
          <line className="chart-grid" x1={x(t)} x2={x(t)} y1={0} y2={rows.length * ROW} />
          <text className="chart-tick" x={x(t)} y={rows.length * ROW + 13} textAnchor="middle">
            {percent(t)}
          </text>
        </g>
      ))}
      <text className="chart-axis-label" x={LABEL + plot / 2} y={height - 3} textAnchor="middle">
        processes where the employer replied
      </text>
      {rows.map((r, i) => {
        const y = i * ROW + 7
        return (
          <g key={r.stage}>
            <text className="chart-label" x={LABEL - 8} y={y + 12} textAnchor="end">
              {STAGE_LABELS[r.stage]}
            </text>
            <rect className="chart-track" x={LABEL} y={y} width={plot} height={16} rx={3} />
            {r.rate !== null && r.rate > 0 && <rect className="chart-bar-1" x={LABEL} y={y} width={Math.max(2, r.rate * plot)} height={16} rx={3} />}
            <text className="chart-value" x={LABEL + plot + 8} y={y + 12}>
              {r.rate === null ? '—' : `${percent(r.rate)} · ${r.replied}/${r.reached}`}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

import { OUTCOME_LABELS } from '../../../../shared/model'
import { FOLLOW_UP_STEPS, type FollowUpGroup, type FollowUpStep, type OutcomeGroup } from '../../../../shared/stats'
import { decimal, niceTicks, plural } from './chart-kit'

const WIDTH = 480
const HEIGHT = 224
const LEFT = 34
const TOP = 10
const BOTTOM = 58

export const STEP_LABELS: Record<FollowUpStep, string> = {
  'status-check': 'Status check',
  'second-follow-up': 'Second follow-up',
  'final-follow-up': 'Final follow-up'
}

export const groupLabel = (g: OutcomeGroup) => (g === 'open' ? 'Still open' : OUTCOME_LABELS[g])

/** Grouped bars: for each outcome, how many of each follow-up were sent; the average beneath. */
export function FollowUpsChart({ groups }: { groups: FollowUpGroup[] }) {
  const shown = groups.filter((g) => g.processes > 0)
  const max = Math.max(1, ...shown.flatMap((g) => FOLLOW_UP_STEPS.map((s) => g.byStep[s])))
  const ticks = niceTicks(max)
  const top = ticks[ticks.length - 1]
  const plotH = HEIGHT - TOP - BOTTOM
  const plotW = WIDTH - LEFT
  const y = (n: number) => TOP + plotH - (n / top) * plotH
  const slot = plotW / shown.length
  const bar = Math.min(22, (slot - 16) / 3)
  const label = shown
    .map(
      (g) =>
        `${groupLabel(g.outcome)} (${plural(g.processes, 'process', 'processes')}): ${decimal(g.average ?? 0)} follow-ups on average; ` +
        FOLLOW_UP_STEPS.map((s) => `${g.byStep[s]} ${STEP_LABELS[s].toLowerCase()}`).join(', ')
    )
    .join('. ')
  return (
    <figure className="chart-figure">
      <svg className="chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Follow-ups sent per outcome. ${label}.`}>
        {ticks.map((t) => (
          <g key={t}>
            <line className="chart-grid" x1={LEFT} x2={WIDTH} y1={y(t)} y2={y(t)} />
            <text className="chart-tick" x={LEFT - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <text className="chart-axis-label" transform={`translate(10 ${TOP + plotH / 2}) rotate(-90)`} textAnchor="middle">
          sent
        </text>
        {shown.map((g, gi) => {
          const x0 = LEFT + gi * slot + (slot - bar * 3 - 4) / 2
          return (
            <g key={g.outcome}>
              {FOLLOW_UP_STEPS.map((s, si) => {
                const n = g.byStep[s]
                return (
                  <g key={s}>
                    {n > 0 && <rect className={`chart-bar-${si + 1}`} x={x0 + si * (bar + 2)} y={y(n)} width={bar} height={y(0) - y(n)} rx={2} />}
                    {n > 0 && (
                      <text className="chart-tick" x={x0 + si * (bar + 2) + bar / 2} y={y(n) - 4} textAnchor="middle">
                        {n}
                      </text>
                    )}
                  </g>
                )
              })}
              <text className="chart-label chart-label-sm" x={LEFT + gi * slot + slot / 2} y={HEIGHT - BOTTOM + 18} textAnchor="middle">
                {groupLabel(g.outcome)}
              </text>
              <text className="chart-tick" x={LEFT + gi * slot + slot / 2} y={HEIGHT - BOTTOM + 33} textAnchor="middle">
                {decimal(g.average ?? 0)} avg
              </text>
              <text className="chart-axis-label" x={LEFT + gi * slot + slot / 2} y={HEIGHT - BOTTOM + 47} textAnchor="middle">
                {plural(g.processes, 'process', 'processes')}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="chart-legend">
        {FOLLOW_UP_STEPS.map((s, i) => (
          <span key={s}>
            <span className={`chart-swatch chart-bar-${i + 1}`} aria-hidden="true" />
            {STEP_LABELS[s]}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
